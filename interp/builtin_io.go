package interp

import (
	"errors"
	"strings"

	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// handleArg compiles a filehandle argument: a bareword, a glob, a scalar
// holding a glob or glob reference, or a handle name in a string. With
// create, an undef scalar (open(my $fh, ...)) gets a new anonymous glob.
func (c *compiler) handleArg(n parser.Node, create bool) func(*frame) *Glob {
	switch x := n.(type) {
	case *parser.FileHandle:
		if x.Expr == nil {
			gi := c.global(c.qualifyHandle(x.Name))
			return func(fr *frame) *Glob { return fr.it.globs[gi] }
		}
		n = x.Expr
	case *parser.Bareword:
		gi := c.global(c.qualifyHandle(x.Name))
		return func(fr *frame) *Glob { return fr.it.globs[gi] }
	case *parser.Var:
		if x.Sigil == '*' {
			gi := c.global(c.qualifyHandle(x.Name))
			return func(fr *frame) *Glob { return fr.it.globs[gi] }
		}
	}
	if create && canAutoviv(n) || isDecl(n) {
		lv := c.lvalue(n)
		name := handleVarName(n)
		return func(fr *frame) *Glob {
			p := lv(fr)
			if p.IsUndef() {
				g := &Glob{Pkg: "main", Name: name, Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash()}
				*p = value.RefValue(g)
				return g
			}
			return fr.it.globOf(*p)
		}
	}
	f := c.scalar(n)
	return func(fr *frame) *Glob { return fr.it.globOf(f(fr)) }
}

func isDecl(n parser.Node) bool {
	_, ok := n.(*parser.Decl)
	return ok
}

// qualifyHandle gives a handle name's full glob name: the standard
// handles always live in main.
func (c *compiler) qualifyHandle(name string) string {
	switch name {
	case "STDIN", "STDOUT", "STDERR", "ARGV", "DATA":
		if name == "DATA" {
			return c.pkg + "::DATA"
		}
		return "main::" + name
	}
	return c.qualify(name)
}

// globOf finds the glob a scalar names, or nil.
func (it *Interp) globOf(v value.Scalar) *Glob {
	switch v.Kind() {
	case value.Glob:
		g, _ := v.Pointer().(*Glob)
		return g
	case value.Ref:
		g, _ := v.Pointer().(*Glob)
		return g
	case value.Str:
		name := v.String()
		name = strings.TrimPrefix(name, "*")
		if name == "" {
			return nil
		}
		if !containsColons(name) {
			name = "main::" + name
		}
		return it.glob(name)
	}
	return nil
}

// printCall compiles print, printf and say.
func (c *compiler) printCall(x *parser.Call) scalarFn {
	var handle func(*frame) *Glob
	if x.Handle != nil {
		handle = c.handleArg(x.Handle, false)
	}
	var args listFn
	argNodes := x.Args
	if len(x.Args) == 0 && x.Name != "printf" {
		argNodes = []parser.Node{&parser.Var{Sigil: '$', Name: "_"}}
		args = c.list(argNodes[0])
	} else {
		args = c.list(&parser.List{Items: x.Args})
	}
	args = c.warnList(args, argNodes, x.Name, 0)
	var countWarn *warnSite
	if x.Name == "printf" {
		countWarn = c.site("printf", wOther|wNumeric)
	}
	ofs, ors := c.global("main::,"), c.global("main::\\")
	name := x.Name
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := it.selected
		if handle != nil {
			g = handle(fr)
		}
		vals := args(fr)
		var out string
		switch name {
		case "printf":
			if len(vals) == 0 {
				return value.IntValue(1)
			}
			if countWarn != nil {
				countWarn.argCount(fr, vals[0].String(), vals[1:])
			}
			out = builtins.Sprintf(vals[0].String(), vals[1:])
		default:
			sep := it.globs[ofs].Scalar
			if len(vals) == 1 {
				out = vals[0].String()
			} else {
				out = joinValues(sep.String(), vals)
			}
			if name == "say" {
				out += "\n"
			}
			if t := it.globs[ors].Scalar; !t.IsUndef() {
				out += t.String()
			}
		}
		if g == nil || g.IO == nil || !g.IO.CanWrite() {
			it.errno = int(unix.EBADF)
			gname, vile, cat := "STDOUT", "closed", wClosed
			if g != nil {
				gname = g.Name
			}
			if g == nil || g.IO == nil {
				vile, cat = "unopened", wUnopened
			}
			it.warnIf(cat, file, line, "%s() on %s filehandle %s", name, vile, gname)
			return value.UndefValue()
		}
		if err := g.IO.WriteString(it.ctx, out); err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			return value.UndefValue()
		}
		return value.IntValue(1)
	}
}

// readlineScalar compiles <FH> in scalar context: one record, or undef.
func (c *compiler) readlineScalar(x *parser.Readline) scalarFn {
	h := c.readlineHandle(x)
	file, line := c.file, c.line
	rs := c.global("main::/")
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		if g == nil || g.IO == nil || !g.IO.Opened() {
			it.readClosed(g, file, line)
		}
		if g == nil || g.IO == nil {
			return value.UndefValue()
		}
		it.lastRead = g
		sep, size := recordSep(it.globs[rs].Scalar)
		var line string
		var ok bool
		var err error
		if size > 0 {
			line, ok, err = g.IO.ReadRecord(it.ctx, size)
		} else {
			line, ok, err = g.IO.ReadLine(it.ctx, sep)
		}
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
		}
		if !ok {
			return value.UndefValue()
		}
		return value.StrValue(line)
	}
}

// readlineList compiles <FH> in list context: every remaining record.
func (c *compiler) readlineList(x *parser.Readline) listFn {
	h := c.readlineHandle(x)
	file, line := c.file, c.line
	rs := c.global("main::/")
	return func(fr *frame) []value.Scalar {
		it := fr.it
		g := h(fr)
		if g == nil || g.IO == nil || !g.IO.Opened() {
			it.readClosed(g, file, line)
		}
		if g == nil || g.IO == nil {
			return nil
		}
		it.lastRead = g
		sep, size := recordSep(it.globs[rs].Scalar)
		var out []value.Scalar
		if size > 0 {
			for {
				line, ok, err := g.IO.ReadRecord(it.ctx, size)
				if err != nil {
					it.checkCancel(err)
					it.setErrno(err)
				}
				if !ok {
					return out
				}
				out = append(out, value.StrValue(line))
			}
		}
		lines, err := g.IO.ReadLines(it.ctx, sep)
		if err != nil {
			it.checkCancel(err)
			it.setErrno(err)
		}
		out = make([]value.Scalar, len(lines))
		for i, l := range lines {
			out[i] = value.StrValue(l)
		}
		return out
	}
}

func (c *compiler) readlineHandle(x *parser.Readline) func(*frame) *Glob {
	if x.Var != nil {
		return c.handleArg(x.Var, false)
	}
	gi := c.global(c.qualifyHandle(x.Handle))
	if x.Handle == "ARGV" {
		stdin := c.global("main::STDIN")
		argv := gi
		// <> reads the files named in @ARGV, or STDIN when there are none.
		return func(fr *frame) *Glob {
			it := fr.it
			g := it.globs[argv]
			for {
				if g.IO != nil && !g.IO.EOF(it.ctx) {
					return g
				}
				if g.Array.Len() == 0 {
					if g.IO == nil && !it.argvUsed {
						it.argvUsed = true
						return it.globs[stdin]
					}
					if it.argvUsed && g.IO == nil {
						return it.globs[stdin]
					}
					return g
				}
				it.argvUsed = true
				name := g.Array.Shift().String()
				h, err := perlio.Open(name, "<")
				if err != nil {
					it.setErrno(err)
					it.warnMsg("Can't open " + name + ": " + it.errnoValue().String() + ".\n")
					continue
				}
				g.IO = h
				*g.Scalar = value.StrValue(name)
			}
		}
	}
	return func(fr *frame) *Glob { return fr.it.globs[gi] }
}

// recordSep turns $/ into a separator for ReadLine, or a record size for
// $/ = \N.
func recordSep(v *value.Scalar) ([]byte, int) {
	if v.IsUndef() {
		return nil, 0
	}
	if v.Kind() == value.Ref {
		if s, ok := v.Pointer().(*value.Scalar); ok {
			return nil, int(s.Int())
		}
	}
	s := v.String()
	if s == "" {
		return []byte{}, 0
	}
	return []byte(s), 0
}

// openCall compiles open(FH, MODE, PATH) and open(FH, SPEC).
func (c *compiler) openCall(x *parser.Call) scalarFn {
	if len(x.Args) < 2 {
		c.fail(x.At().Line, "Not enough arguments for open")
	}
	h := c.handleArg(x.Args[0], true)
	rest := make([]scalarFn, len(x.Args)-1)
	for i, a := range x.Args[1:] {
		rest[i] = c.scalar(a)
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		var mode, path string
		var target value.Scalar
		if len(rest) == 1 {
			var err error
			mode, path, err = perlio.ParseOpenSpec(rest[0](fr).String())
			if err != nil {
				it.setErrno(err)
				return value.UndefValue()
			}
		} else {
			mode = strings.TrimSpace(rest[0](fr).String())
			target = rest[1](fr)
			path = target.String()
		}
		if g.IO != nil {
			g.IO.Close()
		}
		var hd *perlio.Handle
		var err error
		if g := it.globOf(target); strings.Contains(mode, "&") && g != nil && target.Kind() != value.Str {
			// open(my $fh, '>&', \*STDOUT): duplicate the handle given.
			if g.IO == nil {
				err = unix.EBADF
			} else {
				g.IO.Flush() // perl flushes a handle before duplicating it
				hd, err = g.IO.Dup()
			}
		} else {
			hd, err = it.openHandle(mode, path)
		}
		if err != nil {
			if errors.Is(err, perlio.ErrPipeOpen) {
				it.dieMsg("Piped open is not supported by miniperl\n")
			}
			it.setErrno(err)
			g.IO = nil
			return value.UndefValue()
		}
		g.IO = hd
		return value.IntValue(1)
	}
}

// openHandle opens a file or duplicates a standard handle.
func (it *Interp) openHandle(mode, path string) (*perlio.Handle, error) {
	if strings.Contains(mode, "&") {
		g := it.globOf(value.StrValue(path))
		if g == nil || g.IO == nil {
			return nil, unix.EBADF
		}
		g.IO.Flush() // perl flushes a handle before duplicating it
		return g.IO.Dup()
	}
	if path == "-" {
		if strings.HasPrefix(mode, ">") {
			return it.stdout.IO, nil
		}
		return it.glob("main::STDIN").IO, nil
	}
	return perlio.Open(path, mode)
}
