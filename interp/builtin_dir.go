package interp

import (
	"encoding/binary"
	"os"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// dirHandle is an open directory handle (opendir). The entries are read
// at opendir, with "." and "..", in the order the kernel returns them, as
// perl's readdir returns them; pos indexes the next one, and is what
// telldir reports.
type dirHandle struct {
	names []string
	pos   int
}

// readDirNames lists a directory as getdents(2) returns it.
func readDirNames(path string) ([]string, error) {
	fd, err := unix.Open(path, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	if err != nil {
		return nil, &os.PathError{Op: "opendir", Path: path, Err: err}
	}
	defer unix.Close(fd)
	var names []string
	buf := make([]byte, 8192)
	for {
		n, err := unix.Getdents(fd, buf)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return names, nil
		}
		// struct linux_dirent64: ino u64, off s64, reclen u16, type u8,
		// then the NUL-terminated name.
		for b := buf[:n]; len(b) >= 19; {
			reclen := int(binary.NativeEndian.Uint16(b[16:18]))
			if reclen < 19 || reclen > len(b) {
				break
			}
			name := b[19:reclen]
			for i, c := range name {
				if c == 0 {
					name = name[:i]
					break
				}
			}
			names = append(names, string(name))
			b = b[reclen:]
		}
	}
}

// dirCall compiles opendir, readdir (scalar), closedir, rewinddir,
// telldir and seekdir. Failures on a handle that is not an open
// directory warn under -w and set $! to EBADF unless a previous error is
// still there, as pp_sys.c does.
func (c *compiler) dirCall(x *parser.Call) scalarFn {
	if len(x.Args) == 0 {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	name := x.Name
	h := c.handleArg(x.Args[0], name == "opendir")
	var arg scalarFn
	switch name {
	case "opendir", "seekdir":
		c.argCount(x, 2, 2)
		arg = c.scalar(x.Args[1])
	default:
		if len(x.Args) > 1 {
			c.fail(x.At().Line, "Too many arguments for %s", name)
		}
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		if name == "opendir" {
			names, err := readDirNames(arg(fr).String())
			if err != nil {
				it.setErrno(err)
				return value.UndefValue()
			}
			g.Dir = &dirHandle{names: names}
			return value.IntValue(1)
		}
		if g == nil || g.Dir == nil {
			it.badDir(g, name, file, line)
			return value.UndefValue()
		}
		d := g.Dir
		switch name {
		case "readdir":
			if d.pos >= len(d.names) {
				return value.UndefValue()
			}
			d.pos++
			return value.StrValue(d.names[d.pos-1])
		case "closedir":
			g.Dir = nil
		case "rewinddir":
			d.pos = 0
		case "telldir":
			return value.IntValue(int64(d.pos))
		case "seekdir":
			d.pos = min(max(int(arg(fr).Int()), 0), len(d.names))
		}
		return value.IntValue(1)
	}
}

// badDir reports a directory built-in used on a handle that is not an
// open directory.
func (it *Interp) badDir(g *Glob, op, file string, line int) {
	if it.warnOn(wIO, file, line) {
		name := ""
		if g != nil {
			name = " " + g.Name
		}
		it.warnAt(file, line, "%s() attempted on invalid dirhandle%s", op, name)
	}
	if it.errno == 0 {
		it.errno = int(unix.EBADF)
	}
}

// readdirList compiles readdir in list context: the remaining entries.
func (c *compiler) readdirList(x *parser.Call) listFn {
	c.argCount(x, 1, 1)
	h := c.handleArg(x.Args[0], false)
	file, line := c.file, c.line
	return func(fr *frame) []value.Scalar {
		it := fr.it
		g := h(fr)
		if g == nil || g.Dir == nil {
			it.badDir(g, "readdir", file, line)
			return nil
		}
		d := g.Dir
		out := make([]value.Scalar, 0, len(d.names)-d.pos)
		for _, n := range d.names[d.pos:] {
			out = append(out, value.StrValue(n))
		}
		d.pos = len(d.names)
		return out
	}
}
