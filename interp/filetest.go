package interp

import (
	"io"
	"os"
	"unicode/utf8"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// fileTest compiles perl's -X operators on a file name, a filehandle, the
// `_` of the last stat, or $_. Like perl, each test stats once and leaves
// the result for `_`; a failed stat gives undef with $! set, a false test
// "". Stacked tests (-f -w $file) are -w $file && -f _.
func (c *compiler) fileTest(x *parser.Unary) scalarFn {
	op := x.Op[1]
	file, line := c.file, c.line
	if op == 't' {
		return c.ttyTest(x)
	}
	if inner, ok := x.X.(*parser.Unary); ok && isFileTestOp(inner.Op) {
		first := c.fileTest(inner)
		rest := c.fileTestOn(op, c.statArg(&parser.FileHandle{Name: "_"}, false, x.Op), file, line)
		return func(fr *frame) value.Scalar {
			if v := first(fr); !v.Bool() {
				return v
			}
			return rest(fr)
		}
	}
	return c.fileTestOn(op, c.statArg(x.X, op == 'l', x.Op), file, line)
}

func isFileTestOp(op string) bool {
	return len(op) == 2 && op[0] == '-' && containsByteStr("efdrwxszloRWXOpSbcugkTBAMC", op[1])
}

func containsByteStr(s string, b byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == b {
			return true
		}
	}
	return false
}

// fileTestOn builds test op over a stat function.
func (c *compiler) fileTestOn(op byte, stat func(*frame) bool, file string, line int) scalarFn {
	return func(fr *frame) value.Scalar {
		it := fr.it
		if !stat(fr) {
			return value.UndefValue()
		}
		s := &it.sys.stat
		mode := s.Mode
		switch op {
		case 'e':
			return value.IntValue(1)
		case 'f':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFREG)
		case 'd':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFDIR)
		case 'l':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFLNK)
		case 'p':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFIFO)
		case 'S':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFSOCK)
		case 'b':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFBLK)
		case 'c':
			return value.BoolValue(mode&unix.S_IFMT == unix.S_IFCHR)
		case 'u':
			return value.BoolValue(mode&unix.S_ISUID != 0)
		case 'g':
			return value.BoolValue(mode&unix.S_ISGID != 0)
		case 'k':
			return value.BoolValue(mode&unix.S_ISVTX != 0)
		case 's':
			// An empty file gives 0, defined and false, as perl's -s.
			return value.IntValue(s.Size)
		case 'z':
			return value.BoolValue(s.Size == 0)
		case 'r':
			return value.BoolValue(cando(s, unix.S_IRUSR, true))
		case 'w':
			return value.BoolValue(cando(s, unix.S_IWUSR, true))
		case 'x':
			return value.BoolValue(cando(s, unix.S_IXUSR, true))
		case 'R':
			return value.BoolValue(cando(s, unix.S_IRUSR, false))
		case 'W':
			return value.BoolValue(cando(s, unix.S_IWUSR, false))
		case 'X':
			return value.BoolValue(cando(s, unix.S_IXUSR, false))
		case 'o':
			return value.BoolValue(int(s.Uid) == os.Geteuid())
		case 'O':
			return value.BoolValue(int(s.Uid) == os.Getuid())
		case 'M':
			return value.FloatValue(float64(it.sys.start-s.Mtim.Sec) / 86400.0)
		case 'A':
			return value.FloatValue(float64(it.sys.start-s.Atim.Sec) / 86400.0)
		case 'C':
			return value.FloatValue(float64(it.sys.start-s.Ctim.Sec) / 86400.0)
		case 'T', 'B':
			if mode&unix.S_IFMT == unix.S_IFDIR {
				return value.BoolValue(false)
			}
			var block []byte
			var err error
			if it.sys.statName != "" {
				block, err = firstBlock(it.sys.statName)
			} else if block, err = handleBlock(it.sys.statHandle); err == unix.ESPIPE {
				it.dieAt(file, line, "-%c on a pipe or socket is not supported by miniperl", op)
			}
			if err != nil {
				it.setErrno(err)
				return value.UndefValue()
			}
			return value.BoolValue(looksLikeText(block) == (op == 'T'))
		}
		it.dieAt(file, line, "File test -%c is not supported by miniperl", op)
		return value.UndefValue()
	}
}

// cando is perl's cando(): whether the effective (or real) user may read,
// write or execute a file with stat s, judged from the mode bits as perl
// does rather than with access(2). The superuser may read and write
// anything and execute what has any execute bit or is a directory.
func cando(s *unix.Stat_t, bit uint32, effective bool) bool {
	uid := os.Getuid()
	if effective {
		uid = os.Geteuid()
	}
	if uid == 0 {
		if bit == unix.S_IXUSR {
			return s.Mode&0o111 != 0 || s.Mode&unix.S_IFMT == unix.S_IFDIR
		}
		return true
	}
	switch {
	case int(s.Uid) == uid:
		return s.Mode&bit != 0
	case inGroup(int(s.Gid), effective):
		return s.Mode&(bit>>3) != 0
	}
	return s.Mode&(bit>>6) != 0
}

// inGroup reports whether gid is the user's (effective or real) group or
// one of its supplementary groups.
func inGroup(gid int, effective bool) bool {
	g := os.Getgid()
	if effective {
		g = os.Getegid()
	}
	if gid == g {
		return true
	}
	groups, _ := os.Getgroups()
	for _, x := range groups {
		if x == gid {
			return true
		}
	}
	return false
}

// firstBlock reads the block of a file that -T and -B judge.
func firstBlock(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	buf := make([]byte, 512)
	n, err := f.Read(buf)
	if n == 0 && err != nil && err != io.EOF {
		return nil, err
	}
	return buf[:n], nil
}

// handleBlock is firstBlock for a handle: what follows its position, read
// without moving it. Streams that cannot be read ahead give ESPIPE.
func handleBlock(h *perlio.Handle) ([]byte, error) {
	if h == nil || h.Fd() < 0 {
		return nil, unix.EBADF
	}
	pos, err := h.Tell()
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 512)
	n, err := unix.Pread(h.Fd(), buf, pos)
	if err != nil {
		return nil, err
	}
	return buf[:n], nil
}

// looksLikeText is perl's -T guess over the first block of a file: empty
// files are both text and binary, a NUL makes binary, valid UTF-8 is
// text, and otherwise more than a third of odd bytes makes binary.
func looksLikeText(buf []byte) bool {
	n := len(buf)
	if n == 0 {
		return true
	}
	odd := 0
	high := false
	for _, b := range buf {
		if b == 0 {
			return false
		}
		if b >= 128 {
			high = true
		}
	}
	if high && utf8.Valid(buf) {
		return true
	}
	for _, b := range buf {
		switch {
		case b >= 128:
			odd++
		case b < 32 && b != '\n' && b != '\r' && b != '\b' && b != '\t' && b != '\f' && b != 27:
			odd++
		}
	}
	return odd*3 <= n
}

// ttyTest compiles -t: whether a handle (STDIN by default) is a terminal.
func (c *compiler) ttyTest(x *parser.Unary) scalarFn {
	var h func(*frame) *Glob
	if x.X == nil {
		h = c.handleArg(&parser.FileHandle{Name: "STDIN"}, false)
	} else {
		h = c.handleArg(x.X, false)
	}
	return func(fr *frame) value.Scalar {
		g := h(fr)
		return value.BoolValue(g != nil && g.IO != nil && g.IO.IsTerminal())
	}
}

// handleValue compiles a filehandle used as a value: its glob.
func (c *compiler) handleValue(x *parser.FileHandle) scalarFn {
	h := c.handleArg(x, false)
	return func(fr *frame) value.Scalar { return value.GlobValue(h(fr)) }
}
