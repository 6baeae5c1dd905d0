package interp

import (
	"os"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// fileTest compiles -e -f -d -s -z -r -w -x -l on a file name (or $_).
func (c *compiler) fileTest(x *parser.Unary) scalarFn {
	var arg scalarFn
	if x.X == nil {
		arg = c.scalar(&parser.Var{Sigil: '$', Name: "_"})
	} else {
		arg = c.scalar(x.X)
	}
	op := x.Op[1]
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		name := arg(fr).String()
		var fi os.FileInfo
		var err error
		if op == 'l' {
			fi, err = os.Lstat(name)
		} else {
			fi, err = os.Stat(name)
		}
		if err != nil {
			fr.it.setErrno(err)
			return value.UndefValue()
		}
		switch op {
		case 'e':
			return value.IntValue(1)
		case 'f':
			return value.BoolValue(fi.Mode().IsRegular())
		case 'd':
			return value.BoolValue(fi.IsDir())
		case 'l':
			return value.BoolValue(fi.Mode()&os.ModeSymlink != 0)
		case 'p':
			return value.BoolValue(fi.Mode()&os.ModeNamedPipe != 0)
		case 'S':
			return value.BoolValue(fi.Mode()&os.ModeSocket != 0)
		case 's':
			if fi.Size() > 0 {
				return value.IntValue(fi.Size())
			}
			return value.BoolValue(false)
		case 'z':
			return value.BoolValue(fi.Size() == 0)
		case 'r':
			return value.BoolValue(unix.Access(name, unix.R_OK) == nil)
		case 'w':
			return value.BoolValue(unix.Access(name, unix.W_OK) == nil)
		case 'x':
			return value.BoolValue(unix.Access(name, unix.X_OK) == nil)
		}
		fr.it.dieAt(file, line, "File test -%c is not supported yet", op)
		return value.UndefValue()
	}
}

// handleValue compiles a filehandle used as a value: its glob.
func (c *compiler) handleValue(x *parser.FileHandle) scalarFn {
	h := c.handleArg(x, false)
	return func(fr *frame) value.Scalar { return value.GlobValue(h(fr)) }
}
