package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// notAnonHash matches nothing; it stops a statement that starts with a
// brace from being read as a bare block when perl would read an
// anonymous hash instead: `{}` and `{ WORD => ...` or `{ "str", ...`,
// as in `map { { name => $_ } } @list` or a sub returning `{ a => 1 }`.
type notAnonHash struct{}

// Parse implements participle.Parseable.
func (*notAnonHash) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Op || t.Value != "{" {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	defer lex.LoadCheckpoint(cp)
	lex.Next()
	first := lex.Next()
	if first.Type == lexer.Op && first.Value == "}" {
		return participle.NextMatch
	}
	if first.Type == lexer.Ident || first.Type == lexer.Str || first.Type == lexer.Interp || first.Type == lexer.Number {
		if n := lex.Peek(); n.Type == lexer.Op && (n.Value == "," || n.Value == "=>") {
			return participle.NextMatch
		}
	}
	return nil
}
