package interp

import (
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
	if d, ok := n.(*parser.Decl); ok && d.Kind == "local" {
		// open(local *FH, ...): the glob itself, saved for the scope.
		if g := c.globTarget(d); g != nil {
			return g
		}
	}
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
		name := autovivName(n)
		return func(fr *frame) *Glob {
			p := lv(fr)
			if p.IsUndef() {
				g := &Glob{Pkg: "main", Name: name, Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash()}
				fr.it.store(p, fr.it.trackStored(g))
				return g
			}
			return fr.it.globOf(*p)
		}
	}
	if slot, ok := c.lexicalSlot(n); ok {
		// A lexical handle (print $c ...): look at the variable in
		// place rather than copy its value out first.
		return func(fr *frame) *Glob { return fr.it.globAt(fr.scalars[slot]) }
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
	p := c.printer(x)
	return func(fr *frame) value.Scalar {
		if p.run(fr) {
			return value.IntValue(1)
		}
		return value.UndefValue()
	}
}

// printVoid compiles print, printf and say as a statement, where no
// result is needed.
func (c *compiler) printVoid(x *parser.Call) func(*frame) {
	p := c.printer(x)
	return func(fr *frame) { p.run(fr) }
}

// printStmt compiles a statement that is a print, printf or say call;
// nil for any other statement.
func (c *compiler) printStmt(n parser.Node) stmtFn {
	x, ok := n.(*parser.Call)
	if !ok || x.Amp || (x.Name != "print" && x.Name != "printf" && x.Name != "say") {
		return nil
	}
	p := c.printer(x)
	if x.Name == "print" && p.at.kind != placeNone && p.oneAt.kind != placeNone {
		// print $c $line: a byte string to a byte handle, with no $\
		// to add, goes out from here (io_lines.go).
		return func(fr *frame) ctl {
			it := fr.it
			a := p.oneAt.scalar(fr)
			if s, ok := a.PeekStr(); ok && !a.PeekUTF8() && it.globs[p.ors].Scalar.PeekKind() == value.Undef {
				if g := p.at.glob(fr); g != nil && g.IO != nil && g.IO.CanWrite() && !g.IO.UTF8() {
					if err := g.IO.WriteString(it.ctx, s); err != nil {
						it.checkCancel(err)
						it.setErrno(err)
					}
					return ctlNormal
				}
			}
			p.run(fr)
			return ctlNormal
		}
	}
	return func(fr *frame) ctl {
		p.run(fr)
		return ctlNormal
	}
}

// printer is a compiled print, printf or say.
type printer struct {
	name   string
	handle func(*frame) *Glob // nil for the selected handle
	args   listFn
	// one is print's single scalar argument (print $c $line), evaluated
	// without building a list: the common case of a line server.
	one        scalarFn
	oneWarn    *warnSite
	oneName    func(*frame, int) string
	formatWarn *formatWarner
	ofs, ors   int
	file       string
	line       int
	// at and oneAt are where the handle and the single argument are,
	// when they are plain variables read in place (io_lines.go).
	at, oneAt place
}

func (c *compiler) printer(x *parser.Call) *printer {
	p := &printer{name: x.Name, file: c.file, line: c.line}
	if x.Handle == nil && len(x.Args) > 1 {
		// print STDOUT, "x": perl refuses the comma at compile time.
		if b, ok := x.Args[0].(*parser.Bareword); ok && (b.Name == "STDOUT" || b.Name == "STDERR" || b.Name == "STDIN") {
			c.fail(x.At().Line, "No comma allowed after filehandle")
		}
	}
	if x.Handle != nil {
		p.at = c.handlePlace(x.Handle)
		switch {
		case p.at.kind == placeLexical && c.strict().refs:
			p.at.kind = placeLexicalStrict
		case p.at.kind == placeNone:
			if p.handle = c.strictHandleArg(x.Handle, false); p.handle == nil {
				p.handle = c.handleArg(x.Handle, false)
			}
		}
	}
	argNodes := x.Args
	if len(x.Args) == 0 && x.Name != "printf" {
		argNodes = []parser.Node{&parser.Var{Sigil: '$', Name: "_"}}
	}
	if x.Name != "printf" && len(argNodes) == 1 && isSingle(argNodes[0]) {
		p.one = c.scalar(argNodes[0])
		p.oneAt = c.scalarPlace(argNodes[0])
		if p.oneWarn = c.site(x.Name, wUninit); p.oneWarn != nil {
			p.oneName = c.listNamer(argNodes)
		}
	} else if x.Name == "printf" {
		p.args = c.list(&parser.List{Items: argNodes})
		p.formatWarn = c.formatWarner("printf", argNodes)
	} else {
		p.args = c.warnList(c.list(&parser.List{Items: argNodes}), argNodes, x.Name, 0)
	}
	p.ofs, p.ors = c.global("main::,"), c.global("main::\\")
	return p
}

// run prints; false is a failure (perl's undef), with $! set.
func (p *printer) run(fr *frame) bool {
	it := fr.it
	g := it.selected
	if p.at.kind != placeNone {
		if g = p.at.glob(fr); g == nil && p.at.kind == placeLexicalStrict {
			strictSymbol(fr, *fr.scalars[p.at.index], p.file, p.line)
		}
	} else if p.handle != nil {
		g = p.handle(fr)
	}
	name, file, line := p.name, p.file, p.line
	var out string
	var wide bool
	var plain bool
	if p.oneAt.kind != placeNone {
		a := p.oneAt.scalar(fr)
		out, plain = a.PeekStr()
		wide = plain && a.PeekUTF8()
	}
	switch {
	case plain:
	case p.one != nil:
		v := p.one(fr)
		if p.oneWarn != nil && v.IsUndef() {
			p.oneWarn.checkStr(fr, v, func(fr *frame) string { return p.oneName(fr, 0) })
		}
		out, wide = v.String(), v.IsUTF8()
	case name == "printf":
		vals := p.args(fr)
		if len(vals) == 0 {
			return true
		}
		p.formatWarn.check(fr, vals)
		out, wide, _ = builtins.SprintfChars(vals[0], vals[1:])
	default:
		vals := p.args(fr)
		sep := it.globs[p.ofs].Scalar
		switch {
		case anyUTF8(vals) || sep.IsUTF8():
			out, wide = value.Join(*sep, vals).String(), true
		case len(vals) == 1:
			out = vals[0].String()
		default:
			out = joinValues(sep.String(), vals)
		}
	}
	if name != "printf" {
		// say's newline, then $\ (printf adds neither).
		if name == "say" {
			out += "\n"
		}
		if t := it.globs[p.ors].Scalar; !t.IsUndef() {
			if t.IsUTF8() || wide {
				out, wide = value.Concat(value.StringValue(out, wide), *t).String(), true
			} else {
				out += t.String()
			}
		}
	}
	if g == nil || g.IO == nil || !g.IO.CanWrite() {
		// perl's three complaints: unopened, closed, or opened
		// for input only.
		if it.ioHandle(g, name, file, line) != nil {
			it.errno = int(unix.EBADF)
			it.wrongWay(g, "input", file, line)
		}
		return false
	}
	if wide || g.IO.UTF8() {
		out = it.outputBytes(g.IO, out, wide, name, file, line)
	}
	if err := g.IO.WriteString(it.ctx, out); err != nil {
		it.checkCancel(err)
		it.setErrno(err)
		return false
	}
	return true
}

// readlineScalar compiles <FH> in scalar context: one record, or undef.
func (c *compiler) readlineScalar(x *parser.Readline) scalarFn {
	r := c.readliner(x)
	return func(fr *frame) value.Scalar {
		line, ok, h := r.read(fr)
		if !ok {
			return value.UndefValue()
		}
		return inputValue(h, line)
	}
}

// readlineList compiles <FH> in list context: every remaining record.
func (c *compiler) readlineList(x *parser.Readline) listFn {
	h := c.readlineHandle(x)
	file, line := c.file, c.line
	rs := c.global("main::/")
	if x.Var == nil && x.Handle == "ARGV" {
		file, line := c.file, c.line
		return func(fr *frame) []value.Scalar {
			sep, size := recordSep(fr.it.globs[rs].Scalar)
			return fr.it.readArgvLines(sep, size, file, line)
		}
	}
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
		out, _ := it.readAllRecords(g.IO, sep, size, nil)
		return out
	}
}

// readAllRecords appends the remaining records of h to out, as readline
// in list context reads them: fixed-size records when size > 0, else
// records ending in sep. ok is false when a read failed ($! is set).
func (it *Interp) readAllRecords(h *perlio.Handle, sep []byte, size int, out []value.Scalar) (_ []value.Scalar, ok bool) {
	if size > 0 {
		for {
			rec, more, err := h.ReadRecord(it.ctx, size)
			if err != nil {
				it.checkCancel(err)
				it.setErrno(err)
			}
			if !more {
				return out, err == nil
			}
			out = append(out, inputValue(h, rec))
		}
	}
	lines, err := h.ReadLines(it.ctx, sep)
	if err != nil {
		it.checkCancel(err)
		it.setErrno(err)
	}
	for _, l := range lines {
		out = append(out, inputValue(h, l))
	}
	return out, err == nil
}

func (c *compiler) readlineHandle(x *parser.Readline) func(*frame) *Glob {
	if x.Var != nil {
		return c.handleArg(x.Var, false)
	}
	gi := c.global(c.qualifyHandle(x.Handle))
	if x.Handle == "ARGV" {
		// <> reads the files named in @ARGV, or STDIN when there are none.
		file, line := c.file, c.line
		return func(fr *frame) *Glob { return fr.it.argvHandle(file, line) }
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
	return stringBytes(s), 0 // only read: no copy per readline
}

// openCall compiles open(FH, MODE, LIST) and open(FH, SPEC); the work is
// in openGlob.
func (c *compiler) openCall(x *parser.Call) scalarFn {
	if len(x.Args) < 2 {
		c.fail(x.At().Line, "Not enough arguments for open")
	}
	h := c.strictHandleArg(x.Args[0], true)
	if h == nil {
		h = c.handleArg(x.Args[0], true)
	}
	first := c.scalar(x.Args[1])
	var rest listFn
	if len(x.Args) > 2 {
		rest = c.list(&parser.List{Items: x.Args[2:]})
	}
	file, line := c.file, c.line
	openLayer := c.strict().openLayer
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := h(fr)
		req := openRequest{twoArg: rest == nil, layer: openLayer}
		if rest == nil {
			req.spec = first(fr).String()
		} else {
			req.mode = first(fr).String()
			req.args = rest(fr)
		}
		return it.openGlob(g, req, file, line)
	}
}
