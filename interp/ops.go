package interp

import (
	"math"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// opFn is a binary operator; a non-empty string is a runtime error
// message ("Illegal division by zero").
type opFn func(a, b value.Scalar) (value.Scalar, string)

// binaryOp returns the implementation of a non-logical binary operator.
func binaryOp(op string) opFn {
	switch op {
	case "+":
		return func(a, b value.Scalar) (value.Scalar, string) { return add(a, b), "" }
	case "-":
		return func(a, b value.Scalar) (value.Scalar, string) { return sub(a, b), "" }
	case "*":
		return func(a, b value.Scalar) (value.Scalar, string) { return mul(a, b), "" }
	case "/":
		return div
	case "%":
		return mod
	case "**":
		return func(a, b value.Scalar) (value.Scalar, string) {
			return value.FloatValue(math.Pow(a.Float(), b.Float())), ""
		}
	case ".":
		return func(a, b value.Scalar) (value.Scalar, string) {
			return value.StrValue(a.String() + b.String()), ""
		}
	case "x":
		return func(a, b value.Scalar) (value.Scalar, string) {
			n := b.Int()
			if n <= 0 {
				return value.StrValue(""), ""
			}
			return value.StrValue(strings.Repeat(a.String(), int(n))), ""
		}
	case "==", "!=", "<", ">", "<=", ">=", "<=>":
		return numCompareOp(op)
	case "eq", "ne", "lt", "gt", "le", "ge", "cmp":
		return strCompareOp(op)
	case "&", "|", "^":
		return bitOp(op)
	case "<<":
		return func(a, b value.Scalar) (value.Scalar, string) {
			n := b.Int()
			if n >= 64 || n <= -64 {
				return value.IntValue(0), ""
			}
			if n < 0 {
				return value.UintValue(a.Uint() >> uint(-n)), ""
			}
			return value.UintValue(a.Uint() << uint(n)), ""
		}
	case ">>":
		return func(a, b value.Scalar) (value.Scalar, string) {
			n := b.Int()
			if n >= 64 || n <= -64 {
				return value.IntValue(0), ""
			}
			if n < 0 {
				return value.UintValue(a.Uint() << uint(-n)), ""
			}
			return value.UintValue(a.Uint() >> uint(n)), ""
		}
	}
	return nil
}

func add(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if a.Kind() == value.Int && b.Kind() == value.Int {
		x, y := a.Int(), b.Int()
		s := x + y
		// Overflow when both operands have the same sign and the sum's
		// sign differs: perl then goes to floating point.
		if (x >= 0) == (y >= 0) && (s >= 0) != (x >= 0) {
			return value.FloatValue(float64(x) + float64(y))
		}
		return value.IntValue(s)
	}
	return value.FloatValue(a.Float() + b.Float())
}

func sub(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if a.Kind() == value.Int && b.Kind() == value.Int {
		x, y := a.Int(), b.Int()
		s := x - y
		if (x >= 0) != (y >= 0) && (s >= 0) != (x >= 0) {
			return value.FloatValue(float64(x) - float64(y))
		}
		return value.IntValue(s)
	}
	return value.FloatValue(a.Float() - b.Float())
}

func mul(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if a.Kind() == value.Int && b.Kind() == value.Int {
		x, y := a.Int(), b.Int()
		if x == 0 || y == 0 {
			return value.IntValue(0)
		}
		p := x * y
		if p/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
			return value.IntValue(p)
		}
		return value.FloatValue(float64(x) * float64(y))
	}
	return value.FloatValue(a.Float() * b.Float())
}

func div(a, b value.Scalar) (value.Scalar, string) {
	a, b = a.Num(), b.Num()
	if b.Float() == 0 {
		return value.UndefValue(), "Illegal division by zero"
	}
	if a.Kind() == value.Int && b.Kind() == value.Int {
		x, y := a.Int(), b.Int()
		if y != -1 && x%y == 0 {
			return value.IntValue(x / y), ""
		}
	}
	return value.FloatValue(a.Float() / b.Float()), ""
}

// mod is perl's %: integer operands, and the result takes the sign of
// the right operand.
func mod(a, b value.Scalar) (value.Scalar, string) {
	a, b = a.Num(), b.Num()
	if (a.Kind() == value.Float && (math.IsInf(a.Float(), 0) || math.Abs(a.Float()) >= 9.2e18)) ||
		(b.Kind() == value.Float && (math.IsInf(b.Float(), 0) || math.Abs(b.Float()) >= 9.2e18)) {
		x, y := a.Float(), b.Float()
		if y == 0 {
			return value.UndefValue(), "Illegal modulus zero"
		}
		r := math.Mod(x, y)
		if r != 0 && (r < 0) != (y < 0) {
			r += y
		}
		return value.FloatValue(r), ""
	}
	x, y := a.Int(), b.Int()
	if y == 0 {
		return value.UndefValue(), "Illegal modulus zero"
	}
	if y == -1 {
		return value.IntValue(0), ""
	}
	r := x % y
	if r != 0 && (r < 0) != (y < 0) {
		r += y
	}
	return value.IntValue(r), ""
}

func numCompareOp(op string) opFn {
	return func(a, b value.Scalar) (value.Scalar, string) {
		c, ok := numCompare(a, b)
		if !ok {
			if op == "<=>" {
				return value.UndefValue(), ""
			}
			return value.BoolValue(op == "!="), ""
		}
		switch op {
		case "==":
			return value.BoolValue(c == 0), ""
		case "!=":
			return value.BoolValue(c != 0), ""
		case "<":
			return value.BoolValue(c < 0), ""
		case ">":
			return value.BoolValue(c > 0), ""
		case "<=":
			return value.BoolValue(c <= 0), ""
		case ">=":
			return value.BoolValue(c >= 0), ""
		}
		return value.IntValue(int64(c)), ""
	}
}

// numCompare compares numerically; ok is false when either side is NaN.
func numCompare(a, b value.Scalar) (int, bool) {
	a, b = a.Num(), b.Num()
	if a.Kind() == value.Int && b.Kind() == value.Int {
		x, y := a.Int(), b.Int()
		switch {
		case x < y:
			return -1, true
		case x > y:
			return 1, true
		}
		return 0, true
	}
	x, y := a.Float(), b.Float()
	switch {
	case math.IsNaN(x) || math.IsNaN(y):
		return 0, false
	case x < y:
		return -1, true
	case x > y:
		return 1, true
	}
	return 0, true
}

func strCompareOp(op string) opFn {
	return func(a, b value.Scalar) (value.Scalar, string) {
		c := strings.Compare(a.String(), b.String())
		switch op {
		case "eq":
			return value.BoolValue(c == 0), ""
		case "ne":
			return value.BoolValue(c != 0), ""
		case "lt":
			return value.BoolValue(c < 0), ""
		case "gt":
			return value.BoolValue(c > 0), ""
		case "le":
			return value.BoolValue(c <= 0), ""
		case "ge":
			return value.BoolValue(c >= 0), ""
		}
		return value.IntValue(int64(c)), ""
	}
}

// bitOp is & | ^: on unsigned integers, or byte-wise when both operands
// are strings.
func bitOp(op string) opFn {
	return func(a, b value.Scalar) (value.Scalar, string) {
		if a.Kind() == value.Str && b.Kind() == value.Str {
			return value.StrValue(stringBitOp(op, a.String(), b.String())), ""
		}
		x, y := a.Uint(), b.Uint()
		switch op {
		case "&":
			return value.UintValue(x & y), ""
		case "|":
			return value.UintValue(x | y), ""
		}
		return value.UintValue(x ^ y), ""
	}
}

func stringBitOp(op, a, b string) string {
	n := len(a)
	if len(b) > n {
		n = len(b)
	}
	if op == "&" {
		n = len(a)
		if len(b) < n {
			n = len(b)
		}
	}
	out := make([]byte, n)
	for i := 0; i < n; i++ {
		var x, y byte
		if i < len(a) {
			x = a[i]
		}
		if i < len(b) {
			y = b[i]
		}
		switch op {
		case "&":
			out[i] = x & y
		case "|":
			out[i] = x | y
		default:
			out[i] = x ^ y
		}
	}
	return string(out)
}

// negate is unary minus, including perl's rules for strings: -"foo" is
// "-foo" and -"-foo" is "+foo".
func negate(v value.Scalar) value.Scalar {
	if v.Kind() == value.Str {
		s := v.String()
		if s != "" && !value.LooksLikeNumber(s) {
			switch {
			case s[0] == '-':
				return value.StrValue("+" + s[1:])
			case s[0] == '+':
				return value.StrValue("-" + s[1:])
			case isIdentStart(s[0]):
				return value.StrValue("-" + s)
			}
		}
	}
	n := v.Num()
	if n.Kind() == value.Int && n.Int() != math.MinInt64 {
		return value.IntValue(-n.Int())
	}
	return value.FloatValue(-n.Float())
}

// stringIncrement is perl's magic ++ on strings matching
// /^[a-zA-Z]*[0-9]*$/: "aa" → "ab", "Az" → "Ba", "zz" → "aaa", "a9" → "b0".
func stringIncrement(s string) string {
	b := []byte(s)
	i := len(b) - 1
	for i >= 0 {
		switch c := b[i]; {
		case c == 'z':
			b[i] = 'a'
		case c == 'Z':
			b[i] = 'A'
		case c == '9':
			b[i] = '0'
		default:
			b[i]++
			return string(b)
		}
		i--
	}
	// Every position wrapped: prepend the first character's successor.
	var first byte
	switch c := s[0]; {
	case c >= 'a' && c <= 'z':
		first = 'a'
	case c >= 'A' && c <= 'Z':
		first = 'A'
	default:
		first = '1'
	}
	return string(first) + string(b)
}

// isMagicIncrementable reports whether ++ on s uses the string increment.
func isMagicIncrementable(s string) bool {
	if s == "" {
		return false
	}
	i := 0
	for i < len(s) && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z')) {
		i++
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i == len(s)
}

// increment returns v+1 with perl's rules for strings and undef.
func increment(v value.Scalar) value.Scalar {
	switch v.Kind() {
	case value.Undef:
		return value.IntValue(1)
	case value.Str:
		s := v.String()
		if !value.LooksLikeNumber(s) && isMagicIncrementable(s) {
			return value.StrValue(stringIncrement(s))
		}
	}
	return add(v, value.IntValue(1))
}

// incDecInPlace adds delta to the scalar at p.
func incDecInPlace(p *value.Scalar, delta int64) {
	if p.Kind() == value.Int {
		i := p.Int()
		if (delta > 0 && i < math.MaxInt64) || (delta < 0 && i > math.MinInt64) {
			*p = value.IntValue(i + delta)
			return
		}
	}
	if delta > 0 {
		*p = increment(*p)
		return
	}
	if p.IsUndef() {
		*p = value.IntValue(-1)
		return
	}
	*p = sub(*p, value.IntValue(1))
}

func ucfirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func lcfirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// quotemeta backslashes every byte that is not a word character.
func quotemeta(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 128) {
			sb.WriteByte('\\')
		}
		sb.WriteByte(c)
	}
	return sb.String()
}
