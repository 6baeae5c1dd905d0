package interp

import (
	"os"
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// The user, group and process-accounting built-ins: getpwnam, getpwuid,
// getgrnam, getgrgid (read from /etc/passwd, /etc/group and, where
// readable, /etc/shadow, as glibc's files backend does), getlogin,
// getpgrp and times, and the id variables $< $> $( $).

// idVar is $<, $>, $( or $), or nil for another name.
func idVar(name string) scalarFn {
	groups := func(gid int) value.Scalar {
		s := strconv.Itoa(gid)
		gs, _ := os.Getgroups()
		for _, g := range gs {
			s += " " + strconv.Itoa(g)
		}
		return value.DualValue(int64(gid), s)
	}
	switch name {
	case "<":
		return func(*frame) value.Scalar { return value.IntValue(int64(os.Getuid())) }
	case ">":
		return func(*frame) value.Scalar { return value.IntValue(int64(os.Geteuid())) }
	case "(":
		return func(*frame) value.Scalar { return groups(os.Getgid()) }
	case ")":
		return func(*frame) value.Scalar { return groups(os.Getegid()) }
	}
	return nil
}

// dbEntry finds the line of a colon-separated database (/etc/passwd,
// /etc/group) whose field key equals want.
func dbEntry(path string, key int, want string) []string {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	for _, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		f := strings.Split(l, ":")
		if len(f) > key && f[key] == want {
			return f
		}
	}
	return nil
}

// accountCall compiles getpwnam, getpwuid, getgrnam, getgrgid, getlogin,
// getpgrp and times, in scalar (list false) or list context.
func (c *compiler) accountCall(x *parser.Call, list bool) listFn {
	name := x.Name
	var arg scalarFn
	if len(x.Args) > 0 {
		arg = c.scalar(x.Args[0])
	}
	return func(fr *frame) []value.Scalar {
		switch name {
		case "times":
			var self, kids unix.Rusage
			unix.Getrusage(unix.RUSAGE_SELF, &self)
			unix.Getrusage(unix.RUSAGE_CHILDREN, &kids)
			secs := func(t unix.Timeval) value.Scalar {
				// times(2) counts clock ticks of 1/100 s.
				return value.FloatValue(float64(t.Sec) + float64(t.Usec/10000)/100)
			}
			out := []value.Scalar{secs(self.Utime), secs(self.Stime), secs(kids.Utime), secs(kids.Stime)}
			if !list {
				return out[:1]
			}
			return out
		case "getlogin":
			// getlogin(3) asks utmp about the terminal; the login uid is
			// the kernel's record of the same.
			b, err := os.ReadFile("/proc/self/loginuid")
			if err == nil {
				if f := dbEntry("/etc/passwd", 2, strings.TrimSpace(string(b))); f != nil {
					return []value.Scalar{value.StrValue(f[0])}
				}
			}
			return []value.Scalar{value.UndefValue()}
		case "getpgrp":
			pid := 0
			if arg != nil {
				pid = int(arg(fr).Int())
			}
			g, err := unix.Getpgid(pid)
			if err != nil {
				fr.it.setErrno(err)
				return []value.Scalar{value.IntValue(-1)}
			}
			return []value.Scalar{value.IntValue(int64(g))}
		}
		key := ""
		if arg != nil {
			key = arg(fr).String()
		}
		if strings.HasPrefix(name, "getpw") {
			field := 0
			if name == "getpwuid" {
				field = 2
			}
			f := dbEntry("/etc/passwd", field, key)
			if len(f) < 7 {
				if list {
					return nil
				}
				return []value.Scalar{value.UndefValue()}
			}
			if !list {
				if name == "getpwuid" {
					return strs(f[0])
				}
				uid, _ := strconv.Atoi(f[2])
				return []value.Scalar{value.IntValue(int64(uid))}
			}
			passwd := f[1]
			if s := dbEntry("/etc/shadow", 0, f[0]); len(s) > 1 {
				passwd = s[1]
			}
			uid, _ := strconv.Atoi(f[2])
			gid, _ := strconv.Atoi(f[3])
			return []value.Scalar{value.StrValue(f[0]), value.StrValue(passwd), value.IntValue(int64(uid)),
				value.IntValue(int64(gid)), value.StrValue(""), value.StrValue(""), value.StrValue(f[4]),
				value.StrValue(f[5]), value.StrValue(f[6])}
		}
		field := 0
		if name == "getgrgid" {
			field = 2
		}
		f := dbEntry("/etc/group", field, key)
		if len(f) < 4 {
			if list {
				return nil
			}
			return []value.Scalar{value.UndefValue()}
		}
		gid, _ := strconv.Atoi(f[2])
		if !list {
			if name == "getgrgid" {
				return strs(f[0])
			}
			return []value.Scalar{value.IntValue(int64(gid))}
		}
		return []value.Scalar{value.StrValue(f[0]), value.StrValue(f[1]), value.IntValue(int64(gid)),
			value.StrValue(strings.ReplaceAll(f[3], ",", " "))}
	}
}
