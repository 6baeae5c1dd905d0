package parser

import (
	"strconv"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/lexer"
)

// parseTerm parses one operand: a literal, a variable with its subscripts,
// a parenthesised list, an anonymous constructor, or a call.
func (p *exprParser) parseTerm() Node {
	t := p.peek()
	switch t.Type {
	case lexer.Number:
		p.next()
		isInt, i, f := lexer.ParseNumber(t.Value)
		n := &NumberLit{base: base{t.Pos}, IsInt: isInt, Int: i, Float: f, Misplaced: misplacedUnderscore(t.Value)}
		if !isInt {
			n.Uint, n.IsUint = parseUintLiteral(t.Value)
		}
		return n
	case lexer.Str:
		p.next()
		return &StringLit{base{t.Pos}, t.Value}
	case lexer.Interp:
		p.next()
		return p.interpolate(t)
	case lexer.Words:
		p.next()
		return &WordList{base{t.Pos}, strings.Fields(t.Value)}
	case lexer.Command:
		p.next()
		return &Command{base{t.Pos}, p.interpolate(t)}
	case lexer.Pattern:
		p.next()
		return p.pattern(t)
	case lexer.ScalarVar:
		p.next()
		name := t.Value[1:]
		switch n := p.peek(); {
		case p.isOp(n, "["):
			return p.parseSubscript(&Var{base{t.Pos}, '@', name})
		case p.isOp(n, "{"):
			return p.parseSubscript(&Var{base{t.Pos}, '%', name})
		}
		return &Var{base{t.Pos}, '$', name}
	case lexer.ArrayVar:
		p.next()
		return p.parseSliceOr(t, &Var{base{t.Pos}, '@', t.Value[1:]}, &Var{base{t.Pos}, '%', t.Value[1:]}, false)
	case lexer.HashVar:
		p.next()
		v := &Var{base{t.Pos}, '%', t.Value[1:]}
		if p.isOp(p.peek(), "{") || p.isOp(p.peek(), "[") {
			return p.parseSliceOr(t, &Var{base{t.Pos}, '@', t.Value[1:]}, v, true)
		}
		return v
	case lexer.ArrayLen:
		p.next()
		return &Var{base{t.Pos}, '#', t.Value[2:]}
	case lexer.GlobVar:
		p.next()
		return &Var{base{t.Pos}, '*', t.Value[1:]}
	case lexer.FuncVar:
		p.next()
		c := &Call{base: base{t.Pos}, Name: t.Value[1:], Amp: true}
		if p.accept("(") {
			c.Paren = true
			c.Args = p.parseArgsUntil(")")
		}
		return c
	case lexer.Cast:
		p.next()
		return p.parseCast(t)
	case lexer.Readline:
		p.next()
		r := &Readline{base: base{t.Pos}}
		if isGlobPattern(t.Value) {
			// <*.c> is glob("*.c"), the pattern interpolated.
			pat := *t
			return &Call{base: base{t.Pos}, Name: "glob", Args: []Node{p.interpolate(&pat)}, Paren: true}
		}
		switch {
		case strings.HasPrefix(t.Value, "$"):
			r.Var = &Var{base{t.Pos}, '$', t.Value[1:]}
		case t.Value == "" || t.Value == "<>":
			r.Handle = "ARGV"
		default:
			r.Handle = t.Value
		}
		return r
	case lexer.Ident:
		return p.parseWord()
	case blockCallIdent:
		return p.parseBlockCall()
	case unaryCallIdent:
		return p.parseUnaryCall()
	case lexer.Keyword:
		return p.parseKeywordTerm()
	case lexer.Op:
		switch t.Value {
		case "(":
			p.next()
			var items []Node
			if !p.accept(")") {
				items = flatten(p.parseLowOr())
				p.expect(")")
			}
			l := &List{base: base{t.Pos}, Items: items, Paren: true}
			if p.isOp(p.peek(), "[") {
				p.next()
				keys := p.parseLowOr()
				p.expect("]")
				return &ListSlice{base{t.Pos}, l, keys}
			}
			return l
		case "[":
			p.next()
			var l Node = &List{base: base{t.Pos}}
			if !p.accept("]") {
				l = p.parseLowOr()
				p.expect("]")
			}
			return &AnonArray{base{t.Pos}, l}
		case "{":
			p.next()
			var l Node = &List{base: base{t.Pos}}
			if !p.accept("}") {
				l = p.parseLowOr()
				p.expect("}")
			}
			return &AnonHash{base{t.Pos}, l}
		}
	case lexer.EOF:
		p.fail(t, "syntax error")
	}
	p.fail(t, "syntax error")
	return nil
}

// parseSliceOr parses @x[...] / @x{...} / %x{...} slices, or returns the
// plain variable.
func (p *exprParser) parseSliceOr(t *plex.Token, arr, hash Node, kv bool) Node {
	n := p.peek()
	switch {
	case p.isOp(n, "["):
		p.next()
		keys := p.parseArgsList("]")
		return &Slice{base: base{t.Pos}, Container: arr, Keys: keys, KV: kv}
	case p.isOp(n, "{"):
		p.next()
		keys := p.parseHashKey()
		return &Slice{base: base{t.Pos}, Container: hash, Keys: keys, Hash: true, KV: kv}
	}
	if kv {
		return hash
	}
	return arr
}

// parseArgsList parses a list up to closer and returns it as one node.
func (p *exprParser) parseArgsList(closer string) Node {
	pos := p.peek().Pos
	return &List{base: base{pos}, Items: p.parseArgsUntil(closer), Paren: true}
}

// parseCast parses what follows a dereferencing sigil: a scalar variable,
// another cast, or a block {EXPR}; then any subscript that makes it an
// element or slice ($$r[0] is element 0 of @$r).
func (p *exprParser) parseCast(sig *plex.Token) Node {
	var inner Node
	t := p.peek()
	switch {
	case t.Type == lexer.ScalarVar:
		p.next()
		inner = &Var{base{t.Pos}, '$', t.Value[1:]}
	case t.Type == lexer.Cast && t.Value == "$":
		p.next()
		inner = &Deref{base{t.Pos}, '$', p.parseCastInner()}
	case p.isOp(t, "{"):
		p.next()
		inner = p.parseLowOr()
		p.expect("}")
	default:
		p.fail(t, "syntax error")
	}
	pos := base{sig.Pos}
	switch sig.Value {
	case "$":
		switch n := p.peek(); {
		case p.isOp(n, "["):
			return p.parseSubscript(&Deref{pos, '@', inner})
		case p.isOp(n, "{"):
			return p.parseSubscript(&Deref{pos, '%', inner})
		}
		return &Deref{pos, '$', inner}
	case "@":
		return p.parseSliceOr(sig, &Deref{pos, '@', inner}, &Deref{pos, '%', inner}, false)
	case "%":
		if n := p.peek(); p.isOp(n, "{") || p.isOp(n, "[") {
			// %$r{...} and %$r[...]: key/value slices through a reference.
			return p.parseSliceOr(sig, &Deref{pos, '@', inner}, &Deref{pos, '%', inner}, true)
		}
		return &Deref{pos, '%', inner}
	case "&":
		c := &CallRef{base: pos, Code: inner}
		if p.accept("(") {
			c.Args = p.parseArgsUntil(")")
		} else {
			c.NoArgs = true
		}
		return c
	case "$#":
		return &Deref{pos, '#', inner}
	case "*":
		return &Deref{pos, '*', inner}
	}
	p.fail(sig, "syntax error")
	return nil
}

// parseCastInner parses the operand of a nested cast ($$$r).
func (p *exprParser) parseCastInner() Node {
	t := p.peek()
	switch {
	case t.Type == lexer.ScalarVar:
		p.next()
		return &Var{base{t.Pos}, '$', t.Value[1:]}
	case t.Type == lexer.Cast && t.Value == "$":
		p.next()
		return &Deref{base{t.Pos}, '$', p.parseCastInner()}
	case p.isOp(t, "{"):
		p.next()
		n := p.parseLowOr()
		p.expect("}")
		return n
	}
	p.fail(t, "syntax error")
	return nil
}

// parseKeywordTerm parses the keywords that can stand in an expression.
func (p *exprParser) parseKeywordTerm() Node {
	t := p.next()
	pos := base{t.Pos}
	switch t.Value {
	case "my", "our", "local", "state":
		d := &Decl{base: pos, Kind: t.Value}
		if t.Value != "local" && p.isOp(p.peek(), "(") {
			p.next()
			d.Paren = true
			for !p.accept(")") {
				v := p.next()
				switch v.Type {
				case lexer.ScalarVar:
					d.Vars = append(d.Vars, &Var{base{v.Pos}, '$', v.Value[1:]})
				case lexer.ArrayVar:
					d.Vars = append(d.Vars, &Var{base{v.Pos}, '@', v.Value[1:]})
				case lexer.HashVar:
					d.Vars = append(d.Vars, &Var{base{v.Pos}, '%', v.Value[1:]})
				case lexer.Ident:
					if v.Value != "undef" {
						p.fail(v, "syntax error")
					}
					d.Vars = append(d.Vars, nil)
				default:
					p.fail(v, "syntax error")
				}
				if !p.accept(",") && !p.isOp(p.peek(), ")") {
					p.fail(p.peek(), "syntax error")
				}
			}
			return d
		}
		if t.Value == "local" {
			d.Vars = []Node{p.parsePostfix()}
			if l, ok := d.Vars[0].(*List); ok {
				d.Vars, d.Paren = l.Items, true
			}
			return d
		}
		v := p.next()
		switch v.Type {
		case lexer.ScalarVar:
			d.Vars = []Node{&Var{base{v.Pos}, '$', v.Value[1:]}}
		case lexer.ArrayVar:
			d.Vars = []Node{&Var{base{v.Pos}, '@', v.Value[1:]}}
		case lexer.HashVar:
			d.Vars = []Node{&Var{base{v.Pos}, '%', v.Value[1:]}}
		default:
			p.fail(v, "syntax error")
		}
		return d
	case "sub":
		if p.peek().Type == lexer.Ident {
			p.fail(p.peek(), "syntax error")
		}
		skipPrototype(p)
		return &AnonSub{pos, p.parseBlock()}
	case "do":
		if p.isOp(p.peek(), "{") {
			return &DoBlock{pos, p.parseBlock()}
		}
		return &DoFile{pos, p.parseBinary(precUniop + 1)}
	case "eval":
		if p.isOp(p.peek(), "{") {
			return &EvalBlock{pos, p.parseBlock()}
		}
		c := &Call{base: pos, Name: "eval"}
		p.parseUnaryArgs(c)
		return c
	case "return":
		c := &Control{base: pos, Op: "return"}
		if p.startsTerm(p.peek()) {
			c.Value = p.parseComma()
		}
		return c
	case "last", "next", "redo":
		c := &Control{base: pos, Op: t.Value}
		if n := p.peek(); n.Type == lexer.Ident {
			p.next()
			c.Label = n.Value
		}
		return c
	case "__FILE__":
		return &StringLit{pos, t.Pos.Filename}
	case "__LINE__":
		return &NumberLit{base: pos, IsInt: true, Int: int64(t.Pos.Line)}
	case "__PACKAGE__":
		return &Magic{pos, "__PACKAGE__"}
	}
	p.fail(t, "syntax error")
	return nil
}

// parseBlock parses a { ... } block with the statement grammar.
func (p *exprParser) parseBlock() *Block {
	if !p.isOp(p.peek(), "{") {
		p.fail(p.peek(), "syntax error")
	}
	b, err := parseBlockFrom(p.lex)
	if err != nil {
		panic(toError(err))
	}
	return b
}

// skipPrototype skips a sub's prototype, e.g. ($$;@); prototypes only
// change how perl parses calls to predeclared subs.
func skipPrototype(p *exprParser) {
	if !p.isOp(p.peek(), "(") {
		return
	}
	p.next()
	for !p.isOp(p.peek(), ")") {
		if p.peek().Type == lexer.EOF {
			p.fail(p.peek(), "syntax error")
		}
		if t := p.next(); t.Type == lexer.ScalarVar && t.Value == "$)" {
			// ($;$) lexes its end as the variable $).
			return
		}
	}
	p.next()
}

// parseWord parses a bareword: a built-in call, a user sub call, a class
// name before ->, a string before =>, or a plain bareword.
func (p *exprParser) parseWord() Node {
	t := p.next()
	pos := base{t.Pos}
	n := p.peek()
	if p.isOp(n, "=>") {
		return &StringLit{pos, t.Value}
	}
	if vs, ok := vString(t.Value); ok {
		return &StringLit{pos, vs}
	}
	if p.isOp(n, "->") || p.isOp(n, "::") {
		return &Bareword{pos, t.Value}
	}
	if info, ok := builtins.Lookup(t.Value); ok {
		return p.parseBuiltin(t, info)
	}
	if t.Value == "new" && n.Type == lexer.Ident && !p.isCallable(n.Value) {
		// Indirect object syntax, the common case: new Foo(ARGS).
		class := p.next()
		m := &MethodCall{base: pos, Invocant: &Bareword{base{class.Pos}, class.Value}, Name: "new"}
		if p.accept("(") {
			m.Args = p.parseArgsUntil(")")
		}
		return m
	}
	c := &Call{base: pos, Name: t.Value}
	if blockFunctions[t.Value] && (p.isOp(n, "{") || (p.isOp(n, "(") && p.peek2Is("{"))) {
		// first { ... } @list and the other List::Util functions with a
		// (&@) prototype: the block is an anonymous sub.
		p.parseBlockFirstArgs(c)
		return c
	}
	switch {
	case p.isOp(n, "("):
		p.next()
		c.Paren = true
		c.Args = p.parseArgsUntil(")")
		return c
	case p.startsBarewordArg(n):
		c.Args = flatten(p.parseComma())
		return c
	}
	return &Bareword{pos, t.Value}
}

// parseBuiltin parses a built-in's arguments according to its class.
func (p *exprParser) parseBuiltin(t *plex.Token, info builtins.Info) Node {
	c := &Call{base: base{t.Pos}, Name: t.Value}
	switch {
	case info.Class == builtins.NoArgs:
		if p.accept("(") {
			p.expect(")")
			c.Paren = true
		}
		return c
	case info.PrintLike:
		p.parsePrintArgs(c)
		return c
	case info.BlockFirst:
		p.parseBlockFirstArgs(c)
		return c
	case info.Class == builtins.NamedUnary:
		p.parseUnaryArgs(c)
		if info.Handles > 0 && len(c.Args) == 1 {
			c.Args[0] = asHandle(c.Args[0])
		}
		return c
	}
	if p.accept("(") {
		c.Paren = true
		c.Args = p.parseArgsUntil(")")
	} else if p.startsTerm(p.peek()) {
		c.Args = flatten(p.parseComma())
	}
	for i := 0; i < info.Handles && i < len(c.Args); i++ {
		c.Args[i] = asHandle(c.Args[i])
	}
	return c
}

// asHandle turns a bareword argument in a filehandle position into a
// FileHandle; anything else (a scalar holding a handle, my $fh) stays.
func asHandle(n Node) Node {
	switch b := n.(type) {
	case *Bareword:
		return &FileHandle{base: b.base, Name: b.Name}
	case *Call:
		if !b.Paren && b.Args == nil && !b.Amp {
			if _, builtin := builtins.Lookup(b.Name); !builtin {
				return &FileHandle{base: b.base, Name: b.Name}
			}
		}
	}
	return n
}

// parseUnaryArgs parses the optional single argument of a named unary
// operator: either in parentheses, or an operand binding tighter than
// comparison operators (`length $x > 3` is `length($x) > 3`).
func (p *exprParser) parseUnaryArgs(c *Call) {
	if p.accept("(") {
		c.Paren = true
		c.Args = p.parseArgsUntil(")")
		return
	}
	if p.startsTerm(p.peek()) {
		c.Args = []Node{p.parseBinary(precUniop + 1)}
	}
}

// parsePrintArgs parses print/printf/say: an optional filehandle (a
// bareword, a {block} or a simple scalar followed by a term, with no comma
// after it), then the list.
func (p *exprParser) parsePrintArgs(c *Call) {
	closer := ""
	if p.accept("(") {
		c.Paren = true
		closer = ")"
	}
	t := p.peek()
	switch {
	case p.isOp(t, "{"):
		p.next()
		h := p.parseLowOr()
		p.expect("}")
		c.Handle = &FileHandle{base: base{t.Pos}, Expr: h}
	case t.Type == lexer.Ident:
		// perl knows which barewords are subs; without that knowledge here,
		// a handle is an upper-case word (SOCK, STDERR) or one followed by a
		// string, which is how scripts write them.
		if _, builtin := builtins.Lookup(t.Value); !builtin && !macroFunctions[t.Value] {
			n := p.peek2()
			upper := strings.ToUpper(t.Value) == t.Value
			handleLike := upper || n.Type == lexer.Str || n.Type == lexer.Interp
			if strings.Contains(t.Value, "::") && p.isOp(&n, "(") || p.binaryAfter(&n) {
				// POSIX::floor(...), CONSTANT + 1: a call, not a handle.
				handleLike = false
			}
			if handleLike && (!p.isOp(&n, "(") || upper) && !p.isOp(&n, ",") && !p.isOp(&n, "=>") && !p.isOp(&n, "->") &&
				(p.startsTerm(&n) || p.isOp(&n, ";") || p.isOp(&n, ")") || n.Type == lexer.EOF || n.Type == lexer.Keyword) {
				p.next()
				c.Handle = &FileHandle{base: base{t.Pos}, Name: t.Value}
			}
		}
	case t.Type == lexer.ScalarVar:
		n := p.peek2()
		if p.startsTerm(&n) && n.Type != lexer.Op {
			p.next()
			c.Handle = &FileHandle{base: base{t.Pos}, Expr: &Var{base{t.Pos}, '$', t.Value[1:]}}
		}
	}
	if closer != "" {
		c.Args = p.parseArgsUntil(closer)
		return
	}
	if p.startsTerm(p.peek()) {
		c.Args = flatten(p.parseComma())
	}
}

// parseBlockFirstArgs parses map/grep/sort with an optional leading block.
func (p *exprParser) parseBlockFirstArgs(c *Call) {
	closer := ""
	if p.accept("(") {
		c.Paren = true
		closer = ")"
	}
	if p.isOp(p.peek(), "{") {
		c.Block = p.parseBlock()
		p.accept(",")
	} else if c.Name == "sort" && p.peek().Type == lexer.Ident && !p.isCallable(p.peek().Value) {
		if n := p.peek2(); !p.isOp(&n, "(") && !p.isOp(&n, ",") {
			t := p.next()
			c.Handle = &Bareword{base{t.Pos}, t.Value}
		}
	} else if c.Name == "sort" && p.peek().Type == lexer.ScalarVar {
		if n := p.peek2(); p.startsTerm(&n) && n.Type != lexer.Op {
			t := p.next()
			c.Handle = &Var{base{t.Pos}, '$', t.Value[1:]}
		}
	}
	if closer != "" {
		c.Args = p.parseArgsUntil(closer)
		return
	}
	if p.startsTerm(p.peek()) {
		c.Args = flatten(p.parseComma())
	}
}

// parseUintLiteral reads an integer literal too big for int64 that fits
// in uint64 (decimal, 0x, 0b, or 0 octal).
func parseUintLiteral(text string) (uint64, bool) {
	t := strings.ReplaceAll(text, "_", "")
	base := 10
	switch {
	case strings.HasPrefix(t, "0x") || strings.HasPrefix(t, "0X"):
		base, t = 16, t[2:]
	case strings.HasPrefix(t, "0b") || strings.HasPrefix(t, "0B"):
		base, t = 2, t[2:]
	case strings.HasPrefix(t, "0o"):
		base, t = 8, t[2:]
	case len(t) > 1 && t[0] == '0':
		base, t = 8, t[1:]
	}
	u, err := strconv.ParseUint(t, base, 64)
	return u, err == nil
}

// blockFunctions are the common imported functions with a (&@)
// prototype, which perl parses like grep: `first { $_ > 1 } @list`.
var blockFunctions = map[string]bool{
	"first": true, "any": true, "all": true, "none": true, "notall": true,
	"reduce": true, "reductions": true, "pairmap": true, "pairgrep": true,
	"max_by": true, "min_by": true, "sort_by": true, "nsort_by": true, "uniq_by": true,
}

// peek2Is reports whether the token after the next is the operator v.
func (p *exprParser) peek2Is(v string) bool {
	n := p.peek2()
	return p.isOp(&n, v)
}

// vString decodes a v-string literal (v1.22.333): the characters with
// those code points.
func vString(word string) (string, bool) {
	if len(word) < 2 || word[0] != 'v' {
		return "", false
	}
	var sb strings.Builder
	for _, part := range strings.Split(word[1:], ".") {
		n, err := strconv.ParseUint(strings.ReplaceAll(part, "_", ""), 10, 31)
		if err != nil || part == "" {
			return "", false
		}
		writeChar(&sb, rune(n))
	}
	return sb.String(), true
}

// isGlobPattern reports whether the contents of <...> are a file glob
// rather than a handle: anything but nothing, <>, NAME or $name.
func isGlobPattern(v string) bool {
	if v == "" || v == "<>" {
		return false
	}
	i := 0
	if v[0] == '$' {
		i = 1
	}
	if i == len(v) {
		return true
	}
	for j := i; j < len(v); j++ {
		c := v[j]
		if !(c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || (j > i && c >= '0' && c <= '9')) {
			return true
		}
	}
	return false
}

// macroFunctions are the upper-case functions of Fcntl and POSIX (the C
// macros over stat modes and wait statuses) that scripts print directly:
// after print they are calls, never filehandles.
var macroFunctions = map[string]bool{
	"S_ISREG": true, "S_ISDIR": true, "S_ISLNK": true, "S_ISBLK": true, "S_ISCHR": true,
	"S_ISFIFO": true, "S_ISSOCK": true, "S_IFMT": true, "S_IMODE": true,
	"WIFEXITED": true, "WEXITSTATUS": true, "WIFSIGNALED": true, "WTERMSIG": true,
	"WIFSTOPPED": true, "WSTOPSIG": true,
}
