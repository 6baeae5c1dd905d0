package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// Parse implements participle.Parseable: [my|our|state] $var, or
// my ($a, $b, ...) taking several elements per iteration.
func (v *LoopVar) Parse(lex *plex.PeekingLexer) error {
	cp := lex.MakeCheckpoint()
	t := lex.Peek()
	v.Pos = t.Pos
	if t.Type == lexer.Keyword && (t.Value == "my" || t.Value == "our" || t.Value == "state") {
		v.Decl = t.Value
		lex.Next()
		t = lex.Peek()
	}
	if t.Type == lexer.ScalarVar {
		v.Name = t.Value
		lex.Next()
		return nil
	}
	if v.Decl == "my" && t.Type == lexer.Op && t.Value == "(" {
		lex.Next()
		for {
			n := lex.Next()
			if n.Type != lexer.ScalarVar {
				return &Error{Pos: n.Pos, Msg: "syntax error", Near: true}
			}
			v.Names = append(v.Names, n.Value)
			s := lex.Next()
			if s.Type == lexer.Op && s.Value == ")" {
				return nil
			}
			if s.Type != lexer.Op || s.Value != "," {
				return &Error{Pos: s.Pos, Msg: "syntax error", Near: true}
			}
		}
	}
	lex.LoadCheckpoint(cp)
	return participle.NextMatch
}
