package lexer

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// quote scans a quote-like construct: the operator word op spans
// src[start:end] (empty for '...', "..." and `...`, whose quote character
// is at start and op is "q", "qq" or "qx"; and for /.../, op "m").
func (s *scanner) quote(op string, start, end int) error {
	src := s.src
	i := end
	if end > start {
		// Whitespace and comments may separate the word and the delimiter.
		i = s.skipQuoteSpace(end)
	}
	if i >= len(src) {
		return s.unterminated(op, start, 0, "^@")
	}
	open := src[i]
	close := closer(open)
	at := s.findClose(i+1, open, close)
	if at < 0 {
		return s.unterminated(op, start, 0, string(close))
	}
	body := s.text(i+1, at)
	end = at + 1

	var t plex.TokenType
	var v string
	switch op {
	case "q":
		t, v = Str, unescapeSingle(body, open, close)
	case "qq":
		t, v = Interp, body
	case "qw":
		t, v = Words, unescapeSingle(body, open, close)
	case "qx":
		t, v = Command, body
		if open == '\'' {
			// qx'...' does not interpolate; escape the body so that the
			// parser's double-quote processing gives it back unchanged.
			v = protect(body)
		}
	default:
		var err error
		if end, err = s.patternEnd(op, start, end, open, close); err != nil {
			return err
		}
		t, v = Pattern, s.text(start, end)
	}
	s.emit(t, v, start)
	s.pos = end
	s.term = false
	return nil
}

// patternEnd finishes a match, substitution or transliteration whose first
// part ended at end: the second part of s, tr and y, then the flags.
func (s *scanner) patternEnd(op string, start, end int, open, close byte) (int, error) {
	src := s.src
	flags := "msixpodualngc"
	if op == "s" || op == "tr" || op == "y" {
		flags = "msixpodualngcer"
		if op != "s" {
			flags = "cdsr"
		}
		i := end - 1 // a shared delimiter both ends one part and starts the next
		if open != close {
			// Bracketed: the second part has its own delimiters, perhaps
			// after whitespace and comments (`s{a} {b}`, `s{a}/b/`).
			if i = s.skipQuoteSpace(end); i >= len(src) {
				return 0, s.unterminated(op, start, 2, "")
			}
			open = src[i]
			close = closer(open)
		}
		at := s.findClose(i+1, open, close)
		if at < 0 {
			return 0, s.unterminated(op, start, 2, "")
		}
		end = at + 1
	}
	for end < len(src) && containsByte(flags, src[end]) {
		end++
	}
	return end, nil
}

// unterminated is perl's error for a construct whose part-th part (1 or
// 2) never ends.
func (s *scanner) unterminated(op string, start, part int, close string) error {
	switch op {
	case "m", "qr":
		return s.errAt(start, "Search pattern not terminated")
	case "s":
		if part == 2 {
			return s.errAt(start, "Substitution replacement not terminated")
		}
		return s.errAt(start, "Substitution pattern not terminated")
	case "tr", "y":
		if part == 2 {
			return s.errAt(start, "Transliteration replacement not terminated")
		}
		return s.errAt(start, "Transliteration pattern not terminated")
	}
	return s.errTerminator(start, close)
}

// skipQuoteSpace skips whitespace between a quote-like word (ending at i)
// and its delimiter, and comments after at least one whitespace byte:
// `q#x#` is the string x, `q #x#` a comment.
func (s *scanner) skipQuoteSpace(i int) int {
	src := s.src
	from := i
	for i < len(src) {
		switch c := src[i]; {
		case c == '\n':
			i = s.newline(i)
		case isSpace(c):
			i++
		case c == '#' && i > from:
			nl := strings.IndexByte(src[i:], '\n')
			if nl < 0 {
				return len(src)
			}
			i += nl
		default:
			return i
		}
	}
	return i
}

// findClose returns the offset of the delimiter closing a body that starts
// at i, or -1. Backslashes escape the next byte (unless the delimiter is a
// backslash itself) and bracket pairs nest. Crossing the end of a line
// that introduced here-docs cuts their bodies out.
func (s *scanner) findClose(i int, open, close byte) int {
	src := s.src
	depth := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == '\\' && open != '\\':
			if i+1 == s.skipAt {
				i++ // let the newline below cut the here-doc bodies
				continue
			}
			i += 2
			continue
		case c == close:
			if depth == 0 {
				return i
			}
			depth--
		case c == open && open != close:
			depth++
		case c == '\n' && i == s.skipAt:
			i = s.newline(i)
			continue
		}
		i++
	}
	return -1
}

// unescapeSingle processes the escapes of a single-quoted body: `\\` and a
// backslashed delimiter lose their backslash, every other backslash stays.
func unescapeSingle(body string, open, close byte) string {
	i := strings.IndexByte(body, '\\')
	if i < 0 || open == '\\' {
		return body
	}
	var b strings.Builder
	b.Grow(len(body))
	b.WriteString(body[:i])
	for ; i < len(body); i++ {
		c := body[i]
		if c == '\\' && i+1 < len(body) {
			if n := body[i+1]; n == '\\' || n == open || n == close {
				b.WriteByte(n)
				i++
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// protect escapes `\`, `$` and `@` so that double-quote processing yields
// body unchanged.
func protect(body string) string {
	if !strings.ContainsAny(body, `\$@`) {
		return body
	}
	var b strings.Builder
	b.Grow(len(body) + 8)
	for i := 0; i < len(body); i++ {
		if c := body[i]; c == '\\' || c == '$' || c == '@' {
			b.WriteByte('\\')
		}
		b.WriteByte(body[i])
	}
	return b.String()
}

// slash scans `/`: a pattern where a term is expected, else division. After
// shift and pop, `//` is defined-or even so (`shift // 'default'`), as
// toke.c's XTERMORDORDOR has it.
func (s *scanner) slash() error {
	if !s.term {
		return s.op()
	}
	if byteAt(s.src, s.pos+1) == '/' && !s.isMethod(1) {
		if p := s.last(1); p != nil && p.Type == Ident && (p.Value == "shift" || p.Value == "pop" || p.Value == "undef" || p.Value == "wantarray") {
			return s.op()
		}
	}
	return s.quote("m", s.pos, s.pos)
}
