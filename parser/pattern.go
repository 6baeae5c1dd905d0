package parser

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// pattern splits a Pattern token into the pattern, the replacement and
// the flags, interpolating as perl does for each operator.
func (p *exprParser) pattern(t *plex.Token) Node {
	op, parts, flags, delim := lexer.QuoteParts(t.Value)
	if op == "y" {
		op = "tr"
	}
	n := &Pattern{base: base{t.Pos}, Text: t.Value, Op: op, Flags: flags}
	body := ""
	if len(parts) > 0 {
		body = parts[0]
	}
	switch op {
	case "tr":
		n.Re = &StringLit{base{t.Pos}, body}
		repl := ""
		if len(parts) > 1 {
			repl = parts[1]
		}
		n.Repl = &StringLit{base{t.Pos}, repl}
		return n
	}
	// Single quotes as delimiters interpolate nothing.
	if delim == '\'' {
		n.Re = &StringLit{base{t.Pos}, body}
	} else {
		n.Re = p.interpolateRegex(t, body)
	}
	if op == "s" {
		repl := ""
		if len(parts) > 1 {
			repl = parts[1]
		}
		switch {
		case strings.Contains(flags, "e"):
			expr, err := ParseExpr(t.Pos.Filename, repl, t.Pos.Line)
			if err != nil {
				// The replacement of s///e is a block: statements are
				// allowed, and the last one gives the value.
				expr, err = ParseExpr(t.Pos.Filename, "do {"+repl+"\n}", t.Pos.Line)
			}
			if err != nil {
				e := toError(err)
				panic(e)
			}
			n.Repl = expr
		case delim == '\'':
			n.Repl = &StringLit{base{t.Pos}, repl}
		default:
			rt := *t
			rt.Value = repl
			n.Repl = p.interpolate(&rt)
		}
	}
	return n
}

// interpolateRegex interpolates variables into a pattern body, leaving
// everything else — escapes included — for the regex engine. A $ that
// does not start a variable name ($ at the end, before ) or |) is an
// anchor.
func (p *exprParser) interpolateRegex(t *plex.Token, body string) Node {
	in := &interpolator{src: body, pos: t.Pos, p: p, regex: true}
	parts, _ := in.parts(0, false)
	switch len(parts) {
	case 0:
		return &StringLit{base{t.Pos}, ""}
	case 1:
		if s, ok := parts[0].(*StringLit); ok {
			return s
		}
	}
	return &InterpString{base{t.Pos}, parts}
}
