package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// SubAttr is one sub attribute: `:lvalue`, `:method`,
// `:prototype($$)`.
type SubAttr struct {
	Name string   `parser:"@Ident"`
	Arg  *AttrArg `parser:"@@?"`
}

// AttrArg is an attribute's parenthesised argument, kept as text.
type AttrArg struct {
	Text string
}

// Parse implements participle.Parseable: ( ... ) with nested
// parentheses, the tokens' text joined.
func (a *AttrArg) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Op || t.Value != "(" {
		return participle.NextMatch
	}
	lex.Next()
	for depth := 1; ; {
		q := lex.Next()
		switch {
		case q.Type == lexer.EOF:
			return &Error{Pos: q.Pos, Msg: "syntax error", Near: true}
		case q.Type == lexer.Op && q.Value == "(":
			depth++
		case q.Type == lexer.Op && q.Value == ")":
			if depth--; depth == 0 {
				return nil
			}
		case q.Type == lexer.ScalarVar && q.Value == "$)":
			// ($;$) lexes its end as the variable $).
			a.Text += "$"
			if depth--; depth == 0 {
				return nil
			}
			continue
		}
		a.Text += q.Value
	}
}

// PrototypeText is the sub's prototype, from (PROTO) or :prototype(...),
// and whether it has one.
func (d *SubDecl) PrototypeText() (string, bool) {
	if d.Proto != nil {
		return d.Proto.Text, true
	}
	for _, list := range [][]*SubAttr{d.Attrs, d.After} {
		for _, a := range list {
			if a.Name == "prototype" && a.Arg != nil {
				return a.Arg.Text, true
			}
		}
	}
	return "", false
}

// HasAttr reports whether the sub has the attribute name (lvalue,
// method).
func (d *SubDecl) HasAttr(name string) bool {
	for _, list := range [][]*SubAttr{d.Attrs, d.After} {
		for _, a := range list {
			if a.Name == name {
				return true
			}
		}
	}
	return false
}

// RareStmt is a statement form seldom met, tried after the common ones:
// a format declaration, or `LABEL:` on the empty statement before a
// closing brace, which perl allows (`NEXT: }`). One Parseable serves
// both because participle allocates each alternative it tries, and
// every block's end tries them all.
type RareStmt struct {
	Format   *FormatDecl
	EndLabel string
}

// Parse implements participle.Parseable.
func (r *RareStmt) Parse(lex *plex.PeekingLexer) error {
	if lex.Peek().Type == lexer.Format {
		r.Format = &FormatDecl{}
		return r.Format.Parse(lex)
	}
	if !labelBeforeBrace(lex) {
		return participle.NextMatch
	}
	r.EndLabel = lex.Next().Value
	lex.Next()
	return nil
}

// labelBeforeBrace reports whether the next tokens are `NAME : }`.
func labelBeforeBrace(lex *plex.PeekingLexer) bool {
	t := lex.Peek()
	if t.Type != lexer.Ident {
		return false
	}
	cp := lex.MakeCheckpoint()
	defer lex.LoadCheckpoint(cp)
	lex.Next()
	colon := lex.Next()
	end := lex.Peek()
	return colon.Type == lexer.Op && colon.Value == ":" && end.Type == lexer.Op && end.Value == "}"
}
