package lexer

import "strings"

// lessThan scans `<`: where a term is expected a readline (`<FH>`,
// `<$fh>`, `<>`, `<<>>`) or a here-doc, else an operator.
func (s *scanner) lessThan() error {
	if !s.term && s.importedHeredoc() {
		if ok, err := s.heredoc(); ok || err != nil {
			return err
		}
	}
	if s.term {
		src, start := s.src, s.pos
		if strings.HasPrefix(src[start:], "<<>>") {
			s.readline(start, start+4, "<>")
			return nil
		}
		if byteAt(src, start+1) == '<' {
			if ok, err := s.heredoc(); ok || err != nil {
				return err
			}
		} else if end, ok := readlineEnd(src, start); ok {
			s.readline(start, end, src[start+1:end-1])
			return nil
		} else if end, ok := globEnd(src, start); ok {
			// <*.c>: a file glob, which the parser tells from a
			// readline by its contents.
			s.readline(start, end, src[start+1:end-1])
			return nil
		}
	}
	return s.op()
}

// importedHeredoc reports whether `<<` after a bareword perl would know
// as an imported sub (`_sprintf562 <<'CODE', $x`) starts a here-doc. Perl
// knows the sub and expects a term; this lexer does not know it, so, like
// perl's guess for `print $fh <<"EOF"`, it takes `<<` after whitespace and
// before a quote, `~` or a word as a here-doc: shifting by a string is
// not something code does.
func (s *scanner) importedHeredoc() bool {
	src, i := s.src, s.pos
	if i == 0 || !isSpace(src[i-1]) || byteAt(src, i+1) != '<' || !s.unknownWord() {
		return false
	}
	c := byteAt(src, i+2)
	return c == '"' || c == '\'' || c == '~' || isAlpha(c)
}

// readlineEnd recognises `<>`, `<NAME>` and `<$name>` at i and returns the
// offset after the `>`.
func readlineEnd(src string, i int) (int, bool) {
	j := i + 1
	if byteAt(src, j) == '$' {
		j++
		if !startsIdent(src, j) {
			return 0, false
		}
	}
	if startsIdent(src, j) {
		j = identEnd(src, j)
	}
	if byteAt(src, j) != '>' {
		return 0, false
	}
	return j + 1, true
}

// globEnd recognises `<PATTERN>` at i, where a term is expected and the
// contents are not a handle: perl's file glob. The pattern ends at the
// next `>` on the same line.
func globEnd(src string, i int) (int, bool) {
	for j := i + 1; j < len(src); j++ {
		switch src[j] {
		case '\n':
			return 0, false
		case '>':
			if j == i+1 || src[i+1] == '=' || src[i+1] == ' ' {
				return 0, false
			}
			return j + 1, true
		}
	}
	return 0, false
}

func (s *scanner) readline(start, end int, v string) {
	s.emit(Readline, v, start)
	s.pos = end
	s.term = false
}

// heredoc scans a here-doc introducer at s.pos (`<<"EOF"`, `<<'EOF'`,
// `<<EOF`, `<<\EOF` and the backtick form, each also with `~`) and takes its
// body from the lines after the current one, which the scan will later
// jump over. It reports false, scanning nothing, when `<<` introduces no
// here-doc.
func (s *scanner) heredoc() (bool, error) {
	src, start := s.src, s.pos
	i := start + 2
	indent := byteAt(src, i) == '~'
	if indent {
		i++
	}
	j := i
	for c := byteAt(src, j); c == ' ' || c == '\t'; c = byteAt(src, j) {
		j++
	}
	var term string
	t := Interp
	switch c := byteAt(src, j); {
	case c == '"' || c == '\'' || c == '`':
		// Quoted terminator: a backslash escapes only the quote character.
		k := j + 1
		for ; k < len(src) && src[k] != c && src[k] != '\n'; k++ {
			if src[k] == '\\' && byteAt(src, k+1) == c {
				k++
			}
		}
		if byteAt(src, k) != c {
			return false, s.errAt(start, "Unterminated delimiter for here document")
		}
		term = strings.ReplaceAll(src[j+1:k], `\`+string(c), string(c))
		i = k + 1
		switch c {
		case '\'':
			t = Str
		case '`':
			t = Command
		}
	case j > i:
		return false, nil // `<< x`: not a here-doc
	case c == '\\' && isWord(byteAt(src, j+1)):
		i = wordEnd(src, j+1)
		term, t = src[j+1:i], Str
	case isAlpha(c):
		i = wordEnd(src, j)
		term = src[j:i]
	default:
		return false, nil
	}

	body, err := s.heredocBody(start, i, term, indent)
	if err != nil {
		return false, err
	}
	s.emit(t, body, start)
	s.pos = i
	s.term = false
	return true, nil
}

func wordEnd(src string, i int) int {
	for isWord(byteAt(src, i)) {
		i++
	}
	return i
}

// heredocBody finds the body of the here-doc introduced at start (its
// introducer ending at from) terminated by a line holding term, records
// the jump over it, and returns it, without its indentation for `<<~`.
func (s *scanner) heredocBody(start, from int, term string, indent bool) (string, error) {
	src := s.src
	// A second here-doc on the same line starts after the first one's
	// body; the line's end is known then, and not searched for again.
	lineEnd, bodyStart := s.skipAt, s.skipTo
	if lineEnd < from {
		nl := strings.IndexByte(src[from:], '\n')
		if nl < 0 {
			return "", s.errTerminator(start, term)
		}
		lineEnd = from + nl
		bodyStart = lineEnd + 1
	}
	for p := bodyStart; p < len(src); {
		next, lineStop := len(src), len(src)
		if k := strings.IndexByte(src[p:], '\n'); k >= 0 {
			lineStop, next = p+k, p+k+1
		}
		line := src[p:lineStop]
		margin := 0
		if indent {
			margin = len(line) - len(strings.TrimLeft(line, " \t"))
		}
		if line[margin:] == term {
			s.skipAt, s.skipTo = lineEnd, next
			body := src[bodyStart:p]
			if margin > 0 {
				return s.dedent(start, body, line[:margin])
			}
			return body, nil
		}
		p = next
	}
	return "", s.errTerminator(start, term)
}

// dedent removes margin, the indentation of a `<<~` terminator, from every
// line of body; each line but an empty one must start with it exactly.
func (s *scanner) dedent(start int, body, margin string) (string, error) {
	var b strings.Builder
	b.Grow(len(body))
	for n := 1; body != ""; n++ {
		line := body
		if k := strings.IndexByte(body, '\n'); k >= 0 {
			line = body[:k+1]
		}
		body = body[len(line):]
		switch {
		case line == "\n":
			b.WriteString(line)
		case strings.HasPrefix(line, margin):
			b.WriteString(line[len(margin):])
		default:
			return "", s.errAt(start, "Indentation on line %d of here-doc doesn't match delimiter", n)
		}
	}
	return b.String(), nil
}
