package lexer

// opLen returns the length of the punctuation operator at src[i], longest
// match first, or 0 when no operator starts there.
func opLen(src string, i int) int {
	c1, c2 := byteAt(src, i+1), byteAt(src, i+2)
	switch src[i] {
	case '(', ')', '[', ']', '{', '}', ';', ',', '?', ':', '\\':
		return 1
	case '=':
		if c1 == '=' || c1 == '~' || c1 == '>' {
			return 2
		}
	case '!':
		if c1 == '~' || c1 == '=' {
			return 2
		}
	case '~':
		if c1 == '~' {
			return 2
		}
	case '-':
		if c1 == '>' || c1 == '-' || c1 == '=' {
			return 2
		}
	case '+':
		if c1 == '+' || c1 == '=' {
			return 2
		}
	case '%', '^':
		if c1 == '=' {
			return 2
		}
	case '*', '/', '&', '|':
		// `**` `//` `&&` `||`, each with its assignment form.
		if c1 == src[i] {
			if c2 == '=' {
				return 3
			}
			return 2
		}
		if c1 == '=' {
			return 2
		}
	case '.':
		if c1 == '.' {
			if c2 == '.' {
				return 3
			}
			return 2
		}
		if c1 == '=' {
			return 2
		}
	case '<':
		if c1 == '=' {
			if c2 == '>' {
				return 3
			}
			return 2
		}
		if c1 == '<' {
			if c2 == '=' {
				return 3
			}
			return 2
		}
	case '>':
		if c1 == '=' {
			return 2
		}
		if c1 == '>' {
			if c2 == '=' {
				return 3
			}
			return 2
		}
	default:
		return 0
	}
	return 1
}

// op scans a punctuation operator.
func (s *scanner) op() error {
	n := opLen(s.src, s.pos)
	if n == 0 {
		return s.errUnrecognized(s.pos)
	}
	s.emitOp(s.pos, n)
	return nil
}

// emitOp emits the n-byte operator at off and sets what may follow it.
func (s *scanner) emitOp(off, n int) {
	v := s.src[off : off+n]
	s.emit(Op, v, off)
	s.pos = off + n
	switch v {
	case ")", "]":
		s.term = false
	case "++", "--":
		// Postfix after a term, prefix before one: either way what was
		// expected before is expected after.
	default:
		s.term = true
	}
}

// fileTests are the letters of perl's -X file test operators.
const fileTests = "efdrwxszloRWXOpSbctugkTBAMC"

// fileTest scans `-e` and the other file tests where a term is expected:
// a minus, one of the letters, and no further word character. Before `=>`
// the letter is a bareword (`-s => 1`) instead.
func (s *scanner) fileTest() bool {
	src, i := s.src, s.pos
	c := byteAt(src, i+1)
	if c == 0 || !isAlpha(c) || isWord(byteAt(src, i+2)) {
		return false
	}
	if !containsByte(fileTests, c) || s.fatCommaAt(i+2) {
		return false
	}
	// `$h{-s}` is the key "-s", as toke.c reads `{-word}` in a subscript.
	if isOp(s.last(1), "{") && s.braces[len(s.braces)-1] == braceSubscript && byteAt(src, s.peek(i+2)) == '}' {
		return false
	}
	s.emit(Op, src[i:i+2], i)
	s.pos = i + 2
	s.term = true
	return true
}

func containsByte(set string, c byte) bool {
	for i := 0; i < len(set); i++ {
		if set[i] == c {
			return true
		}
	}
	return false
}
