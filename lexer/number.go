package lexer

import (
	"math"
	"strconv"
	"strings"
)

// number scans a numeric literal at s.pos (a digit, or `.` and a digit
// where a term is expected).
func (s *scanner) number() error {
	src, start := s.src, s.pos
	end, err := s.numberEnd(start)
	if err != nil {
		return err
	}
	s.emit(Number, src[start:end], start)
	s.pos = end
	s.term = false
	return nil
}

// numberEnd returns the end of the literal at start, or perl's error for
// a malformed one.
func (s *scanner) numberEnd(start int) (int, error) {
	src := s.src
	if src[start] == '0' {
		switch c := byteAt(src, start+1); {
		case c == 'x' || c == 'X':
			return s.radixEnd(start, start+2, 16, "hexadecimal")
		case c == 'b' || c == 'B':
			return s.radixEnd(start, start+2, 2, "binary")
		case c == 'o' || c == 'O':
			return s.radixEnd(start, start+2, 8, "octal")
		case isDigit(c) || c == '_':
			return s.radixEnd(start, start+1, 8, "octal")
		}
	}
	i := digitsEnd(src, start)
	// A fraction, unless the dot starts `..` (`1..5` is a range).
	if byteAt(src, i) == '.' && byteAt(src, i+1) != '.' {
		i = digitsEnd(src, i+1)
	}
	// An exponent only when digits follow: `1e` is 1 and a bareword.
	if c := byteAt(src, i); c == 'e' || c == 'E' {
		j := i + 1
		if c := byteAt(src, j); c == '+' || c == '-' {
			j++
		}
		if isDigit(byteAt(src, j)) {
			i = digitsEnd(src, j)
		}
	}
	return i, nil
}

func digitsEnd(src string, i int) int {
	for c := byteAt(src, i); isDigit(c) || c == '_'; c = byteAt(src, i) {
		i++
	}
	return i
}

// radixEnd scans the digits of a hexadecimal, octal or binary literal from
// i, failing as perl does on a literal without digits or with a decimal
// digit too large for its base.
func (s *scanner) radixEnd(start, i, base int, name string) (int, error) {
	src := s.src
	digits := 0
	for ; i < len(src); i++ {
		c := src[i]
		if c == '_' {
			continue
		}
		if d := digitValue(c); d < base {
			digits++
			continue
		}
		if isDigit(c) {
			return 0, s.errAt(start, "Illegal %s digit '%c'", name, c)
		}
		break
	}
	if digits == 0 && base != 8 {
		return 0, s.errAt(start, "No digits found for %s literal", name)
	}
	if digits == 0 && (src[start+1] == 'o' || src[start+1] == 'O') {
		return 0, s.errAt(start, "No digits found for %s literal", name)
	}
	return i, nil
}

// digitValue returns the value of a hexadecimal digit, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return 99
}

// ParseNumber converts the text of a Number token. Integers (decimal,
// `0x1f`, `0b101`, `0o17`, `017`, with or without `_`) that fit in an
// int64 give isInt and i; everything else gives f: literals with a
// fraction or exponent, and integers too large for an int64 (perl holds
// them as floating point too, e.g. 0xFFFFFFFFFFFFFFFF is
// 1.84467440737096e+19). Text that is not a number gives 0.
func ParseNumber(text string) (isInt bool, i int64, f float64) {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if len(text) > 1 && text[0] == '0' {
		switch text[1] {
		case 'x', 'X':
			return parseRadix(text[2:], 16)
		case 'b', 'B':
			return parseRadix(text[2:], 2)
		case 'o', 'O':
			return parseRadix(text[2:], 8)
		case '.', 'e', 'E':
		default:
			return parseRadix(text[1:], 8)
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, _ = strconv.ParseFloat(text, 64)
		return false, 0, f
	}
	if n, err := strconv.ParseInt(text, 10, 64); err == nil {
		return true, n, 0
	}
	f, _ = strconv.ParseFloat(text, 64)
	return false, 0, f
}

// parseRadix converts digits in base 2, 8 or 16, switching to floating
// point once the value leaves the int64 range.
func parseRadix(digits string, base int) (isInt bool, i int64, f float64) {
	var n uint64
	overflow := false
	for k := 0; k < len(digits); k++ {
		d := digitValue(digits[k])
		if d >= base {
			break
		}
		if !overflow && n > (math.MaxInt64-uint64(d))/uint64(base) {
			overflow = true
			f = float64(n)
		}
		if overflow {
			f = f*float64(base) + float64(d)
		} else {
			n = n*uint64(base) + uint64(d)
		}
	}
	if overflow {
		return false, 0, f
	}
	return true, int64(n), 0
}
