package regex

import "strings"

// escapeError is a problem found while reading an escape: a message and
// where perl marks it.
type escapeError struct {
	msg         string
	at          int
	unsupported bool
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func hexVal(c byte) rune {
	switch {
	case c >= 'a':
		return rune(c-'a') + 10
	case c >= 'A':
		return rune(c-'A') + 10
	}
	return rune(c - '0')
}

// capRune keeps a code point within what perl allows.
func capRune(r rune) rune {
	if r > 0x7FFFFFFF || r < 0 {
		return 0x7FFFFFFF
	}
	return r
}

// charEscape reads an escape that stands for one character, with s[i] the
// byte after the backslash: \a \e \f \n \r \t, \xHH, \x{...}, \o{...},
// \0 octal, \cX and \N{U+...}. inClass makes \b a backspace and \1-\7
// octal. It returns ok false when s[i] starts no such escape.
func charEscape(s string, i int, inClass bool) (c rune, end int, ok bool, e *escapeError) {
	switch s[i] {
	case 'a':
		return 7, i + 1, true, nil
	case 'e':
		return 27, i + 1, true, nil
	case 'f':
		return '\f', i + 1, true, nil
	case 'n':
		return '\n', i + 1, true, nil
	case 'r':
		return '\r', i + 1, true, nil
	case 't':
		return '\t', i + 1, true, nil
	case 'b':
		if inClass {
			return '\b', i + 1, true, nil
		}
	case 'x':
		return hexEscape(s, i+1)
	case 'o':
		return braceOctal(s, i+1)
	case '0':
		c, end := octalDigits(s, i, 3)
		return c, end, true, nil
	case '1', '2', '3', '4', '5', '6', '7':
		if inClass {
			c, end := octalDigits(s, i, 3)
			return c, end, true, nil
		}
	case 'c':
		if i+1 >= len(s) || s[i+1] < 0x20 || s[i+1] > 0x7E {
			return 0, 0, true, &escapeError{msg: `Character following "\c" must be printable ASCII`, at: min(i+2, len(s))}
		}
		x := s[i+1]
		if x >= 'a' && x <= 'z' {
			x -= 'a' - 'A'
		}
		return rune(x ^ 64), i + 2, true, nil
	case 'N':
		if strings.HasPrefix(s[i:], "N{U+") {
			return namedCodePoint(s, i+4)
		}
		if strings.HasPrefix(s[i:], "N{") {
			if _, _, _, _, q := quantifierAt(s, i+1); !q {
				return 0, 0, true, &escapeError{msg: `Sequence \N{NAME} not supported by miniperl`, at: i + 2, unsupported: true}
			}
		}
	}
	return 0, 0, false, nil
}

// octalDigits reads up to n octal digits from s[i].
func octalDigits(s string, i, n int) (rune, int) {
	var c rune
	j := i
	for j < len(s) && j-i < n && s[j] >= '0' && s[j] <= '7' {
		c = c*8 + rune(s[j]-'0')
		j++
	}
	return c, j
}

// hexEscape reads what follows \x, starting at s[i].
func hexEscape(s string, i int) (rune, int, bool, *escapeError) {
	if i < len(s) && s[i] == '{' {
		end := strings.IndexByte(s[i:], '}')
		if end < 0 {
			return 0, 0, true, &escapeError{msg: "Missing right brace on \\x{}", at: i + 1}
		}
		body := strings.TrimLeft(s[i+1:i+end], " \t")
		var c rune
		for j := 0; j < len(body); j++ {
			if body[j] == '_' && j > 0 && j+1 < len(body) && isHex(body[j+1]) {
				continue
			}
			if !isHex(body[j]) {
				break
			}
			c = capRune(c*16 + hexVal(body[j]))
		}
		return c, i + end + 1, true, nil
	}
	var c rune
	j := i
	for j < len(s) && j-i < 2 && isHex(s[j]) {
		c = c*16 + hexVal(s[j])
		j++
	}
	return c, j, true, nil
}

// braceOctal reads what follows \o, starting at s[i].
func braceOctal(s string, i int) (rune, int, bool, *escapeError) {
	if i >= len(s) || s[i] != '{' {
		return 0, 0, true, &escapeError{msg: "Missing braces on \\o{}", at: i}
	}
	end := strings.IndexByte(s[i:], '}')
	if end < 0 {
		return 0, 0, true, &escapeError{msg: "Missing right brace on \\o{}", at: i + 1}
	}
	body := strings.TrimSpace(s[i+1 : i+end])
	if body == "" {
		return 0, 0, true, &escapeError{msg: "Empty \\o{}", at: i + end + 1}
	}
	var c rune
	for j := 0; j < len(body) && body[j] >= '0' && body[j] <= '7'; j++ {
		c = capRune(c*8 + rune(body[j]-'0'))
	}
	return c, i + end + 1, true, nil
}

// namedCodePoint reads the hex digits of \N{U+...} from s[i].
func namedCodePoint(s string, i int) (rune, int, bool, *escapeError) {
	end := strings.IndexByte(s[i:], '}')
	if end < 0 {
		return 0, 0, true, &escapeError{msg: "Missing right brace on \\N{}", at: i - 2}
	}
	var c rune
	body := s[i : i+end]
	if body == "" {
		return 0, 0, true, &escapeError{msg: "Invalid hexadecimal number in \\N{U+...}", at: i + end + 1}
	}
	if strings.ContainsAny(body, ".") {
		return 0, 0, true, &escapeError{msg: `Sequence \N{U+...} not supported by miniperl`, at: i + end + 1, unsupported: true}
	}
	for j := 0; j < len(body); j++ {
		if body[j] == '_' {
			continue
		}
		if !isHex(body[j]) {
			return 0, 0, true, &escapeError{msg: "Invalid hexadecimal number in \\N{U+...}", at: i + j + 1}
		}
		c = capRune(c*16 + hexVal(body[j]))
	}
	return c, i + end + 1, true, nil
}
