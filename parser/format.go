package parser

import (
	"strings"

	"github.com/alecthomas/participle/v2"
	plex "github.com/alecthomas/participle/v2/lexer"

	"github.com/miniperl/miniperl/lexer"
)

// FormatDecl is `format NAME =` with its picture lines, up to the line
// holding a lone dot (perlform).
type FormatDecl struct {
	Pos plex.Position
	// Name is the format's name as written; empty means STDOUT.
	Name  string
	Lines []*FormatLine
}

// FormatLine is one picture line of a format and, when the picture has
// fields, the arguments of the line after it.
type FormatLine struct {
	// Picture is the line without its newline.
	Picture string
	// Args are the argument line's expressions, nil for a literal line.
	Args []Node
	// Line is the picture's line number in the file; ArgLine is the
	// argument line's.
	Line, ArgLine int
}

// Parse implements participle.Parseable: the lexer hands over the whole
// declaration as one Format token, and the argument lines are parsed here
// as expression lists.
func (f *FormatDecl) Parse(lex *plex.PeekingLexer) error {
	t := lex.Peek()
	if t.Type != lexer.Format {
		return participle.NextMatch
	}
	lex.Next()
	f.Pos = t.Pos
	name, body, _ := strings.Cut(t.Value, "\n")
	f.Name = name
	lines := strings.SplitAfter(body, "\n")
	if len(lines) > 0 && lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	lineNo := t.Pos.Line + 1
	for i := 0; i < len(lines); i++ {
		pic := strings.TrimRight(lines[i], "\n")
		picLine := lineNo + i
		if strings.HasPrefix(pic, "#") {
			continue
		}
		fl := &FormatLine{Picture: pic, Line: picLine}
		f.Lines = append(f.Lines, fl)
		if !strings.ContainsAny(pic, "@^") {
			continue
		}
		// The argument line follows; `{` opens arguments that may run
		// over several lines up to the matching `}`.
		i++
		if i >= len(lines) {
			break
		}
		argLine := lineNo + i
		fl.ArgLine = argLine
		src := lines[i]
		if strings.HasPrefix(strings.TrimSpace(src), "{") {
			depth := strings.Count(src, "{") - strings.Count(src, "}")
			for depth > 0 && i+1 < len(lines) {
				i++
				src += lines[i]
				depth += strings.Count(lines[i], "{") - strings.Count(lines[i], "}")
			}
			src = strings.TrimSpace(src)
			src = strings.TrimSuffix(strings.TrimPrefix(src, "{"), "}")
		}
		if strings.TrimSpace(src) == "" {
			continue
		}
		n, err := ParseExpr(t.Pos.Filename, src, argLine)
		if err != nil {
			return err
		}
		fl.Args = flatten(n)
	}
	return nil
}
