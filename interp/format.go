package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
	"golang.org/x/sys/unix"
)

// Formats (perlform): `format NAME =` declarations, write, formline and
// the per-handle variables $~ $^ $= $- $%.
//
// A format's argument lines are compiled as a hidden named sub, so that
// they see the lexicals in scope at the declaration the way perl's
// formats (closures of the file) do, and are defined before the program
// runs, so write works above the declaration. Called with a line's index
// it evaluates that line's arguments (aliases where they are variables,
// which ^ fields chop) and returns the filled picture line.

// formatDef is one compiled format.
type formatDef struct {
	name string // full name: main::STDOUT
	sub  string // the hidden sub holding the argument lines
	code *subCode
	unit int
	file string
	// lines are the picture lines; arg is the index of the line's
	// argument list in the hidden sub, -1 for a literal line.
	lines []formatDefLine
}

type formatDefLine struct {
	pic  formPicture
	arg  int
	line int
}

// formState is a filehandle's format state: perl keeps it in the IO.
type formState struct {
	name, top       string // full names of the formats, "" for the default
	shown, shownTop string // $~ and $^ as assigned
	linesLeft       int    // $-
	page            int    // $%
	pageLen         int    // $=
}

// formatDecl compiles a format declaration.
func (c *compiler) formatDecl(d *parser.FormatDecl) {
	if c.rt != nil {
		c.fail(d.Pos.Line, "A format in code compiled at run time (eval STRING, do FILE, require) is not supported by miniperl")
	}
	name := d.Name
	if name == "" {
		name = "STDOUT"
	}
	full := c.qualifyHandle(name)
	def := &formatDef{name: full, sub: "__FORMAT__::" + full, file: c.file}
	var argLines []*parser.FormatLine
	for _, l := range d.Lines {
		dl := formatDefLine{pic: parsePicture(l.Picture), arg: -1, line: l.Line}
		dl.pic.line = l.Line
		if l.Args != nil {
			dl.arg = len(argLines)
			argLines = append(argLines, l)
		}
		def.lines = append(def.lines, dl)
	}
	c.global(def.sub)
	code := c.newSubBody(def.sub, func() stmtFn {
		type argLine struct {
			args func(fr, callee *frame) []*value.Scalar
			warn *warnSite
			name func(*frame, int) string
			pic  *formPicture
		}
		lines := make([]argLine, len(argLines))
		for i, l := range argLines {
			c.line = l.ArgLine
			lines[i].args = c.argList(l.Args)
			if w := c.site("formline", wUninit|wNumeric); w != nil {
				lines[i].warn, lines[i].name = w, c.listNamer(l.Args)
			}
		}
		for i := range def.lines {
			if a := def.lines[i].arg; a >= 0 {
				lines[a].pic = &def.lines[i].pic
			}
		}
		return func(fr *frame) ctl {
			i := 0
			if fr.args != nil && len(fr.args.Elems) > 0 {
				i = int(fr.args.Elems[0].Int())
			}
			l := &lines[i]
			var warn fieldWarn
			if l.warn != nil {
				warn = formWarner(fr, l.warn, l.name)
			}
			var b strings.Builder
			fr.it.renderPicture(&b, l.pic, l.args(fr, &frame{}), fr.it.formChopset(), l.warn.fileOr(def.file), l.pic.line, warn)
			fr.retOne = value.StrValue(b.String())
			return ctlReturn
		}
	})
	def.code, def.unit = code, c.unitIndex
	c.prog.subs = append(c.prog.subs, namedSub{full: def.sub, code: code, unit: c.unitIndex})
	if c.prog.formDefs == nil {
		c.prog.formDefs = map[string]*formatDef{}
	}
	c.prog.formDefs[full] = def
}

// newSubBody is newSub for a body built by a Go function instead of
// from statements: the function runs with the sub's scope open, so the
// expressions it compiles capture lexicals as a named sub's do.
func (c *compiler) newSubBody(name string, build func() stmtFn) *subCode {
	c.nCodes++
	st := &subState{code: &subCode{id: c.nCodes, name: name, pkg: c.pkg}, parent: c.mainSub}
	saved, savedDepth, savedCtl, savedRet, savedLine := c.sub, c.loopDepth, c.exprControl, c.exprReturn, c.line
	c.sub, c.loopDepth, c.exprControl, c.exprReturn = st, 0, false, false
	c.pushScope()
	st.code.body = build()
	c.popScope()
	c.flushPeepWarnings(st)
	c.sub, c.loopDepth, c.exprControl, c.exprReturn, c.line = saved, savedDepth, savedCtl, savedRet, savedLine
	return st.code
}

// formStateOf returns g's format state, made on first use.
func (it *Interp) formStateOf(g *Glob) *formState {
	if it.forms == nil {
		it.forms = map[*Glob]*formState{}
	}
	st := it.forms[g]
	if st == nil {
		st = &formState{pageLen: 60}
		it.forms[g] = st
	}
	return st
}

// formName is the full name of g's body (top false) or top-of-page
// format.
func (it *Interp) formName(g *Glob, st *formState, top bool) string {
	if top {
		if st.top != "" {
			return st.top
		}
		return g.Pkg + "::" + g.Name + "_TOP"
	}
	if st.name != "" {
		return st.name
	}
	return g.Pkg + "::" + g.Name
}

// formWriteCall compiles write and write FH.
func (c *compiler) formWriteCall(x *parser.Call) scalarFn {
	var handle func(*frame) *Glob
	if len(x.Args) > 0 {
		handle = c.handleArg(x.Args[0], false)
	}
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := it.selected
		if handle != nil {
			g = handle(fr)
		}
		if g == nil {
			it.dieAt(file, line, "Undefined format \"STDOUT\" called")
		}
		st := it.formStateOf(g)
		name := it.formName(g, st, false)
		def := it.prog.formDefs[name]
		if def == nil {
			short := name
			if i := strings.LastIndex(short, "::"); i >= 0 {
				short = short[i+2:]
			}
			it.dieAt(file, line, "Undefined format \"%s\" called", short)
		}
		body := it.renderFormat(fr, def)
		lines := strings.Count(body, "\n")
		var out strings.Builder
		if st.linesLeft < lines {
			top := it.prog.formDefs[it.formName(g, st, true)]
			if top == nil && st.top == "" {
				top = it.prog.formDefs[g.Pkg+"::top"]
			}
			if top == nil {
				// No top-of-page format: a new page starts silently.
				st.linesLeft = st.pageLen
			} else {
				if st.linesLeft >= 0 && st.page > 0 {
					out.WriteString(it.formFeed())
				}
				st.linesLeft = st.pageLen
				st.page++
				head := it.renderFormat(fr, top)
				st.linesLeft -= strings.Count(head, "\n")
				out.WriteString(head)
			}
		}
		st.linesLeft -= lines
		if acc := it.symbols["main::^A"]; acc != nil && !acc.Scalar.IsUndef() {
			// write fills $^A, perl's format accumulator, and prints
			// it: what formline left there goes out first.
			out.WriteString(acc.Scalar.String())
			*acc.Scalar = value.StrValue("")
		}
		out.WriteString(body)
		if g.IO == nil || !g.IO.CanWrite() {
			if it.ioHandle(g, "write", file, line) != nil {
				it.errno = int(unix.EBADF)
				it.wrongWay(g, "input", file, line)
			}
			return value.UndefValue()
		}
		text := out.String()
		if g.IO.UTF8() {
			text = it.outputBytes(g.IO, text, false, "write", file, line)
		}
		if err := g.IO.WriteString(it.ctx, text); err != nil {
			it.checkCancel(err)
			it.setErrno(err)
			return value.UndefValue()
		}
		return value.IntValue(1)
	}
}

// renderFormat runs a format: each picture line filled from its
// argument line, evaluated when the line is reached.
func (it *Interp) renderFormat(fr *frame, def *formatDef) string {
	var out strings.Builder
	var cl *Closure
	if def.unit == 0 && it.mainFrame != nil {
		// The file's lexicals as they are now: a foreach over one of
		// them has it aliased to the element, which the format sees.
		cl = makeClosure(def.code, it.mainFrame, false)
	} else if g := it.symbols[def.sub]; g != nil {
		cl = g.Code
	}
	chopset := it.formChopset()
	for i := range def.lines {
		l := &def.lines[i]
		if l.arg >= 0 && cl != nil {
			idx := value.IntValue(int64(l.arg))
			text, _ := it.callSub(cl, []*value.Scalar{&idx}, scalarCtx, fr)
			out.WriteString(text.String())
			continue
		}
		it.renderPicture(&out, &l.pic, nil, chopset, def.file, l.line, nil)
	}
	return out.String()
}

// formChopset is $:, the characters a ^ field may break after.
func (it *Interp) formChopset() string {
	if g := it.symbols["main:::"]; g != nil && !g.Scalar.IsUndef() {
		return g.Scalar.String()
	}
	return formChop
}

// formFeed is $^L, what write prints between pages.
func (it *Interp) formFeed() string {
	if g := it.symbols["main::^L"]; g != nil && !g.Scalar.IsUndef() {
		return g.Scalar.String()
	}
	return "\f"
}

// formlineCall compiles formline PICTURE, LIST: the picture filled from
// the list, appended to $^A.
func (c *compiler) formlineCall(x *parser.Call) scalarFn {
	if len(x.Args) == 0 {
		c.fail(x.At().Line, "Not enough arguments for formline")
	}
	pic := c.scalar(x.Args[0])
	args := c.argList(x.Args[1:])
	acc := c.global("main::^A")
	file, line := c.file, c.line
	w := c.site("formline", wUninit|wNumeric)
	names := func(*frame, int) string { return "" }
	if w != nil && !passesArgs(x.Args[1:]) {
		// perl names the variables, but not the elements of @_.
		names = c.listNamer(x.Args[1:])
	}
	return func(fr *frame) value.Scalar {
		it := fr.it
		text := pic(fr).String()
		vals := args(fr, &frame{})
		used := 0
		var out strings.Builder
		chopset := it.formChopset()
		lines := strings.SplitAfter(text, "\n")
		for _, l := range lines {
			if l == "" {
				continue
			}
			p := parsePicture(strings.TrimSuffix(l, "\n"))
			n := p.nArgs
			if n > len(vals) {
				n = len(vals)
			}
			var b strings.Builder
			var warn fieldWarn
			if w != nil {
				base := used
				warn = formWarner(fr, w, func(fr *frame, i int) string { return names(fr, base+i) })
			}
			it.renderPicture(&b, &p, vals[:n], chopset, file, line, warn)
			used += n
			s := b.String()
			if !strings.HasSuffix(l, "\n") {
				// formline adds a newline only where the picture has one.
				s = strings.TrimSuffix(s, "\n")
			}
			out.WriteString(s)
			vals = vals[n:]
		}
		a := it.globs[acc].Scalar
		*a = value.StrValue(a.String() + out.String())
		return value.IntValue(1)
	}
}

// formVarGet reads $~ $^ $= $- $% of the selected handle.
func formVarGet(name string) scalarFn {
	return func(fr *frame) value.Scalar {
		it := fr.it
		g := it.selected
		if g == nil {
			return value.UndefValue()
		}
		st := it.formStateOf(g)
		switch name {
		case "~":
			if st.shown != "" {
				return value.StrValue(st.shown)
			}
			return value.StrValue(g.Name)
		case "^":
			if st.shownTop != "" {
				return value.StrValue(st.shownTop)
			}
			return value.StrValue(g.Name + "_TOP")
		case "=":
			return value.IntValue(int64(st.pageLen))
		case "-":
			return value.IntValue(int64(st.linesLeft))
		}
		return value.IntValue(int64(st.page))
	}
}

// formVarSet sets $~ $^ $= $- $% of the selected handle; format names
// are looked up in pkg, the package of the assignment, as perl does.
func formVarSet(name, pkg string) func(*frame, value.Scalar) {
	return func(fr *frame, v value.Scalar) {
		it := fr.it
		g := it.selected
		if g == nil {
			return
		}
		st := it.formStateOf(g)
		switch name {
		case "~", "^":
			s := v.String()
			full := s
			if !strings.Contains(s, "::") {
				switch s {
				case "STDIN", "STDOUT", "STDERR", "ARGV":
					full = "main::" + s
				default:
					full = pkg + "::" + s
				}
			}
			if name == "~" {
				st.shown, st.name = s, full
			} else {
				st.shownTop, st.top = s, full
			}
		case "=":
			st.pageLen = int(v.Int())
		case "-":
			st.linesLeft = int(v.Int())
			if st.linesLeft < 0 {
				st.linesLeft = 0
			}
		default:
			st.page = int(v.Int())
		}
	}
}

// formWarner gives the uninitialized and non-numeric warnings of a
// format line's fields, naming the variables as perl does.
func formWarner(fr *frame, w *warnSite, names func(*frame, int) string) fieldWarn {
	return func(i int, v value.Scalar, numeric bool) {
		name := func(fr *frame) string { return names(fr, i) }
		if numeric {
			w.checkNum(fr, v, name)
		} else {
			w.checkStr(fr, v, name)
		}
	}
}

// fileOr is the file of a warning site, or file when there is none.
func (w *warnSite) fileOr(file string) string {
	if w == nil {
		return file
	}
	return w.file
}

// passesArgs reports whether a list mentions @_ itself.
func passesArgs(items []parser.Node) bool {
	for _, n := range items {
		if v, ok := n.(*parser.Var); ok && v.Sigil == '@' && v.Name == "_" {
			return true
		}
	}
	return false
}
