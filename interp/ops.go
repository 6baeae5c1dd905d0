package interp

import (
	"math"
	"math/bits"
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
		return func(a, b value.Scalar) (value.Scalar, string) { return pow(a, b), "" }
	case ".":
		return func(a, b value.Scalar) (value.Scalar, string) {
			if a.IsUTF8() || b.IsUTF8() {
				return value.Concat(a, b), ""
			}
			return value.StrValue(a.String() + b.String()), ""
		}
	case "x":
		return func(a, b value.Scalar) (value.Scalar, string) {
			n := b.Int()
			if n <= 0 {
				return value.StrValue(""), ""
			}
			return a.WithString(strings.Repeat(a.String(), int(n))), ""
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

// intOperand is perl's SvIV_please: an operand takes the integer path
// of + - * when it is an integer, or a float holding an integer smaller
// than 2**53 in magnitude (so 10**15 + 1 is exact but 2**53 + 1 is not).
// It returns the value as sign and magnitude.
func intOperand(v value.Scalar) (neg bool, mag uint64, ok bool) {
	switch v.Kind() {
	case value.Int:
		i := v.Int()
		if i < 0 {
			return true, uint64(-(i + 1)) + 1, true
		}
		return false, uint64(i), true
	case value.Uint:
		return false, v.Uint(), true
	case value.Float:
		f := v.Float()
		if f == math.Trunc(f) && math.Abs(f) < 1<<53 {
			if f < 0 {
				return true, uint64(-f), true
			}
			return false, uint64(f), true
		}
	}
	return false, 0, false
}

// fromSignMag makes an IV or UV from sign and magnitude, or reports that
// it fits neither.
func fromSignMag(neg bool, mag uint64) (value.Scalar, bool) {
	if !neg {
		return value.UintValue(mag), true
	}
	if mag <= 1<<63 {
		return value.IntValue(int64(-mag)), true
	}
	return value.Scalar{}, false
}

// addSM adds two sign-magnitude integers, ok false on overflow.
func addSM(an bool, am uint64, bn bool, bm uint64) (value.Scalar, bool) {
	if an == bn {
		sum, carry := bits.Add64(am, bm, 0)
		if carry != 0 {
			return value.Scalar{}, false
		}
		return fromSignMag(an, sum)
	}
	if am >= bm {
		return fromSignMag(an, am-bm)
	}
	return fromSignMag(bn, bm-am)
}

func add(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if an, am, ok := intOperand(a); ok {
		if bn, bm, ok := intOperand(b); ok {
			if v, ok := addSM(an, am, bn, bm); ok {
				return v
			}
		}
	}
	return value.FloatValue(a.Float() + b.Float())
}

func sub(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if an, am, ok := intOperand(a); ok {
		if bn, bm, ok := intOperand(b); ok {
			if v, ok := addSM(an, am, !bn && bm != 0, bm); ok {
				return v
			}
		}
	}
	return value.FloatValue(a.Float() - b.Float())
}

func mul(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if an, am, ok := intOperand(a); ok {
		if bn, bm, ok := intOperand(b); ok {
			if hi, lo := bits.Mul64(am, bm); hi == 0 {
				if v, ok := fromSignMag(an != bn && lo != 0, lo); ok {
					return v
				}
			}
		}
	}
	return value.FloatValue(a.Float() * b.Float())
}

// pow is perl's **: integer results when an integer base other than a
// power of two is raised to a small enough non-negative integer power.
func pow(a, b value.Scalar) value.Scalar {
	a, b = a.Num(), b.Num()
	if a.Kind() == value.Int && b.Kind() == value.Int && b.Int() >= 0 {
		base, power := a.Int(), b.Int()
		mag := uint64(base)
		if base < 0 {
			mag = uint64(-base)
		}
		if mag&(mag-1) != 0 {
			highbit := int64(bits.Len64(mag))
			if power*highbit <= 64 {
				result := uint64(1)
				overflow := false
				for i := int64(0); i < power; i++ {
					hi, lo := bits.Mul64(result, mag)
					if hi != 0 {
						overflow = true
						break
					}
					result = lo
				}
				if !overflow {
					if v, ok := fromSignMag(base < 0 && power%2 == 1, result); ok {
						return v
					}
				}
			}
		}
	}
	return value.FloatValue(math.Pow(a.Float(), b.Float()))
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
		c := strings.Compare(strPair(a, b))
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
	if neg, mag, ok := intOperand(n); ok {
		if r, ok := fromSignMag(!neg && mag != 0, mag); ok {
			return r
		}
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
