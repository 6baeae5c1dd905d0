package parser

import (
	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// SubAttrs are a sub's attributes: `sub name :lvalue :method {...}`,
// `sub name :prototype($$) {...}`.
type SubAttrs struct {
	// Names are the attributes as written, without arguments.
	Names []string
	// Proto is the text of :prototype(...), when given.
	Proto *string
}

// Parse implements participle.Parseable: a colon, then attributes
// separated by spaces or further colons, each with an optional
// parenthesised argument.
func (a *SubAttrs) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Op || t.Value != ":" {
		return participle.NextMatch
	}
	cp := lex.MakeCheckpoint()
	lex.Next()
	for {
		n := lex.Peek()
		if n.Type == lexer.Op && n.Value == ":" {
			lex.Next()
			continue
		}
		if n.Type != lexer.Ident {
			break
		}
		lex.Next()
		a.Names = append(a.Names, n.Value)
		if p := lex.Peek(); p.Type == lexer.Op && p.Value == "(" {
			lex.Next()
			text := ""
			for depth := 1; ; {
				q := lex.Next()
				if q.Type == lexer.EOF {
					return &Error{Pos: q.Pos, Msg: "syntax error", Near: true}
				}
				if q.Type == lexer.Op && q.Value == "(" {
					depth++
				}
				if q.Type == lexer.Op && q.Value == ")" {
					if depth--; depth == 0 {
						break
					}
				}
				if q.Type == lexer.ScalarVar && q.Value == "$)" {
					// ($;$) lexes its end as the variable $).
					text += "$"
					break
				}
				text += q.Value
			}
			if n.Value == "prototype" {
				a.Proto = &text
			}
		}
	}
	if len(a.Names) == 0 {
		lex.LoadCheckpoint(cp)
		return participle.NextMatch
	}
	return nil
}

// PrototypeText is the sub's prototype, from (PROTO) or :prototype(...),
// and whether it has one.
func (d *SubDecl) PrototypeText() (string, bool) {
	if d.Proto != nil {
		return d.Proto.Text, true
	}
	for _, a := range []*SubAttrs{d.Attrs, d.After} {
		if a != nil && a.Proto != nil {
			return *a.Proto, true
		}
	}
	return "", false
}

// HasAttr reports whether the sub has the attribute name (lvalue,
// method).
func (d *SubDecl) HasAttr(name string) bool {
	for _, a := range []*SubAttrs{d.Attrs, d.After} {
		if a == nil {
			continue
		}
		for _, n := range a.Names {
			if n == name {
				return true
			}
		}
	}
	return false
}

// EndLabel is `LABEL:` on the empty statement before a closing brace,
// which perl allows (`NEXT: }`).
type EndLabel struct {
	Name string
}

// Parse implements participle.Parseable: an identifier and a colon
// with a closing brace after them (left unread).
func (l *EndLabel) Parse(lex *plex.PeekingLexer) error {
	if !labelBeforeBrace(lex) {
		return participle.NextMatch
	}
	l.Name = lex.Next().Value
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
