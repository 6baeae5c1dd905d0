package parser

import (
	"fmt"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/lexer"
)

// Expr is a full expression, parsed by precedence climbing over perlop's
// table rather than by one grammar struct per level: participle copies a
// branch per alternative tried, so a 24-level struct grammar is several
// times slower (see docs/ARCHITECTURE.md).
type Expr struct {
	Node Node
}

// Parse implements participle.Parseable.
func (e *Expr) Parse(lex *plex.PeekingLexer) error {
	p := &exprParser{lex: lex}
	if !p.startsTerm(lex.Peek()) && !p.isOp(lex.Peek(), "not") {
		return participle.NextMatch
	}
	n, err := p.catch(p.parseLowOr)
	if err != nil {
		return err
	}
	e.Node = n
	return nil
}

// exprParser walks the token stream for one expression. Errors are raised
// as panics of *Error inside and turned back into errors by catch, which
// keeps the many small parse functions free of error plumbing.
type exprParser struct {
	lex *plex.PeekingLexer
}

func (p *exprParser) catch(f func() Node) (n Node, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(*Error); ok {
				err = e
				return
			}
			panic(r)
		}
	}()
	return f(), nil
}

func (p *exprParser) fail(t *plex.Token, format string, args ...any) {
	panic(&Error{Pos: t.Pos, Msg: fmt.Sprintf(format, args...), Near: true})
}

func (p *exprParser) peek() *plex.Token { return p.lex.Peek() }
func (p *exprParser) next() *plex.Token { return p.lex.Next() }

// peek2 looks one token past the next.
func (p *exprParser) peek2() plex.Token {
	cp := p.lex.MakeCheckpoint()
	p.lex.Next()
	t := *p.lex.Peek()
	p.lex.LoadCheckpoint(cp)
	return t
}

func (p *exprParser) isOp(t *plex.Token, v string) bool {
	return t.Type == lexer.Op && t.Value == v
}

func (p *exprParser) isKeyword(t *plex.Token, v string) bool {
	return t.Type == lexer.Keyword && t.Value == v
}

// accept consumes the operator v if it is next.
func (p *exprParser) accept(v string) bool {
	if p.isOp(p.peek(), v) {
		p.next()
		return true
	}
	return false
}

func (p *exprParser) expect(v string) *plex.Token {
	t := p.peek()
	if !p.isOp(t, v) {
		p.fail(t, "syntax error")
	}
	return p.next()
}

// startsTerm reports whether t can begin an operand.
func (p *exprParser) startsTerm(t *plex.Token) bool {
	switch t.Type {
	case lexer.Number, lexer.Str, lexer.Interp, lexer.Words, lexer.Command,
		lexer.Pattern, lexer.ScalarVar, lexer.ArrayVar, lexer.HashVar,
		lexer.ArrayLen, lexer.FuncVar, lexer.GlobVar, lexer.Cast,
		lexer.Readline, lexer.Ident, blockCallIdent, unaryCallIdent:
		return true
	case lexer.Keyword:
		switch t.Value {
		case "my", "our", "local", "state", "do", "eval", "sub", "return",
			"last", "next", "redo", "__FILE__", "__LINE__", "__PACKAGE__":
			return true
		}
		return false
	case lexer.Op:
		switch t.Value {
		case "(", "[", "{", "\\", "!", "~", "-", "+", "++", "--":
			return true
		}
		return isFileTest(t.Value)
	}
	return false
}

// startsArg is startsTerm for the first argument of a list operator
// written without parentheses, where "{" "[" "-" "+" "<" after a bareword
// more likely continue an expression than start an argument.
func (p *exprParser) startsBarewordArg(t *plex.Token) bool {
	switch t.Type {
	case lexer.Number, lexer.Str, lexer.Interp, lexer.Words, lexer.ScalarVar,
		lexer.ArrayVar, lexer.HashVar, lexer.ArrayLen, lexer.FuncVar, lexer.Cast,
		lexer.Readline:
		return true
	case lexer.Op:
		return t.Value == "\\"
	}
	return false
}

func isFileTest(v string) bool {
	return len(v) == 2 && v[0] == '-' && v[1] >= 'A' && v[1] <= 'z' && (v[1] <= 'Z' || v[1] >= 'a')
}

// ---- low-precedence levels: or xor / and / not / list ----

func (p *exprParser) parseLowOr() Node {
	l := p.parseLowAnd()
	for {
		t := p.peek()
		if p.isOp(t, "or") || p.isOp(t, "xor") {
			p.next()
			r := p.parseLowAnd()
			l = &Logical{base{t.Pos}, t.Value, l, r}
			continue
		}
		return l
	}
}

func (p *exprParser) parseLowAnd() Node {
	l := p.parseLowNot()
	for {
		t := p.peek()
		if p.isOp(t, "and") {
			p.next()
			r := p.parseLowNot()
			l = &Logical{base{t.Pos}, "and", l, r}
			continue
		}
		return l
	}
}

func (p *exprParser) parseLowNot() Node {
	t := p.peek()
	if p.isOp(t, "not") {
		p.next()
		if !p.startsTerm(p.peek()) && !p.isOp(p.peek(), "not") {
			return &Unary{base{t.Pos}, "!", &List{base: base{t.Pos}, Paren: true}}
		}
		return &Unary{base{t.Pos}, "!", p.parseLowNot()}
	}
	return p.parseComma()
}

// parseComma parses a comma list; a single item with no comma is returned
// as itself.
func (p *exprParser) parseComma() Node {
	first := p.parseAssign()
	if !p.isOp(p.peek(), ",") && !p.isOp(p.peek(), "=>") {
		return first
	}
	items := []Node{first}
	for p.isOp(p.peek(), ",") || p.isOp(p.peek(), "=>") {
		p.next()
		if !p.startsTerm(p.peek()) {
			break
		}
		items = append(items, p.parseAssign())
	}
	return &List{base: base{first.At()}, Items: items}
}

// ---- assignment, ternary, range ----

var assignOps = map[string]string{
	"=": "=", "+=": "+", "-=": "-", "*=": "*", "/=": "/", ".=": ".", "%=": "%",
	"x=": "x", "**=": "**", "&=": "&", "|=": "|", "^=": "^", "<<=": "<<",
	">>=": ">>", "&&=": "&&", "||=": "||", "//=": "//",
}

func (p *exprParser) parseAssign() Node {
	l := p.parseTernary()
	t := p.peek()
	if t.Type == lexer.Op {
		if op, ok := assignOps[t.Value]; ok {
			p.next()
			r := p.parseAssign()
			return &Assign{base{t.Pos}, op, l, r}
		}
	}
	return l
}

func (p *exprParser) parseTernary() Node {
	c := p.parseRange()
	t := p.peek()
	if !p.isOp(t, "?") {
		return c
	}
	p.next()
	a := p.parseAssign()
	p.expect(":")
	b := p.parseAssignNoComma()
	return &Ternary{base{t.Pos}, c, a, b}
}

// parseAssignNoComma is the else-branch of ?:, which may itself be a
// ternary or an assignment (perl parses `$c ? $a : $b = 1` as an lvalue
// ternary, handled by parseAssign's caller).
func (p *exprParser) parseAssignNoComma() Node {
	return p.parseTernary()
}

func (p *exprParser) parseRange() Node {
	l := p.parseBinary(precOrOr)
	t := p.peek()
	if p.isOp(t, "..") || p.isOp(t, "...") {
		p.next()
		r := p.parseBinary(precOrOr)
		return &Range{base{t.Pos}, l, r, t.Value == "..."}
	}
	return l
}

// ---- binary operators by precedence climbing ----

const (
	precOrOr = iota + 1
	precAndAnd
	precBitOr
	precBitAnd
	precEquality
	precRelational
	precUniop // named unary operators bind tighter than comparisons
	precShift
	precAdditive
	precMultiplicative
	precBind
)

var binaryPrec = map[string]int{
	"||": precOrOr, "//": precOrOr,
	"&&": precAndAnd,
	"|":  precBitOr, "^": precBitOr,
	"&":  precBitAnd,
	"==": precEquality, "!=": precEquality, "<=>": precEquality,
	"eq": precEquality, "ne": precEquality, "cmp": precEquality, "~~": precEquality,
	"<": precRelational, ">": precRelational, "<=": precRelational, ">=": precRelational,
	"lt": precRelational, "gt": precRelational, "le": precRelational, "ge": precRelational,
	"<<": precShift, ">>": precShift,
	"+": precAdditive, "-": precAdditive, ".": precAdditive,
	"*": precMultiplicative, "/": precMultiplicative, "%": precMultiplicative, "x": precMultiplicative,
	"=~": precBind, "!~": precBind,
}

func (p *exprParser) parseBinary(min int) Node {
	l := p.parseUnary()
	for {
		t := p.peek()
		if t.Type != lexer.Op {
			return l
		}
		prec, ok := binaryPrec[t.Value]
		if !ok || prec < min {
			return l
		}
		p.next()
		if prec == precBind {
			l = p.bindPattern(t, l)
			continue
		}
		r := p.parseBinary(prec + 1)
		switch t.Value {
		case "||", "//", "&&":
			l = &Logical{base{t.Pos}, t.Value, l, r}
		default:
			l = &Binary{base{t.Pos}, t.Value, l, r}
		}
	}
}

// bindPattern parses the right side of =~ or !~.
func (p *exprParser) bindPattern(op *plex.Token, target Node) Node {
	r := p.parseUnary()
	if pat, ok := r.(*Pattern); ok {
		pat.Target = target
		pat.Negate = op.Value == "!~"
		return pat
	}
	return &Binary{base{op.Pos}, op.Value, target, r}
}

// ---- unary, power, increment ----

func (p *exprParser) parseUnary() Node {
	t := p.peek()
	if t.Type == lexer.Op {
		switch t.Value {
		case "!", "~", "\\":
			p.next()
			return &Unary{base{t.Pos}, t.Value, p.parseUnary()}
		case "-":
			p.next()
			if n := p.peek(); n.Type == lexer.Ident && !p.isCallable(n.Value) {
				p.next()
				return &StringLit{base{t.Pos}, "-" + n.Value}
			}
			return &Unary{base{t.Pos}, "neg", p.parseUnary()}
		case "+":
			p.next()
			return p.parseUnary()
		}
		if isFileTest(t.Value) {
			p.next()
			var arg Node
			if p.startsTerm(p.peek()) {
				arg = p.parseBinary(precUniop + 1)
			}
			return &Unary{base{t.Pos}, t.Value, arg}
		}
	}
	return p.parsePow()
}

func (p *exprParser) parsePow() Node {
	b := p.parseIncDec()
	t := p.peek()
	if p.isOp(t, "**") {
		p.next()
		e := p.parseUnary()
		return &Binary{base{t.Pos}, "**", b, e}
	}
	return b
}

func (p *exprParser) parseIncDec() Node {
	t := p.peek()
	if p.isOp(t, "++") || p.isOp(t, "--") {
		p.next()
		x := p.parsePostfix()
		return &IncDec{base{t.Pos}, t.Value, true, x}
	}
	x := p.parsePostfix()
	t = p.peek()
	if p.isOp(t, "++") || p.isOp(t, "--") {
		p.next()
		return &IncDec{base{t.Pos}, t.Value, false, x}
	}
	return x
}

// ---- postfix subscripts and arrows ----

func (p *exprParser) parsePostfix() Node {
	x := p.parseTerm()
	for {
		t := p.peek()
		switch {
		case p.isOp(t, "->"):
			p.next()
			x = p.parseArrow(t, x)
		case (p.isOp(t, "[") || p.isOp(t, "{")) && isSubscript(x):
			// Between subscripts the arrow is optional: $a[0][1], $h{a}{b}.
			x = p.parseSubscript(&Deref{base{t.Pos}, sigilFor(t.Value), x})
		case p.isOp(t, "{") && isGlobTerm(x):
			// *FH{IO}, *{$g}{CODE}: a slot of the glob.
			x = p.parseSubscript(x)
		case p.isOp(t, "(") && isCodeSubscript(x):
			p.next()
			x = &CallRef{base: base{t.Pos}, Code: x, Args: p.parseArgsUntil(")")}
		default:
			return x
		}
	}
}

func isSubscript(n Node) bool {
	switch n.(type) {
	case *Elem, *CallRef:
		return true
	}
	return false
}

// isGlobTerm reports whether n is a glob (*FH or *{...}), which a {THING}
// subscript picks a slot of.
func isGlobTerm(n Node) bool {
	switch x := n.(type) {
	case *Var:
		return x.Sigil == '*'
	case *Deref:
		return x.Sigil == '*'
	}
	return false
}

func isCodeSubscript(n Node) bool {
	switch n.(type) {
	case *CallRef, *Elem:
		// $h{code}(...) and $r->[0](...): the arrow is optional between
		// subscripts, a call's parentheses included.
		return true
	}
	return false
}

func sigilFor(open string) byte {
	if open == "[" {
		return '@'
	}
	return '%'
}

// parseSubscript parses [INDEX] or {KEY} applied to the container c.
func (p *exprParser) parseSubscript(c Node) Node {
	t := p.next()
	if t.Value == "[" {
		idx := p.parseLowOr()
		p.expect("]")
		return &Elem{base: base{c.At()}, Container: c, Key: idx}
	}
	key := p.parseHashKey()
	return &Elem{base: base{c.At()}, Container: c, Key: key, Hash: true}
}

// parseHashKey parses the inside of {...} after the brace, where a lone
// bareword (or -bareword) is a string.
func (p *exprParser) parseHashKey() Node {
	t := p.peek()
	if t.Type == lexer.Ident || t.Type == lexer.Keyword {
		if n := p.peek2(); p.isOp(&n, "}") {
			p.next()
			p.next()
			return &StringLit{base{t.Pos}, t.Value}
		}
	}
	if p.isOp(t, "-") {
		cp := p.lex.MakeCheckpoint()
		p.next()
		w := p.peek()
		if w.Type == lexer.Ident {
			if n := p.peek2(); p.isOp(&n, "}") {
				p.next()
				p.next()
				return &StringLit{base{t.Pos}, "-" + w.Value}
			}
		}
		p.lex.LoadCheckpoint(cp)
	}
	k := p.parseLowOr()
	p.expect("}")
	return k
}

func (p *exprParser) parseArrow(arrow *plex.Token, x Node) Node {
	t := p.peek()
	switch {
	case p.isOp(t, "["):
		return p.parseSubscript(&Deref{base{t.Pos}, '@', x})
	case p.isOp(t, "{"):
		return p.parseSubscript(&Deref{base{t.Pos}, '%', x})
	case p.isOp(t, "("):
		p.next()
		return &CallRef{base: base{t.Pos}, Code: x, Args: p.parseArgsUntil(")")}
	case t.Type == lexer.Ident || t.Type == lexer.Keyword:
		p.next()
		m := &MethodCall{base: base{t.Pos}, Invocant: x, Name: t.Value}
		if p.accept("(") {
			m.Args = p.parseArgsUntil(")")
		}
		return m
	case t.Type == lexer.ScalarVar:
		p.next()
		m := &MethodCall{base: base{t.Pos}, Invocant: x, Dynamic: &Var{base{t.Pos}, '$', t.Value[1:]}}
		if p.accept("(") {
			m.Args = p.parseArgsUntil(")")
		}
		return m
	case t.Type == lexer.ArrayVar && t.Value == "@*":
		p.next()
		return &Deref{base{t.Pos}, '@', x}
	case t.Type == lexer.Cast && t.Value == "@":
		p.next()
		p.expect("*")
		return &Deref{base{t.Pos}, '@', x}
	case t.Type == lexer.Cast && t.Value == "%":
		p.next()
		p.expect("*")
		return &Deref{base{t.Pos}, '%', x}
	case t.Type == lexer.Cast && t.Value == "$":
		p.next()
		p.expect("*")
		return &Deref{base{t.Pos}, '$', x}
	}
	p.fail(t, "syntax error")
	return nil
}

// parseArgsUntil parses a possibly empty comma list and the closing token.
func (p *exprParser) parseArgsUntil(closer string) []Node {
	if p.accept(closer) {
		return nil
	}
	n := p.parseLowOr()
	p.expect(closer)
	return flatten(n)
}

// flatten turns a top-level unparenthesised List into its items.
func flatten(n Node) []Node {
	if l, ok := n.(*List); ok && !l.Paren {
		return l.Items
	}
	return []Node{n}
}

// isCallable reports whether a bareword names a built-in function.
func (p *exprParser) isCallable(name string) bool {
	_, ok := builtins.Lookup(name)
	return ok
}
