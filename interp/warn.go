package interp

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// warnCat is a set of perl's warning categories (perllexwarn).
type warnCat uint32

// The categories miniperl emits warnings in; the others are accepted by
// use/no warnings and change nothing.
const (
	wUninit warnCat = 1 << iota
	wNumeric
	wVoid
	wOnce
	wMisc
	wSyntax
	wPrecedence
	wRecursion
	wExiting
	wClosed
	wUnopened
	wRedefine
	wSubstr
	wIO
	wShadow
	wQw
	wOther
	wAll warnCat = 1<<iota - 1
)

// warnCategories maps the names use warnings accepts to categories.
var warnCategories = map[string]warnCat{
	"all": wAll, "uninitialized": wUninit, "numeric": wNumeric, "void": wVoid,
	"once": wOnce, "misc": wMisc, "syntax": wSyntax | wPrecedence, "precedence": wPrecedence,
	"recursion": wRecursion, "exiting": wExiting, "closed": wClosed, "unopened": wUnopened,
	"io": wIO | wClosed | wUnopened, "redefine": wRedefine, "substr": wSubstr,
	"deprecated": wOther, "portable": wOther, "overflow": wOther, "digit": wOther,
	"qw": wQw, "reserved": wOther, "semicolon": wOther, "printf": wOther,
	"illegalproto": wOther, "ambiguous": wOther, "bareword": wOther, "parenthesis": wOther,
	"pack": wOther, "unpack": wOther, "utf8": wOther, "severe": wOther, "internal": wOther,
	"debugging": wOther, "malloc": wOther, "inplace": wOther, "pipe": wOther, "exec": wOther,
	"newline": wOther, "layer": wOther, "glob": wOther, "regexp": wOther, "taint": wOther,
	"threads": wOther, "imprecision": wOther, "signal": wOther, "closure": wOther,
	"redundant": wOther, "missing": wOther, "shadow": wShadow, "experimental": wOther,
	"non_unicode": wOther, "nonchar": wOther, "surrogate": wOther, "syscalls": wOther,
	"prototype": wOther, "void_unusual": wOther, "locale": wOther,
}

// warnState is the warnings pragma in force in a lexical scope. Without
// any use/no warnings (set false) perl's -w and $^W decide at run time.
type warnState struct {
	set       bool
	on, fatal warnCat
}

// warnings returns the state where the compiler is.
func (c *compiler) warnings() warnState {
	if len(c.warnStack) == 0 {
		return warnState{}
	}
	return c.warnStack[len(c.warnStack)-1]
}

// setWarnings applies use/no warnings LIST to the current scope.
func (c *compiler) setWarnings(u *parser.UseDecl) {
	on := u.Keyword == "use"
	names, ok := c.constantList(u)
	if !ok {
		c.fail(u.Pos.Line, "use warnings: the category list must be constant strings")
	}
	s := c.warnings()
	s.set = true
	fatal, nonfatal := false, false
	var cats warnCat
	any := false
	for _, n := range names {
		switch n {
		case "FATAL":
			fatal, nonfatal = true, false
			continue
		case "NONFATAL":
			fatal, nonfatal = false, true
			continue
		}
		cat, known := warnCategories[n]
		if !known && strings.HasPrefix(n, "experimental::") {
			cat, known = wOther, true
		}
		if !known {
			c.fail(u.Pos.Line, "Unknown warnings category '%s'", n)
		}
		cats |= cat
		any = true
	}
	if !any {
		cats = wAll
	}
	switch {
	case !on:
		s.on &^= cats
		s.fatal &^= cats
	case fatal:
		s.on |= cats
		s.fatal |= cats
	case nonfatal:
		s.on |= cats
		s.fatal &^= cats
	default:
		s.on |= cats
	}
	c.warnStack[len(c.warnStack)-1] = s
}

// warnSite is one place that may warn, made at compile time. A nil site
// means the warnings it would give are off there, so the checks cost
// nothing; a dynamic site (no warnings pragma in scope) asks $^W when
// it is about to warn.
type warnSite struct {
	file string
	line int
	// op is perl's name of the operation: "addition (+)".
	op        string
	on, fatal warnCat
	dyn       bool
}

// site returns the warning site for the current statement, or nil when
// none of cats can be on.
func (c *compiler) site(op string, cats warnCat) *warnSite {
	s := c.warnings()
	if s.set && s.on&cats == 0 {
		return nil
	}
	w := &warnSite{file: c.file, line: c.line, op: op, on: s.on, fatal: s.fatal}
	if !s.set {
		w.dyn, w.on, w.fatal = true, wAll, 0
	}
	return w
}

// active reports whether the site warns in cat now.
func (w *warnSite) active(it *Interp, cat warnCat) bool {
	return w != nil && w.on&cat != 0 && (!w.dyn || it.dollarW())
}

// dollarW is $^W, set by -w.
func (it *Interp) dollarW() bool {
	g := it.symbols["main::^W"]
	return g != nil && g.Scalar.Bool()
}

// emit issues a warning of the site's category: to $SIG{__WARN__} or
// STDERR, or as a die when the category is FATAL.
func (w *warnSite) emit(it *Interp, cat warnCat, msg string) {
	msg = it.withPosition(msg, w.file, w.line)
	if w.fatal&cat != 0 {
		it.dieMsg(msg)
	}
	it.warnMsg(msg)
}

// uninit warns about an undefined operand; name is "$x" or "".
func (w *warnSite) uninit(it *Interp, name string) {
	if !w.active(it, wUninit) {
		return
	}
	if name != "" {
		name += " "
	}
	w.emit(it, wUninit, "Use of uninitialized value "+name+"in "+w.op)
}

// checkNum warns about an operand used as a number that is undefined or
// a string that does not look like one.
func (w *warnSite) checkNum(fr *frame, v value.Scalar, name namer) {
	switch v.Kind() {
	case value.Undef:
		if w.active(fr.it, wUninit) {
			w.uninit(fr.it, name.get(fr))
		}
	case value.Str:
		if !v.LooksLikeNumber() && w.active(fr.it, wNumeric) {
			w.emit(fr.it, wNumeric, fmt.Sprintf("Argument \"%s\" isn't numeric in %s", displayArg(v.String()), w.op))
		}
	}
}

// checkStr warns about an undefined operand used as a string.
func (w *warnSite) checkStr(fr *frame, v value.Scalar, name namer) {
	if v.IsUndef() && w.active(fr.it, wUninit) {
		w.uninit(fr.it, name.get(fr))
	}
}

// displayArg shows a string in a "isn't numeric" warning as perl's
// S_not_a_number does: escapes for newline and the like, ^X for other
// control characters, and at most about 56 characters with "...".
func displayArg(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		if sb.Len() >= 56 {
			sb.WriteString("...")
			break
		}
		ch := s[i]
		if ch&128 != 0 {
			sb.WriteString("M-")
			ch &= 127
		}
		switch {
		case ch == '\n':
			sb.WriteString("\\n")
		case ch == '\r':
			sb.WriteString("\\r")
		case ch == '\f':
			sb.WriteString("\\f")
		case ch == '\\':
			sb.WriteString("\\\\")
		case ch == 0:
			sb.WriteString("\\0")
		case ch >= 32 && ch < 127:
			sb.WriteByte(ch)
		default:
			sb.WriteByte('^')
			sb.WriteByte(ch ^ 64)
		}
	}
	return sb.String()
}

// namer gives the name perl uses for an operand in "Use of uninitialized
// value $x": nil when perl gives none.
type namer func(fr *frame) string

func (n namer) get(fr *frame) string {
	if n == nil {
		return ""
	}
	return n(fr)
}

// varName returns the namer of an expression: plain variables, and
// elements of named arrays and hashes whose subscript is a constant or a
// plain scalar variable.
func (c *compiler) varName(n parser.Node) namer {
	switch x := n.(type) {
	case *parser.Var:
		if x.Sigil != '$' {
			return nil
		}
		s := "$" + c.displayName('$', x.Name)
		return func(*frame) string { return s }
	case *parser.List:
		if x.Paren && len(x.Items) == 1 {
			return c.varName(x.Items[0])
		}
	case *parser.Call:
		// length(undef) is undef: perl names the variable it measured.
		if x.Name == "length" && !x.Amp && len(x.Args) == 1 {
			return c.varName(x.Args[0])
		}
	case *parser.Elem:
		v, ok := x.Container.(*parser.Var)
		if !ok || (v.Sigil != '@' && v.Sigil != '%') {
			return nil
		}
		base := "$" + v.Name
		if v.Name != "_" {
			base = "$" + c.displayName(v.Sigil, v.Name)
		}
		key := c.constOrVar(x.Key)
		if key == nil {
			return nil
		}
		if x.Hash {
			return func(fr *frame) string { return base + "{" + strconv.Quote(key(fr).String()) + "}" }
		}
		return func(fr *frame) string { return base + "[" + key(fr).String() + "]" }
	}
	return nil
}

// varNameMatch is varName where perl cannot tell which operand was
// undefined (both are variables): then it names only real containers,
// and an element that does not exist has no name.
func (c *compiler) varNameMatch(n parser.Node, match bool) namer {
	name := c.varName(n)
	e, ok := n.(*parser.Elem)
	if !match || !ok || name == nil {
		return name
	}
	v := e.Container.(*parser.Var)
	key := c.constOrVar(e.Key)
	if e.Hash {
		h := c.hashVar(v.Name)
		return func(fr *frame) string {
			if !h(fr).Exists(key(fr).String()) {
				return ""
			}
			return name(fr)
		}
	}
	a := c.arrayVar(v.Name)
	return func(fr *frame) string {
		arr := a(fr)
		i := int(key(fr).Int())
		if i < 0 {
			i += arr.Len()
		}
		if i < 0 || i >= arr.Len() || arr.Elems[i] == nil {
			return ""
		}
		return name(fr)
	}
}

// constOrVar compiles a subscript that is a constant or a plain scalar
// variable (safe to evaluate again for a message); nil otherwise.
func (c *compiler) constOrVar(n parser.Node) scalarFn {
	switch x := n.(type) {
	case *parser.StringLit, *parser.NumberLit:
		return c.scalar(x)
	case *parser.Unary:
		if _, ok := x.X.(*parser.NumberLit); ok && x.Op == "neg" {
			return c.scalar(x)
		}
	case *parser.Var:
		if x.Sigil == '$' && c.magicGet(x.Name) == nil {
			return c.scalar(x)
		}
	case *parser.Bareword:
		v := value.StrValue(x.Name)
		return func(*frame) value.Scalar { return v }
	}
	return nil
}

// displayName is a variable's name as perl's warnings print it: lexicals
// and globals of main bare, other packages' globals qualified.
func (c *compiler) displayName(sigil byte, name string) string {
	if _, ok := c.lookup(sigil, name); ok {
		return name
	}
	full := c.qualify(name)
	return strings.TrimPrefix(full, "main::")
}

// listNamer names the values of a list built from items: each scalar
// item is one value, a named array its elements ($a[1]); after anything
// else the values are not named.
func (c *compiler) listNamer(items []parser.Node) func(fr *frame, idx int) string {
	type part struct {
		one namer
		arr arrayFn
		nm  string
	}
	var parts []part
items:
	for _, it := range items {
		switch x := it.(type) {
		case *parser.Var:
			if x.Sigil == '@' {
				parts = append(parts, part{arr: c.arrayVar(x.Name), nm: "$" + c.displayName('@', x.Name)})
				continue
			}
			if x.Sigil == '$' {
				parts = append(parts, part{one: c.varName(x)})
				continue
			}
		case *parser.Elem, *parser.StringLit, *parser.NumberLit, *parser.InterpString, *parser.Binary:
			parts = append(parts, part{one: c.varName(x)})
			continue
		}
		break items
	}
	return func(fr *frame, idx int) string {
		for _, p := range parts {
			if p.arr != nil {
				a := p.arr(fr)
				n := a.Len()
				if idx < n {
					if a.Elems[idx] == nil {
						// A hole, never stored: perl names nothing.
						return ""
					}
					return p.nm + "[" + strconv.Itoa(idx) + "]"
				}
				idx -= n
				continue
			}
			if idx == 0 {
				return p.one.get(fr)
			}
			idx--
		}
		return ""
	}
}

// checkList warns for each undefined value of a list operator's
// arguments (print, join, sprintf).
func (w *warnSite) checkList(fr *frame, vals []value.Scalar, names func(*frame, int) string, offset int) {
	for i, v := range vals {
		if v.IsUndef() && w.active(fr.it, wUninit) {
			w.uninit(fr.it, names(fr, i+offset))
		}
	}
}

// warnArg is an argument wrapped by the compiler so that it warns when
// its value is undefined (or not numeric) where it is used.
type warnArg struct {
	inner   parser.Node
	site    *warnSite
	numeric bool
}

// At implements parser.Node.
func (a *warnArg) At() lexer.Position { return a.inner.At() }

// warnArgScalar compiles a wrapped argument.
func (c *compiler) warnArgScalar(a *warnArg) scalarFn {
	f := c.scalar(a.inner)
	name := c.varName(a.inner)
	w := a.site
	if a.numeric {
		return func(fr *frame) value.Scalar {
			v := f(fr)
			if k := v.Kind(); k == value.Undef || k == value.Str {
				w.checkNum(fr, v, name)
			}
			return v
		}
	}
	return func(fr *frame) value.Scalar {
		v := f(fr)
		if v.IsUndef() {
			w.checkStr(fr, v, name)
		}
		return v
	}
}

// warnArgs wraps the first n arguments of a built-in call (with $_ for a
// missing one) so that they warn as operands of op.
func (c *compiler) warnArgs(x *parser.Call, op string, n int, numeric bool) *parser.Call {
	cats := wUninit
	if numeric {
		cats |= wNumeric
	}
	w := c.site(op, cats)
	if w == nil {
		return x
	}
	cp := *x
	cp.Args = append([]parser.Node(nil), x.Args...)
	if len(cp.Args) == 0 && n > 0 {
		cp.Args = []parser.Node{&parser.Var{Sigil: '$', Name: "_"}}
	}
	for i := 0; i < n && i < len(cp.Args); i++ {
		cp.Args[i] = &warnArg{inner: cp.Args[i], site: w, numeric: numeric}
	}
	return &cp
}

// compileWarning is a warning perl gives while compiling; dyn ones
// (no warnings pragma in scope) appear only under -w.
type compileWarning struct {
	msg string
	dyn bool
	// key tells apart identical messages from different places on one
	// line; the same place compiled twice warns once.
	key string
}

// Phases of compile-time warnings: perl gives some as it parses, void
// context ones when the enclosing block ends, and some only when the
// whole sub has been compiled.
const (
	phaseParse = iota
	phaseVoid
	phasePeep
)

// warnCompile records a compile-time warning of cat at the current line.
func (c *compiler) warnCompile(cat warnCat, format string, args ...any) {
	c.warnCompilePhase(phaseParse, cat, format, args...)
}

// warnCompilePhase records a compile-time warning given in a phase.
func (c *compiler) warnCompilePhase(phase int, cat warnCat, format string, args ...any) {
	s := c.warnings()
	if s.set && s.on&cat == 0 {
		return
	}
	w := compileWarning{msg: fmt.Sprintf(format, args...) + fmt.Sprintf(" at %s line %d.\n", c.file, c.line), dyn: !s.set, key: c.warnKey}
	switch {
	case phase == phaseVoid && len(c.voidPending) > 0:
		c.voidPending[len(c.voidPending)-1] = append(c.voidPending[len(c.voidPending)-1], w)
	case phase == phasePeep:
		if c.peepPending == nil {
			c.peepPending = map[*subState][]compileWarning{}
		}
		c.peepPending[c.sub] = append(c.peepPending[c.sub], w)
	default:
		c.addCompileWarning(w)
	}
}

// addCompileWarning adds a warning to the program's list once (the same
// construct may be compiled for two contexts).
func (c *compiler) addCompileWarning(w compileWarning) {
	for _, old := range c.prog.compileWarnings {
		if old.msg == w.msg && old.key == w.key {
			return
		}
	}
	c.prog.compileWarnings = append(c.prog.compileWarnings, w)
}

// flushVoidWarnings gives the void-context warnings of the scope being
// closed.
func (c *compiler) flushVoidWarnings() {
	n := len(c.voidPending)
	if n == 0 {
		return
	}
	for _, w := range c.voidPending[n-1] {
		c.addCompileWarning(w)
	}
	c.voidPending = c.voidPending[:n-1]
}

// flushPeepWarnings gives the warnings of a sub whose compilation ended.
func (c *compiler) flushPeepWarnings(st *subState) {
	for _, w := range c.peepPending[st] {
		c.addCompileWarning(w)
	}
	delete(c.peepPending, st)
}

// emitCompileWarnings writes the compile-time warnings as the run
// starts, where perl would have printed them while compiling.
func (it *Interp) emitCompileWarnings() {
	for _, w := range it.prog.compileWarnings {
		if w.dyn && !it.cfg.Warnings && !it.prog.dashW {
			continue
		}
		if it.stderr.IO != nil {
			it.stderr.IO.WriteString(it.ctx, w.msg)
			it.stderr.IO.Flush()
		}
	}
}

// warnLine records the warnings state of a statement's line, for the
// run-time warnings of built-ins that know only their file and line.
func (c *compiler) warnLine() {
	s := c.warnings()
	if !s.set {
		return
	}
	if c.prog.warnLines == nil {
		c.prog.warnLines = map[fileLine]warnState{}
	}
	c.prog.warnLines[fileLine{c.file, c.line}] = s
}

// fileLine is a position in the program's source files.
type fileLine struct {
	file string
	line int
}

// warnOn reports whether a warning of cat is on at file:line: the
// lexical pragma there, or -w/$^W where there is none.
func (it *Interp) warnOn(cat warnCat, file string, line int) bool {
	if s, ok := it.prog.warnLines[fileLine{file, line}]; ok {
		return s.on&cat != 0
	}
	return it.dollarW()
}

// warnIf warns at file:line when cat is on there.
func (it *Interp) warnIf(cat warnCat, file string, line int, format string, args ...any) {
	if !it.warnOn(cat, file, line) {
		return
	}
	msg := it.withPosition(fmt.Sprintf(format, args...), file, line)
	if s, ok := it.prog.warnLines[fileLine{file, line}]; ok && s.fatal&cat != 0 {
		it.dieMsg(msg)
	}
	it.warnMsg(msg)
}

// shebangWarnings reports whether the script's #! line names perl with
// a -w switch (#!/usr/bin/perl -w, #!perl -wT), which perl obeys even
// when started as `perl script`.
func shebangWarnings(src []byte) bool {
	if len(src) < 2 || src[0] != '#' || src[1] != '!' {
		return false
	}
	line := string(src)
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	i := strings.Index(line, "perl")
	if i < 0 {
		return false
	}
	for _, f := range strings.Fields(line[i:])[1:] {
		if !strings.HasPrefix(f, "-") || strings.HasPrefix(f, "--") {
			break
		}
		if len(f) > 1 && strings.IndexByte("MmIdDxeElC0", f[1]) >= 0 {
			// A switch with an argument (-Mwarnings, -I/w): not -w.
			continue
		}
		if strings.ContainsRune(f[1:], 'w') {
			return true
		}
	}
	return false
}
