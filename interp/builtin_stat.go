package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// statArg compiles the operand of stat, lstat and the file tests into a
// function that stats it and leaves the result in the run's stat buffer
// (the `_` filehandle): the bareword `_` reuses that buffer, a filehandle
// or a scalar holding a glob is fstat'ed, anything else is a file name.
// It reports whether the stat succeeded, with $! set when it did not.
func (c *compiler) statArg(n parser.Node, link bool, op string) func(fr *frame) bool {
	file, line := c.file, c.line
	if n == nil {
		n = &parser.Var{Sigil: '$', Name: "_"}
	}
	if fh, ok := n.(*parser.FileHandle); ok && fh.Expr == nil && fh.Name == "_" {
		return func(fr *frame) bool {
			st := &fr.it.sys
			if link && !st.statLink {
				if op == "-l" {
					fr.it.dieAt(file, line, "The stat preceding -l _ wasn't an lstat")
				}
				fr.it.dieAt(file, line, "The stat preceding lstat() wasn't an lstat")
			}
			if !st.statOK {
				// perl finds no handle behind a failed stat buffer.
				fr.it.errno = int(unix.EBADF)
			}
			return st.statOK
		}
	}
	if b, ok := n.(*parser.Bareword); ok && b.Name == "_" {
		return c.statArg(&parser.FileHandle{Name: "_"}, link, op)
	}
	var handle func(*frame) *Glob
	var name scalarFn
	switch x := n.(type) {
	case *parser.FileHandle:
		handle = c.handleArg(x, false)
	case *parser.Bareword:
		handle = c.handleArg(x, false)
	default:
		name = c.scalar(n)
	}
	return func(fr *frame) bool {
		it := fr.it
		st := &it.sys
		var g *Glob
		if handle != nil {
			g = handle(fr)
		} else {
			v := name(fr)
			switch v.Kind() {
			case value.Glob, value.Ref:
				g = it.globOf(v)
				if g == nil {
					// A reference that is not a handle stats its
					// string form, as perl does.
					return it.statPath(v.String(), link)
				}
			default:
				return it.statPath(v.String(), link)
			}
		}
		st.statLink = false
		st.statName = ""
		if g == nil || g.IO == nil || g.IO.Fd() < 0 {
			if g != nil && g.IO != nil && g.IO.Opened() {
				// A host Go stream has no descriptor to ask.
				st.statOK = false
				it.errno = int(unix.EBADF)
				return false
			}
			st.statOK = false
			it.errno = int(unix.EBADF)
			if it.warnOn(wUnopened, file, line) {
				gname := ""
				if g != nil {
					gname = " " + g.Name
				}
				it.warnAt(file, line, "%s() on unopened filehandle%s", op, gname)
			}
			return false
		}
		st.statHandle = g.IO
		if err := unix.Fstat(g.IO.Fd(), &st.stat); err != nil {
			st.statOK = false
			it.setErrno(err)
			return false
		}
		st.statOK = true
		return true
	}
}

// statPath stats a file name into the stat buffer.
func (it *Interp) statPath(path string, link bool) bool {
	st := &it.sys
	st.statLink = link
	st.statName = path
	var err error
	if link {
		err = unix.Lstat(path, &st.stat)
	} else {
		err = unix.Stat(path, &st.stat)
	}
	if err != nil {
		st.statOK = false
		it.setErrno(err)
		return false
	}
	st.statOK = true
	return true
}

// statList is the 13 fields perl's stat returns.
func statList(s *unix.Stat_t) []value.Scalar {
	return []value.Scalar{
		value.UintValue(s.Dev), value.UintValue(s.Ino), value.IntValue(int64(s.Mode)),
		value.IntValue(int64(s.Nlink)), value.IntValue(int64(s.Uid)), value.IntValue(int64(s.Gid)),
		value.UintValue(s.Rdev), value.IntValue(s.Size),
		value.IntValue(s.Atim.Sec), value.IntValue(s.Mtim.Sec), value.IntValue(s.Ctim.Sec),
		value.IntValue(s.Blksize), value.IntValue(s.Blocks),
	}
}

// statCall compiles stat and lstat: the 13 fields in list context (none
// on failure), true or false in scalar context.
func (c *compiler) statCall(x *parser.Call) (scalarFn, listFn) {
	if len(x.Args) > 1 {
		c.fail(x.At().Line, "Too many arguments for %s", x.Name)
	}
	var arg parser.Node
	if len(x.Args) == 1 {
		arg = x.Args[0]
	}
	do := c.statArg(arg, x.Name == "lstat", x.Name)
	scalar := func(fr *frame) value.Scalar { return value.BoolValue(do(fr)) }
	list := func(fr *frame) []value.Scalar {
		if !do(fr) {
			return nil
		}
		return statList(&fr.it.sys.stat)
	}
	return scalar, list
}
