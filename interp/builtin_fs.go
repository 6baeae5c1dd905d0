package interp

import (
	"os"
	"strconv"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// The file-system built-ins. Their results follow pp_sys.c: unlink,
// chmod, chown, utime and kill count the files (or processes) they
// managed; rename, link, symlink, mkdir and rmdir give 1 or 0; a failure
// sets $! with the system's errno.

// fileFunc compiles the file, directory and process built-ins in scalar
// context, or returns nil when x is not one of them.
func (c *compiler) fileFunc(x *parser.Call) scalarFn {
	switch x.Name {
	case "stat", "lstat":
		s, _ := c.statCall(x)
		return s
	case "unlink", "chmod", "chown", "utime":
		return c.countCall(x)
	case "rename", "link", "symlink":
		return c.twoPathCall(x)
	case "readlink":
		arg := c.topicOr(x)
		return func(fr *frame) value.Scalar {
			s, err := os.Readlink(arg(fr).String())
			if err != nil {
				fr.it.setErrno(err)
				return value.UndefValue()
			}
			return value.StrValue(s)
		}
	case "mkdir":
		return c.mkdirCall(x)
	case "rmdir":
		arg := c.topicOr(x)
		return func(fr *frame) value.Scalar {
			if err := unix.Rmdir(arg(fr).String()); err != nil {
				fr.it.setErrno(err)
				return value.IntValue(0)
			}
			return value.IntValue(1)
		}
	case "umask":
		return c.umaskCall(x)
	case "truncate":
		return c.truncateCall(x)
	case "seek", "sysseek", "tell", "getc":
		return c.seekCall(x)
	case "opendir", "readdir", "closedir", "rewinddir", "telldir", "seekdir":
		return c.dirCall(x)
	case "glob":
		s, _ := c.globCall(x)
		return s
	case "kill", "wait", "waitpid", "getppid":
		return c.procCall(x)
	case "flock", "sysopen", "pipe":
		return c.lockOpenCall(x)
	case "times", "getlogin", "getpgrp", "getpwnam", "getpwuid", "getgrnam", "getgrgid":
		return lastOf(c.accountCall(x, false))
	case "chdir":
		file, line := c.file, c.line
		return func(fr *frame) value.Scalar {
			fr.it.dieAt(file, line, "chdir() is not supported by miniperl: the working directory belongs to the whole host process; use absolute paths")
			return value.UndefValue()
		}
	}
	return nil
}

// fileFuncList compiles the built-ins of this family whose list form
// differs: stat, lstat, readdir and glob.
func (c *compiler) fileFuncList(x *parser.Call) listFn {
	switch x.Name {
	case "stat", "lstat":
		_, l := c.statCall(x)
		return l
	case "readdir":
		return c.readdirList(x)
	case "glob":
		_, l := c.globCall(x)
		return l
	case "times", "getpwnam", "getpwuid", "getgrnam", "getgrgid":
		return c.accountCall(x, true)
	}
	return nil
}

// countCall compiles unlink, chmod, chown and utime: the leading numbers
// (mode; uid, gid; atime, mtime) then the files, returning how many files
// were changed.
func (c *compiler) countCall(x *parser.Call) scalarFn {
	var args listFn
	if x.Name == "unlink" && len(x.Args) == 0 {
		args = c.list(&parser.Var{Sigil: '$', Name: "_"})
	} else {
		args = c.listArgs(x)
	}
	lead := map[string]int{"unlink": 0, "chmod": 1, "chown": 2, "utime": 2}[x.Name]
	name := x.Name
	return func(fr *frame) value.Scalar {
		it := fr.it
		vals := args(fr)
		if len(vals) < lead {
			return value.IntValue(0)
		}
		nums, files := vals[:lead], vals[lead:]
		n := 0
		for _, f := range files {
			path := f.String()
			fd := -1
			if k := f.Kind(); name != "unlink" && (k == value.Glob || k == value.Ref) {
				// chmod, chown and utime also take filehandles.
				if g := it.globOf(f); g != nil && g.IO != nil && g.IO.Fd() >= 0 {
					fd = g.IO.Fd()
					path = "/proc/self/fd/" + strconv.Itoa(fd)
				}
			}
			var err error
			switch {
			case name == "unlink":
				err = unix.Unlink(path)
			case name == "chmod" && fd >= 0:
				err = unix.Fchmod(fd, uint32(nums[0].Int()&0o7777))
			case name == "chmod":
				err = unix.Chmod(path, uint32(nums[0].Int()&0o7777))
			case name == "chown" && fd >= 0:
				err = unix.Fchown(fd, int(nums[0].Int()), int(nums[1].Int()))
			case name == "chown":
				err = unix.Chown(path, int(nums[0].Int()), int(nums[1].Int()))
			case name == "utime":
				err = utimeFile(path, nums[0], nums[1])
			}
			if err != nil {
				it.setErrno(err)
				continue
			}
			n++
		}
		return value.IntValue(int64(n))
	}
}

// utimeFile sets a file's access and modification times; undef for both
// means now, as perl's utime(undef, undef, ...).
func utimeFile(path string, atime, mtime value.Scalar) error {
	if atime.IsUndef() && mtime.IsUndef() {
		return unix.UtimesNano(path, nil)
	}
	ts := func(v value.Scalar) unix.Timespec {
		f := v.Float()
		sec := int64(f)
		return unix.Timespec{Sec: sec, Nsec: int64((f - float64(sec)) * 1e9)}
	}
	return unix.UtimesNano(path, []unix.Timespec{ts(atime), ts(mtime)})
}

// twoPathCall compiles rename, link and symlink: 1 on success, 0 with $!
// set on failure.
func (c *compiler) twoPathCall(x *parser.Call) scalarFn {
	args := c.scalarArgs(x, 2, 2)
	name := x.Name
	return func(fr *frame) value.Scalar {
		from, to := args[0](fr).String(), args[1](fr).String()
		var err error
		switch name {
		case "rename":
			err = unix.Rename(from, to)
		case "link":
			err = unix.Link(from, to)
		case "symlink":
			err = unix.Symlink(from, to)
		}
		if err != nil {
			fr.it.setErrno(err)
			return value.IntValue(0)
		}
		return value.IntValue(1)
	}
}

// mkdirCall compiles mkdir [FILENAME [, MODE]]: MODE defaults to 0777,
// less the umask.
func (c *compiler) mkdirCall(x *parser.Call) scalarFn {
	if len(x.Args) > 2 {
		c.fail(x.At().Line, "Too many arguments for mkdir")
	}
	path := c.topicOr(x)
	var mode scalarFn
	if len(x.Args) == 2 {
		mode = c.scalar(x.Args[1])
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		p := path(fr).String()
		perm := uint32(0o777)
		if mode != nil {
			perm = uint32(mode(fr).Int()) & 0o7777
		}
		perm &^= uint32(it.sys.umask)
		if err := unix.Mkdir(p, perm); err != nil {
			it.setErrno(err)
			return value.IntValue(0)
		}
		if it.sys.umaskSet {
			// The process's umask may have taken bits the script's
			// umask leaves.
			unix.Chmod(p, perm)
		}
		return value.IntValue(1)
	}
}

// umaskCall compiles umask [EXPR]: the previous umask; with EXPR, the
// script's umask becomes EXPR. The run keeps its own umask (the process
// has one for all its interpreters) and applies it to the files and
// directories it creates.
func (c *compiler) umaskCall(x *parser.Call) scalarFn {
	if len(x.Args) > 1 {
		c.fail(x.At().Line, "Too many arguments for umask")
	}
	var arg scalarFn
	if len(x.Args) == 1 {
		arg = c.scalar(x.Args[0])
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		prev := it.sys.umask
		if arg != nil {
			if v := arg(fr); !v.IsUndef() {
				it.sys.umask = int(v.Int()) & 0o777
				it.sys.umaskSet = true
			}
		}
		return value.IntValue(int64(prev))
	}
}

// fixCreatedMode gives a file the script just created the mode its own
// umask asks for, when the script has changed its umask.
func (it *Interp) fixCreatedMode(fd int) {
	if it.sys.umaskSet && fd >= 0 {
		unix.Fchmod(fd, uint32(0o666&^it.sys.umask))
	}
}

// truncateCall compiles truncate(FH or NAME, LENGTH): 1, or undef with
// $! set.
func (c *compiler) truncateCall(x *parser.Call) scalarFn {
	c.argCount(x, 2, 2)
	var handle func(*frame) *Glob
	var name scalarFn
	if _, ok := x.Args[0].(*parser.FileHandle); ok {
		handle = c.handleArg(x.Args[0], false)
	} else {
		name = c.scalar(x.Args[0])
	}
	length := c.scalar(x.Args[1])
	return func(fr *frame) value.Scalar {
		it := fr.it
		var g *Glob
		var path string
		if handle != nil {
			g = handle(fr)
		} else {
			v := name(fr)
			if v.Kind() == value.Glob || v.Kind() == value.Ref {
				g = it.globOf(v)
			} else {
				path = v.String()
			}
		}
		n := length(fr).Int()
		var err error
		if handle != nil || g != nil {
			if g == nil || g.IO == nil || g.IO.Fd() < 0 {
				it.errno = int(unix.EBADF)
				return value.UndefValue()
			}
			g.IO.Flush()
			err = unix.Ftruncate(g.IO.Fd(), n)
		} else {
			err = unix.Truncate(path, n)
		}
		if err != nil {
			it.setErrno(err)
			return value.UndefValue()
		}
		return value.IntValue(1)
	}
}

// startTime is $^T.
func (it *Interp) startTime() value.Scalar { return value.IntValue(it.sys.start) }
