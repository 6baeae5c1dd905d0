package lexer

// Byte classes, looked up in one read-only table so the hot loops test a
// single bit instead of several comparisons.
const (
	cWord  = 1 << iota // [A-Za-z0-9_]: continues an identifier
	cAlpha             // [A-Za-z_]: starts an identifier
	cDigit             // [0-9]
	cSpace             // the bytes perl skips between tokens
)

var class = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = cWord | cAlpha
		t[c-'a'+'A'] = cWord | cAlpha
	}
	t['_'] = cWord | cAlpha
	for c := '0'; c <= '9'; c++ {
		t[c] = cWord | cDigit
	}
	for _, c := range " \t\n\r\f\v" {
		t[c] = cSpace
	}
	return t
}()

func isWord(c byte) bool  { return class[c]&cWord != 0 }
func isAlpha(c byte) bool { return class[c]&cAlpha != 0 }
func isDigit(c byte) bool { return class[c]&cDigit != 0 }
func isSpace(c byte) bool { return class[c]&cSpace != 0 }

// byteAt returns src[i], or 0 past the end, so look-ahead needs no bounds
// checks at every use. A NUL in the source ends the code anyway.
func byteAt(src string, i int) byte {
	if i < len(src) {
		return src[i]
	}
	return 0
}

// identEnd returns the end of the identifier starting at i: word
// characters and `::` package separators (`Foo::Bar`, `::x`, `main::`).
func identEnd(src string, i int) int {
	for {
		for i < len(src) && isWord(src[i]) {
			i++
		}
		if i+1 < len(src) && src[i] == ':' && src[i+1] == ':' {
			i += 2
			continue
		}
		return i
	}
}

// startsIdent reports whether an identifier starts at i: a letter or
// underscore, or `::` followed by one.
func startsIdent(src string, i int) bool {
	c := byteAt(src, i)
	if isAlpha(c) {
		return true
	}
	return c == ':' && byteAt(src, i+1) == ':' && isAlpha(byteAt(src, i+2))
}

// closer returns the closing delimiter for an opening one: brackets pair
// up, any other character closes itself.
func closer(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	case '{':
		return '}'
	case '<':
		return '>'
	}
	return open
}
