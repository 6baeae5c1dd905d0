package parser

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// blockCallIdent is the token type of a bareword that names a sub
// declared earlier in the file with a prototype starting with &, when a
// block follows it: `apply { $_ * 2 } 1, 2, 3`. perl parses such a call
// like grep, with the block as an anonymous sub; it can do so because it
// has compiled the declaration by then. The expression parser sees one
// token at a time, so markBlockCalls gives it that knowledge by retyping
// the word before parsing starts.
const blockCallIdent plex.TokenType = -1000

// unaryCallIdent is the token type of a bareword naming a sub declared
// earlier with a prototype that makes perl parse it as a named unary
// operator: ($), (_), (;$), (\@), (\[$@%]) and the like. `one $x, $y`
// is then `one($x), $y`.
const unaryCallIdent plex.TokenType = -1001

// markBlockCalls retypes, in place, the uses `NAME {` of subs declared
// before them with a (&...) prototype, and the uses of subs declared
// with a unary prototype.
func markBlockCalls(toks []plex.Token, known map[string]string) {
	var names map[string]byte // 'b': block first; 'u': unary
	for full, proto := range known {
		kind := protoKind(proto)
		if kind == 0 {
			continue
		}
		if names == nil {
			names = map[string]byte{}
		}
		names[full] = kind
		if i := strings.LastIndex(full, "::"); i >= 0 {
			names[full[i+2:]] = kind
		}
	}
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Type == lexer.Keyword && t.Value == "sub" && i+3 < len(toks) &&
			toks[i+1].Type == lexer.Ident && isOpTok(&toks[i+2], "(") {
			if names == nil {
				names = map[string]byte{}
			}
			if toks[i+3].Value == "&" {
				names[toks[i+1].Value] = 'b'
			} else if unaryProto(toks[i+3:]) {
				names[toks[i+1].Value] = 'u'
			} else {
				delete(names, toks[i+1].Value)
			}
			i++ // the declaration's own name is not a call
			continue
		}
		if names == nil || t.Type != lexer.Ident || i+1 >= len(toks) {
			continue
		}
		kind := names[t.Value]
		if kind == 0 || i > 0 && (isOpTok(&toks[i-1], "->") || (toks[i-1].Type == lexer.Keyword && toks[i-1].Value == "sub")) {
			continue
		}
		next := &toks[i+1]
		switch {
		case kind == 'b' && isOpTok(next, "{"):
			t.Type = blockCallIdent
		case kind == 'u' && !isOpTok(next, "=>") && !isOpTok(next, "::") && !isOpTok(next, "->") &&
			!(i > 0 && isOpTok(&toks[i-1], "{") && isOpTok(next, "}")):
			t.Type = unaryCallIdent
		}
	}
}

// unaryProto reports whether the prototype tokens after `(` make a
// named unary operator, as perl's toke.c decides: after any leading
// semicolons, exactly one of $ _ * +, or one \X or \[...].
func unaryProto(toks []plex.Token) bool {
	var proto strings.Builder
	for _, t := range toks {
		if isOpTok(&t, ")") {
			break
		}
		if t.Type == lexer.ScalarVar && t.Value == "$)" {
			// ($;$) lexes its end as the variable $).
			proto.WriteString("$")
			break
		}
		if t.Type == lexer.EOF || proto.Len() > 40 {
			return false
		}
		proto.WriteString(t.Value)
	}
	return unaryProtoText(proto.String())
}

// unaryProtoText is unaryProto for a prototype's text.
func unaryProtoText(p string) bool {
	p = strings.ReplaceAll(p, " ", "")
	p = strings.TrimLeft(p, ";")
	switch {
	case len(p) == 1 && strings.ContainsAny(p, "$_*+"):
		return true
	case len(p) == 2 && p[0] == '\\':
		return true
	case strings.HasPrefix(p, "\\[") && strings.HasSuffix(p, "]") && strings.Count(p, "]") == 1:
		return true
	}
	return false
}

func isOpTok(t *plex.Token, v string) bool {
	return t.Type == lexer.Op && t.Value == v
}

// parseBlockCall parses NAME BLOCK LIST for a sub with a (&...)
// prototype: a call whose first argument is the block as an anonymous
// sub, followed by the list, if any, with no comma between them.
func (p *exprParser) parseBlockCall() Node {
	t := p.next()
	c := &Call{base: base{t.Pos}, Name: t.Value}
	open := p.peek().Pos
	c.Args = []Node{&AnonSub{base{open}, p.parseBlock()}}
	if p.startsTerm(p.peek()) {
		c.Args = append(c.Args, flatten(p.parseComma())...)
	}
	return c
}

// parseUnaryCall parses a call of a sub with a unary prototype: NAME,
// NAME(ARGS) or NAME followed by one operand binding tighter than
// comparison operators.
func (p *exprParser) parseUnaryCall() Node {
	t := p.next()
	c := &Call{base: base{t.Pos}, Name: t.Value}
	p.parseUnaryArgs(c)
	return c
}

// protoKind is 'b' for a prototype starting with &, 'u' for a unary
// one, 0 otherwise.
func protoKind(proto string) byte {
	switch {
	case strings.HasPrefix(proto, "&"):
		return 'b'
	case unaryProtoText(proto):
		return 'u'
	}
	return 0
}
