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

// binaryAfter reports whether n is a + or - written as a binary
// operator, with space after it (`print LIMIT + 1`), where a handle
// would be followed by a signed term (`print FH -1`).
func (p *exprParser) binaryAfter(n *plex.Token) bool {
	if n.Type != lexer.Op || (n.Value != "+" && n.Value != "-") {
		return false
	}
	cp := p.lex.MakeCheckpoint()
	defer p.lex.LoadCheckpoint(cp)
	p.next()
	p.next()
	after := p.peek()
	return after.Pos.Offset > n.Pos.Offset+1
}

// misplacedUnderscore reports an underscore in a numeric literal that is
// not between two digits (hex digits after 0x).
func misplacedUnderscore(text string) bool {
	hex := len(text) > 1 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')
	isDigit := func(c byte) bool {
		return c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
	}
	for i := 0; i < len(text); i++ {
		if text[i] != '_' {
			continue
		}
		if i == 0 || i == len(text)-1 || !isDigit(text[i-1]) || !isDigit(text[i+1]) {
			return true
		}
		if hex && i == 1 {
			return true
		}
	}
	return false
}
