package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
)

// This file holds the compiled forms of a line server's loop, `while (my
// $l = <$c>) { print $c $l }`. On a connection each line costs a system
// call, and the interpreter's part of a line runs with cold caches after
// it, so what it costs is mostly how many functions it goes through:
// these forms read a lexical handle and a lexical argument in place and
// fold the readline, the assignment and the defined() test of the loop
// condition into one function.

// lexicalSlot is the pad slot of n when n is a lexical scalar ($x declared
// with my or state).
func (c *compiler) lexicalSlot(n parser.Node) (int, bool) {
	v, ok := n.(*parser.Var)
	if !ok || v.Sigil != '$' {
		return 0, false
	}
	return c.lookup('$', v.Name)
}

// A place says where a plain variable lives, to read it in place: a
// lexical's pad slot or a package variable's glob.
type place struct {
	index int
	kind  uint8
}

const (
	placeNone uint8 = iota
	placeLexical
	placeGlobal
)

// scalarPlace is the place of n when n is a plain scalar variable: a
// lexical, or a package variable without magic ($_, $line, ...). Compile n
// with c.scalar too, which reports strict vars.
func (c *compiler) scalarPlace(n parser.Node) place {
	v, ok := n.(*parser.Var)
	if !ok || v.Sigil != '$' {
		return place{}
	}
	if slot, ok := c.lookup('$', v.Name); ok {
		return place{slot, placeLexical}
	}
	if c.magicGet(v.Name) != nil || c.magicSet(v.Name) != nil {
		return place{}
	}
	return place{c.globalVar('$', v.Name), placeGlobal}
}

// scalar is the variable at p.
func (p place) scalar(fr *frame) *value.Scalar {
	if p.kind == placeLexical {
		return fr.scalars[p.index]
	}
	return fr.it.globs[p.index].Scalar
}

// handlePlace is the place of a filehandle argument that is a bareword or
// glob (the glob itself) or a lexical (holding the handle); placeNone for
// anything else, which handleArg compiles.
func (c *compiler) handlePlace(n parser.Node) place {
	switch x := n.(type) {
	case *parser.FileHandle:
		if x.Expr == nil {
			return place{c.global(c.qualifyHandle(x.Name)), placeGlobal}
		}
		n = x.Expr
	case *parser.Bareword:
		return place{c.global(c.qualifyHandle(x.Name)), placeGlobal}
	case *parser.Var:
		if x.Sigil == '*' {
			return place{c.global(c.qualifyHandle(x.Name)), placeGlobal}
		}
	}
	if slot, ok := c.lexicalSlot(n); ok {
		return place{slot, placeLexical}
	}
	return place{}
}

// glob is the handle at p, a place from handlePlace.
func (p place) glob(fr *frame) *Glob {
	if p.kind == placeGlobal {
		return fr.it.globs[p.index]
	}
	if p.kind == placeLexicalStrict {
		if k := fr.scalars[p.index].PeekKind(); k != value.Glob && k != value.Ref {
			return nil
		}
	}
	return fr.it.globAt(fr.scalars[p.index])
}

// globAt is globOf for the value in p, read in place.
func (it *Interp) globAt(p *value.Scalar) *Glob {
	if k := p.PeekKind(); k == value.Glob || k == value.Ref {
		g, _ := p.PeekPointer().(*Glob)
		return g
	}
	return it.globOf(*p)
}

// readliner is a compiled <FH> in scalar context.
type readliner struct {
	at     place              // the handle, when handlePlace finds it
	handle func(*frame) *Glob // otherwise
	rs     int                // $/
	file   string
	line   int
}

func (c *compiler) readliner(x *parser.Readline) *readliner {
	r := &readliner{rs: c.global("main::/"), file: c.file, line: c.line}
	switch {
	case x.Var != nil:
		r.at = c.handlePlace(x.Var)
	case x.Handle != "ARGV":
		r.at = place{c.global(c.qualifyHandle(x.Handle)), placeGlobal}
	}
	if r.at.kind == placeNone {
		r.handle = c.readlineHandle(x)
	}
	return r
}

// read reads one record: ok is false at end of input or on an error
// (with $! set), as perl's undef.
func (r *readliner) read(fr *frame) (line string, ok bool, h *perlio.Handle) {
	it := fr.it
	var g *Glob
	if r.at.kind != placeNone {
		g = r.at.glob(fr)
	} else {
		g = r.handle(fr)
	}
	if g != nil && g.IO != nil {
		// $/ a single character, the record already buffered: the
		// usual case, with nothing to check or report.
		if sep, ok := it.globs[r.rs].Scalar.PeekStr(); ok && len(sep) == 1 {
			if line, ok := g.IO.ReadBuffered(sep[0]); ok {
				it.lastRead = g
				return line, true, g.IO
			}
		}
	}
	return r.readSlow(fr, g)
}

// readSlow is read for everything but a buffered record.
func (r *readliner) readSlow(fr *frame, g *Glob) (string, bool, *perlio.Handle) {
	it := fr.it
	if g == nil || g.IO == nil || !g.IO.Opened() {
		it.readClosed(g, r.file, r.line)
	}
	if g == nil || g.IO == nil {
		return "", false, nil
	}
	it.lastRead = g
	if g.IO.Opened() && !g.IO.CanRead() && it.warnOn(wIO, r.file, r.line) {
		// Closed handles were reported above.
		it.wrongWay(g, "output", r.file, r.line)
	}
	sep, size := recordSep(it.globs[r.rs].Scalar)
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
	return line, ok, g.IO
}

// readlineAssignCond compiles the condition of `while ($x = <FH>)` and
// `while (my $x = <FH>)`: read a record, store it (undef at the end) and
// test it for definedness, in one step. nil when the target is not a plain
// scalar, which the general assignment handles.
func (c *compiler) readlineAssignCond(x *parser.Assign) func(*frame) bool {
	rl, ok := x.R.(*parser.Readline)
	if !ok || x.Op != "=" {
		return nil
	}
	switch l := x.L.(type) {
	case *parser.Var:
		if l.Sigil != '$' || l.Name == "#" || c.magicSet(l.Name) != nil {
			return nil
		}
	case *parser.Decl:
		if l.Kind == "local" || len(l.Vars) != 1 {
			return nil
		}
		if v, ok := l.Vars[0].(*parser.Var); !ok || v.Sigil != '$' {
			return nil
		}
	default:
		return nil
	}
	r := c.readliner(rl) // the right side first: my $x = <$x> reads the outer $x
	borrow := c.borrowsLine(x.L)
	lv := c.lvalue(x.L)
	return func(fr *frame) bool {
		it := fr.it
		if r.at.kind != placeNone {
			// read's straight path, repeated here to save a call.
			if g := r.at.glob(fr); g != nil && g.IO != nil {
				if sep, ok := it.globs[r.rs].Scalar.PeekStr(); ok && len(sep) == 1 {
					var line string
					if borrow {
						line, ok = g.IO.ReadBufferedView(sep[0])
					} else {
						line, ok = g.IO.ReadBuffered(sep[0])
					}
					if ok {
						it.lastRead = g
						it.store(lv(fr), inputValue(g.IO, line))
						return true
					}
				}
			}
		}
		line, ok, h := r.read(fr)
		var v value.Scalar
		if ok {
			v = inputValue(h, line)
		}
		fr.it.store(lv(fr), v)
		return ok
	}
}

// definedReadlineCond is readlineAssignCond for the explicit form, while
// (defined(my $x = <FH>)); nil for any other call.
func (c *compiler) definedReadlineCond(x *parser.Call) func(*frame) bool {
	if x.Name != "defined" || x.Amp || len(x.Args) != 1 {
		return nil
	}
	a, ok := x.Args[0].(*parser.Assign)
	if !ok || isListAssign(a.L) {
		return nil
	}
	return c.readlineAssignCond(a)
}

// readlineOf is readline(ARG) as the <...> it stands for: a handle named
// by a bareword or glob is <NAME>, so readline(ARGV) and readline(*ARGV)
// read the files of @ARGV as <> does; anything else is <$expr>.
func readlineOf(arg parser.Node) *parser.Readline {
	switch x := arg.(type) {
	case *parser.Bareword:
		return &parser.Readline{Handle: x.Name}
	case *parser.FileHandle:
		if x.Expr == nil {
			return &parser.Readline{Handle: x.Name}
		}
	case *parser.Var:
		if x.Sigil == '*' {
			return &parser.Readline{Handle: x.Name}
		}
	}
	return &parser.Readline{Var: arg}
}
