package parser

import (
	"fmt"
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// Error is a compile-time error in perl's wording:
//
//	syntax error at x.pl line 3, near "+;"
type Error struct {
	Pos plex.Position
	Msg string
	// Near asks for perl's `, near "..."` (or `, at EOF`) suffix.
	Near bool
	// NearText is the source around the error, filled in by Parse.
	NearText string
	// AtEOF is set when the error is at the end of the file.
	AtEOF bool
	// Unclosed is set when the file ends inside { or [, which perl reports
	// before the syntax error.
	Unclosed bool
}

// Error implements error.
func (e *Error) Error() string {
	if e.Pos.Filename == "" && e.Pos.Line == 0 {
		return e.Msg
	}
	s := fmt.Sprintf("%s at %s line %d", e.Msg, e.Pos.Filename, e.Pos.Line)
	switch {
	case !e.Near:
		return s + ".\n"
	case e.AtEOF:
		s += ", at EOF"
		if e.Unclosed {
			s = fmt.Sprintf("Missing right curly or square bracket at %s line %d, at end of line\n", e.Pos.Filename, e.Pos.Line) + s
		}
	default:
		s += ", near \"" + e.NearText + "\""
	}
	return s + "\n"
}

// fillNear sets the `near "..."` text as perl shows it: from the token
// before the offending one (when on the same line) through the offending
// token.
func (e *Error) fillNear(src []byte, toks []plex.Token) {
	if !e.Near {
		return
	}
	idx := -1
	for i, t := range toks {
		if t.Pos.Offset >= e.Pos.Offset {
			idx = i
			break
		}
	}
	if idx < 0 || toks[idx].Type == lexer.EOF {
		e.AtEOF = true
		// perl counts the end of the file as on its last line.
		e.Pos.Line = strings.Count(string(src), "\n")
		if len(src) > 0 && src[len(src)-1] != '\n' {
			e.Pos.Line++
		}
		depth := 0
		for _, t := range toks {
			if t.Type == lexer.Op {
				switch t.Value {
				case "{", "[":
					depth++
				case "}", "]":
					depth--
				}
			}
		}
		e.Unclosed = depth > 0
		return
	}
	start := toks[idx].Pos.Offset
	if idx > 0 && toks[idx-1].Pos.Line == toks[idx].Pos.Line {
		start = toks[idx-1].Pos.Offset
	}
	end := len(src)
	if idx+1 < len(toks) && toks[idx+1].Pos.Offset > toks[idx].Pos.Offset {
		end = toks[idx+1].Pos.Offset
	}
	// The offending token ends at the next token's start, less the space
	// between them; after a word or a variable perl's lexer has already
	// skipped the blanks that follow, and its message shows them.
	for end > start && (src[end-1] == ' ' || src[end-1] == '\t' || src[end-1] == '\n') {
		end--
	}
	switch toks[idx].Type {
	case lexer.Ident, lexer.Keyword, lexer.ScalarVar, lexer.ArrayVar, lexer.HashVar:
		for end < len(src) && (src[end] == ' ' || src[end] == '\t') {
			end++
		}
	}
	if end <= start {
		end = start + 1
		if end > len(src) {
			end = len(src)
		}
	}
	e.NearText = string(src[start:end])
}
