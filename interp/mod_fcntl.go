package interp

import (
	"sort"
	"strings"

	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// fcntlModule is Fcntl: the open(2) flags and fcntl commands exported by
// default, and the :flock, :seek and :mode tags (with S_ISREG and the
// other mode tests as functions), with Linux's values.
func fcntlModule() *module {
	consts := map[string]int64{
		"O_RDONLY": unix.O_RDONLY, "O_WRONLY": unix.O_WRONLY, "O_RDWR": unix.O_RDWR,
		"O_CREAT": unix.O_CREAT, "O_EXCL": unix.O_EXCL, "O_NOCTTY": unix.O_NOCTTY,
		"O_TRUNC": unix.O_TRUNC, "O_APPEND": unix.O_APPEND, "O_NONBLOCK": unix.O_NONBLOCK,
		"O_NDELAY": unix.O_NDELAY, "O_SYNC": unix.O_SYNC, "O_DSYNC": unix.O_DSYNC,
		"O_DIRECTORY": unix.O_DIRECTORY, "O_NOFOLLOW": unix.O_NOFOLLOW, "O_CLOEXEC": unix.O_CLOEXEC,
		"O_ACCMODE": unix.O_ACCMODE,
		"F_DUPFD":   unix.F_DUPFD, "F_GETFD": unix.F_GETFD, "F_SETFD": unix.F_SETFD,
		"F_GETFL": unix.F_GETFL, "F_SETFL": unix.F_SETFL, "F_GETLK": unix.F_GETLK,
		"F_SETLK": unix.F_SETLK, "F_SETLKW": unix.F_SETLKW, "FD_CLOEXEC": unix.FD_CLOEXEC,
		"F_RDLCK": unix.F_RDLCK, "F_WRLCK": unix.F_WRLCK, "F_UNLCK": unix.F_UNLCK,
	}
	var defaults []string
	for name := range consts {
		defaults = append(defaults, name)
	}
	tagged := map[string]map[string]int64{
		"flock": {"LOCK_SH": unix.LOCK_SH, "LOCK_EX": unix.LOCK_EX, "LOCK_NB": unix.LOCK_NB, "LOCK_UN": unix.LOCK_UN},
		"seek":  {"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2},
		"mode": {
			"S_IFMT": unix.S_IFMT, "S_IFREG": unix.S_IFREG, "S_IFDIR": unix.S_IFDIR, "S_IFLNK": unix.S_IFLNK,
			"S_IFBLK": unix.S_IFBLK, "S_IFCHR": unix.S_IFCHR, "S_IFIFO": unix.S_IFIFO, "S_IFSOCK": unix.S_IFSOCK,
			"S_ISUID": unix.S_ISUID, "S_ISGID": unix.S_ISGID, "S_ISVTX": unix.S_ISVTX,
			"S_IRWXU": unix.S_IRWXU, "S_IRUSR": unix.S_IRUSR, "S_IWUSR": unix.S_IWUSR, "S_IXUSR": unix.S_IXUSR,
			"S_IRWXG": unix.S_IRWXG, "S_IRGRP": unix.S_IRGRP, "S_IWGRP": unix.S_IWGRP, "S_IXGRP": unix.S_IXGRP,
			"S_IRWXO": unix.S_IRWXO, "S_IROTH": unix.S_IROTH, "S_IWOTH": unix.S_IWOTH, "S_IXOTH": unix.S_IXOTH,
		},
	}
	subs := map[string]nativeFn{}
	tags := map[string][]string{}
	for name, v := range consts {
		subs[name] = constSub(value.IntValue(v))
	}
	for tag, m := range tagged {
		for name, v := range m {
			tags[tag] = append(tags[tag], name)
			if name == "S_IFMT" {
				continue
			}
			subs[name] = constSub(value.IntValue(v))
		}
	}
	// S_IFMT() is the mask; S_IFMT($mode) the type bits of a mode.
	subs["S_IFMT"] = func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		if len(a) == 0 {
			return []value.Scalar{value.IntValue(unix.S_IFMT)}
		}
		return []value.Scalar{value.IntValue(a[0].Int() & unix.S_IFMT)}
	}
	subs["S_IMODE"] = func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
		return []value.Scalar{value.IntValue(argOr(a, 0).Int() & 0o7777)}
	}
	tags["mode"] = append(tags["mode"], "S_IMODE")
	for name, typ := range map[string]int64{
		"S_ISREG": unix.S_IFREG, "S_ISDIR": unix.S_IFDIR, "S_ISLNK": unix.S_IFLNK, "S_ISBLK": unix.S_IFBLK,
		"S_ISCHR": unix.S_IFCHR, "S_ISFIFO": unix.S_IFIFO, "S_ISSOCK": unix.S_IFSOCK,
	} {
		subs[name] = func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.BoolValue(argOr(a, 0).Int()&unix.S_IFMT == typ)}
		}
		tags["mode"] = append(tags["mode"], name)
	}
	for _, l := range tags {
		sort.Strings(l)
	}
	sort.Strings(defaults)
	tags["DEFAULT"] = defaults
	var all []string
	for name := range subs {
		if !strings.HasPrefix(name, "_") {
			all = append(all, name)
		}
	}
	sort.Strings(all)
	tags["all"] = all
	return &module{name: "Fcntl", subs: subs, defaults: defaults, tags: tags}
}

// posixWaitSubs are POSIX's macros over a wait status ($?), computed as
// the C macros do: they give 0, not -1, where they do not apply.
func posixWaitSubs() map[string]nativeFn {
	f := func(g func(unix.WaitStatus) int64) nativeFn {
		return func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.IntValue(g(unix.WaitStatus(argOr(a, 0).Int())))}
		}
	}
	b := func(v bool) int64 {
		if v {
			return 1
		}
		return 0
	}
	return map[string]nativeFn{
		"WIFEXITED":   f(func(w unix.WaitStatus) int64 { return b(w.Exited()) }),
		"WEXITSTATUS": f(func(w unix.WaitStatus) int64 { return int64(w>>8) & 0xff }),
		"WIFSIGNALED": f(func(w unix.WaitStatus) int64 { return b(w.Signaled()) }),
		"WTERMSIG":    f(func(w unix.WaitStatus) int64 { return int64(w) & 0x7f }),
		"WIFSTOPPED":  f(func(w unix.WaitStatus) int64 { return b(w.Stopped()) }),
		"WSTOPSIG":    f(func(w unix.WaitStatus) int64 { return int64(w>>8) & 0xff }),
	}
}
