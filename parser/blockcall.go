package parser

import (
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

// markBlockCalls retypes, in place, the uses `NAME {` of subs declared
// before them with a (&...) prototype.
func markBlockCalls(toks []plex.Token) {
	var names map[string]bool
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if t.Type == lexer.Keyword && t.Value == "sub" && i+3 < len(toks) &&
			toks[i+1].Type == lexer.Ident && isOpTok(&toks[i+2], "(") && toks[i+3].Value == "&" {
			if names == nil {
				names = map[string]bool{}
			}
			names[toks[i+1].Value] = true
			i++ // the declaration's own name is not a call
			continue
		}
		if names == nil || t.Type != lexer.Ident || !names[t.Value] || i+1 >= len(toks) || !isOpTok(&toks[i+1], "{") {
			continue
		}
		if i > 0 && (isOpTok(&toks[i-1], "->") || (toks[i-1].Type == lexer.Keyword && toks[i-1].Value == "sub")) {
			continue
		}
		t.Type = blockCallIdent
	}
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
