package value

import (
	"math"
	"strconv"
	"strings"
)

// FormatFloat prints a double as perl does: "%.15g", with "Inf", "-Inf" and
// "NaN" for the special values.
func FormatFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	case math.IsNaN(f):
		return "NaN"
	}
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		if f == 0 {
			// perl prints negative zero as "0" on this platform.
			return "0"
		}
		return strconv.FormatInt(int64(f), 10)
	}
	return formatG(f, 15)
}

// formatG is C's "%.*g": shortest of %e and %f at prec significant digits,
// trailing zeros removed, exponent at least two digits.
func formatG(f float64, prec int) string {
	s := strconv.FormatFloat(f, 'e', prec-1, 64)
	mant, expStr, _ := strings.Cut(s, "e")
	exp, _ := strconv.Atoi(expStr)
	if exp < -4 || exp >= prec {
		mant = trimZeros(mant)
		sign := "+"
		if exp < 0 {
			sign = "-"
			exp = -exp
		}
		es := strconv.Itoa(exp)
		if len(es) < 2 {
			es = "0" + es
		}
		return mant + "e" + sign + es
	}
	return trimZeros(strconv.FormatFloat(f, 'f', prec-1-exp, 64))
}

func trimZeros(s string) string {
	if !strings.Contains(s, ".") {
		return s
	}
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// parseNum numifies a string as perl does: leading whitespace, an optional
// sign, digits with an optional fraction and exponent; anything after is
// ignored ("3abc" is 3); "0x10" is 0; "inf", "infinity" and "nan" in any
// case are the special values. It reports whether the result is an exact
// integer, and that integer.
func parseNum(s string) (f float64, isInt bool, i int64) {
	j := 0
	for j < len(s) && isSpace(s[j]) {
		j++
	}
	start := j
	if j < len(s) && (s[j] == '+' || s[j] == '-') {
		j++
	}
	digStart := j
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	intEnd := j
	float := false
	if j < len(s) && s[j] == '.' {
		k := j + 1
		for k < len(s) && s[k] >= '0' && s[k] <= '9' {
			k++
		}
		if k > j+1 || intEnd > digStart {
			float = true
			j = k
		}
	}
	if j == digStart || (j == digStart+1 && s[digStart] == '.') {
		return parseSpecial(s[start:])
	}
	if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
		k := j + 1
		if k < len(s) && (s[k] == '+' || s[k] == '-') {
			k++
		}
		if k < len(s) && s[k] >= '0' && s[k] <= '9' {
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				k++
			}
			j = k
			float = true
		}
	}
	text := s[start:j]
	if !float {
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return float64(n), true, n
		}
	}
	f, _ = strconv.ParseFloat(text, 64)
	return f, false, 0
}

func parseSpecial(s string) (float64, bool, int64) {
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	l := strings.ToLower(s)
	switch {
	case strings.HasPrefix(l, "inf"):
		if neg {
			return math.Inf(-1), false, 0
		}
		return math.Inf(1), false, 0
	case strings.HasPrefix(l, "nan"):
		return math.NaN(), false, 0
	}
	return 0, true, 0
}

// LooksLikeNumber reports whether s is wholly a number (surrounding
// whitespace allowed, trailing newline allowed), as perl's
// looks_like_number judges.
func LooksLikeNumber(s string) bool {
	t := strings.TrimLeft(s, " \t\n\r\f\v")
	t = strings.TrimRight(t, " \t\n\r\f\v")
	if t == "" {
		return false
	}
	if t[0] == '+' || t[0] == '-' {
		t = t[1:]
	}
	l := strings.ToLower(t)
	if l == "inf" || l == "infinity" || l == "nan" {
		return true
	}
	digits, dot, exp := 0, false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && !exp:
			dot = true
		case (c == 'e' || c == 'E') && !exp && digits > 0:
			exp = true
			if i+1 < len(t) && (t[i+1] == '+' || t[i+1] == '-') {
				i++
			}
			if i+1 >= len(t) {
				return false
			}
		default:
			return false
		}
	}
	return digits > 0
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// numifyString is a string's numeric value as perl's arithmetic sees it:
// an integer (IV, or UV above the int64 range) when the string is one, or
// when its floating value is integral and fits (perl caches an IV for
// "1e16" and uses it); otherwise a float.
func numifyString(s string) Scalar {
	f, isInt, i := parseNum(s)
	if isInt {
		return Scalar{k: Int, i: i}
	}
	if u, ok := parseUintPrefix(s); ok {
		return UintValue(u)
	}
	switch {
	case f == math.Trunc(f) && f >= -9.223372036854775808e18 && f < 9.223372036854775807e18:
		return Scalar{k: Int, i: int64(f)}
	case f == math.Trunc(f) && f >= 0 && f < 18446744073709551615.0:
		return UintValue(uint64(f))
	}
	return FloatValue(f)
}

// parseUintPrefix reads a string of decimal digits (after blanks and an
// optional +) that fits in uint64 exactly.
func parseUintPrefix(s string) (uint64, bool) {
	t := strings.TrimLeft(s, " \t\n\r\f\v")
	t = strings.TrimPrefix(t, "+")
	end := 0
	for end < len(t) && t[end] >= '0' && t[end] <= '9' {
		end++
	}
	if end == 0 || (end < len(t) && (t[end] == '.' || t[end] == 'e' || t[end] == 'E')) {
		return 0, false
	}
	u, err := strconv.ParseUint(t[:end], 10, 64)
	return u, err == nil
}
