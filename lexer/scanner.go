package lexer

import (
	"strings"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// scanner holds the state of one tokenisation. It is created per call, so
// any number of them may run concurrently.
type scanner struct {
	file string
	src  string // the source; token values are substrings of it where possible
	pos  int    // next byte to scan
	toks []plex.Token
	done bool // __END__, __DATA__ or a logical end-of-file byte was met

	// term is true where perl's toke.c would expect a term (XTERM) rather
	// than an operator (XOPERATOR); see context.go.
	term bool
	// braces records what each open `{` is, to know what its `}` ends.
	braces []braceKind
	// subs are the subroutines declared so far (`sub NAME`, `use constant
	// NAME`), true for those taking no arguments, as perl knows them when
	// it lexes a later call.
	subs map[string]bool
	// constDepth is len(braces) inside a `use constant { ... }` block,
	// whose keys declare constants; -1 outside one.
	constDepth int

	// Here-document bodies are cut out of the code: when the scan reaches
	// the newline at skipAt it continues at skipTo (-1: nothing pending).
	// cutFrom and cutTo remember the last region cut, so a token that
	// spans it (a string continuing on the next line) can leave it out.
	skipAt, skipTo int
	cutFrom, cutTo int

	// Position cache: the line and column at byte offset pcOff. Tokens are
	// made in source order, so positions are found by scanning forward.
	pcOff, pcLine, pcCol int

	// formatErr is set when a format declaration has no closing dot.
	formatErr error
}

func newScanner(file, src string) *scanner {
	return &scanner{
		file:       file,
		src:        src,
		toks:       make([]plex.Token, 0, len(src)/4+16), // about one token per 5 bytes in real code
		term:       true,
		constDepth: -1,
		skipAt:     -1,
		cutFrom:    -1,
		cutTo:      -1,
		pcLine:     1,
		pcCol:      1,
	}
}

// run scans the whole source, leaving the tokens in s.toks ending with EOF.
func (s *scanner) run() error {
	for !s.done {
		s.skipSpace()
		if s.pos >= len(s.src) {
			break
		}
		if err := s.token(); err != nil {
			return err
		}
	}
	end := len(s.src)
	if s.pos < end && !s.dataSeen() {
		end = s.pos // a logical end-of-file byte
	}
	s.emit(EOF, "", end)
	return nil
}

func (s *scanner) dataSeen() bool {
	return len(s.toks) > 0 && s.toks[len(s.toks)-1].Type == Data
}

// token scans one token (or a few, for `$$x` and the like) at s.pos.
func (s *scanner) token() error {
	src := s.src
	c := src[s.pos]
	if isAlpha(c) {
		return s.word()
	}
	if isDigit(c) {
		return s.number()
	}
	switch c {
	case '$':
		return s.dollar()
	case '@':
		s.at()
		return nil
	case '%', '&', '*':
		s.sigilOrOp(c)
		return nil
	case '\'':
		return s.quote("q", s.pos, s.pos)
	case '"':
		return s.quote("qq", s.pos, s.pos)
	case '`':
		return s.quote("qx", s.pos, s.pos)
	case '/':
		return s.slash()
	case '<':
		return s.lessThan()
	case '.':
		if s.term && isDigit(byteAt(src, s.pos+1)) {
			return s.number()
		}
	case '-':
		if s.term && s.fileTest() {
			return nil
		}
	case ':':
		if startsIdent(src, s.pos) {
			return s.word()
		}
	case '{':
		s.openBrace()
		return nil
	case '}':
		s.closeBrace()
		return nil
	case 0, 4, 26:
		// NUL, ^D and ^Z end the script, as in perl.
		s.done = true
		return nil
	}
	return s.op()
}

// skipSpace skips whitespace, comments and POD, and jumps over here-doc
// bodies at the end of the line that introduced them.
func (s *scanner) skipSpace() {
	src := s.src
	for s.pos < len(src) {
		switch c := src[s.pos]; c {
		case ' ', '\t', '\r', '\f', '\v':
			s.pos++
		case '\n':
			s.pos = s.newline(s.pos)
		case '#':
			if i := strings.IndexByte(src[s.pos:], '\n'); i >= 0 {
				s.pos += i
			} else {
				s.pos = len(src)
			}
		case '=':
			// POD starts with `=word` at the beginning of a line.
			if (s.pos == 0 || src[s.pos-1] == '\n') && isAlpha(byteAt(src, s.pos+1)) {
				s.pos = skipPod(src, s.pos)
				continue
			}
			return
		default:
			return
		}
	}
}

// newline returns where scanning continues after the newline at i,
// cutting out the bodies of here-docs started on the line it ends.
func (s *scanner) newline(i int) int {
	if i != s.skipAt {
		return i + 1
	}
	s.cutFrom, s.cutTo = i+1, s.skipTo
	s.skipAt = -1
	return s.skipTo
}

// skipPod returns the offset after the POD block starting at i: past the
// line starting with `=cut`, or the end of the source.
func skipPod(src string, i int) int {
	for i < len(src) {
		nl := strings.IndexByte(src[i:], '\n')
		next := len(src)
		if nl >= 0 {
			next = i + nl + 1
		}
		if strings.HasPrefix(src[i:], "=cut") && !isWord(byteAt(src, i+4)) {
			return next
		}
		i = next
	}
	return len(src)
}

// peek returns the offset of the next significant byte at or after i,
// skipping whitespace, comments and pending here-doc bodies, without
// consuming anything.
func (s *scanner) peek(i int) int {
	src := s.src
	for i < len(src) {
		switch src[i] {
		case ' ', '\t', '\r', '\f', '\v':
			i++
		case '\n':
			if i == s.skipAt {
				i = s.skipTo
			} else {
				i++
			}
		case '#':
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

// fatCommaAt reports whether `=>` follows i, perhaps after whitespace.
func (s *scanner) fatCommaAt(i int) bool {
	i = s.peek(i)
	return byteAt(s.src, i) == '=' && byteAt(s.src, i+1) == '>'
}

// text returns src[a:b] without any here-doc body cut out of that range.
func (s *scanner) text(a, b int) string {
	if a < s.cutFrom && s.cutTo <= b {
		return s.src[a:s.cutFrom] + s.src[s.cutTo:b]
	}
	return s.src[a:b]
}

// emit appends a token starting at byte offset off.
func (s *scanner) emit(t plex.TokenType, v string, off int) {
	s.toks = append(s.toks, plex.Token{Type: t, Value: v, Pos: s.position(off)})
}

// last returns the n-th token back (1 is the latest), or nil.
func (s *scanner) last(n int) *plex.Token {
	if i := len(s.toks) - n; i >= 0 {
		return &s.toks[i]
	}
	return nil
}

// position returns the position of byte offset off: 1-based line and a
// 1-based column counted in UTF-8 characters, as participle counts them.
func (s *scanner) position(off int) plex.Position {
	if off < s.pcOff {
		s.pcOff, s.pcLine, s.pcCol = 0, 1, 1
	}
	src, line, col := s.src, s.pcLine, s.pcCol
	for i := s.pcOff; i < off; i++ {
		if c := src[i]; c == '\n' {
			line++
			col = 1
		} else if c < 0x80 || c >= 0xC0 {
			col++
		}
	}
	s.pcOff, s.pcLine, s.pcCol = off, line, col
	return plex.Position{Filename: s.file, Offset: off, Line: line, Column: col}
}
