package builtins

import (
	"math"
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// Perl's numification as pack and sprintf see it. perl keeps integers as
// 64-bit IVs or UVs and everything else as doubles; SvIV and SvUV of the
// same value always leave the same 64 bits, so one bit pattern serves
// every integer format. The value package has no unsigned kind, so the
// conversions of strings are done here to keep integers beyond 2**63 exact.

// perlNaN is the NaN perl gets from "nan" strings and from arithmetic on
// x86-64: the processor's default NaN, which has its sign bit set.
func perlNaN() float64 { return math.Float64frombits(0xFFF8000000000000) }

// goNaNBits is math.NaN(), which the value package uses for "nan"
// strings; it stands for perl's NaN.
const goNaNBits = 0x7FF8000000000001

// isSpaceByte is perl's isSPACE: the ASCII whitespace including \v.
func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// scalarNV is SvNV.
func scalarNV(v value.Scalar) float64 {
	switch v.Kind() {
	case value.Str:
		return strNV(v.String())
	case value.Float:
		f := v.Float()
		if math.Float64bits(f) == goNaNBits {
			return perlNaN()
		}
		return f
	}
	return v.Float()
}

// infNaNArg is perl's isinfnansv, the test pack and sprintf make before
// reading an integer: numbers that are infinite or NaN, and strings that
// start (after an optional sign, with no leading space) with a spelling
// of infinity or NaN. Other strings pass even when they numify to an
// infinity ("1e400"). It returns the value for the message.
func infNaNArg(v value.Scalar) (float64, bool) {
	switch v.Kind() {
	case value.Float:
		f := scalarNV(v)
		return f, isInfNaN(f)
	case value.Str:
		s := v.String()
		i := 0
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if infNaNWord(s[i:]) != 0 {
			return strNV(s), true
		}
		if strings.HasPrefix(s[i:], "1.#") {
			if _, ok := hashInfNaN(s[i+3:]); ok {
				return strNV(s), true
			}
		}
	}
	return 0, false
}

// isInfNaN reports whether f is an infinity or a NaN.
func isInfNaN(f float64) bool { return math.IsInf(f, 0) || math.IsNaN(f) }

// scalarBits is SvIV (equally SvUV) as a 64-bit pattern.
func scalarBits(v value.Scalar) uint64 {
	switch v.Kind() {
	case value.Str:
		return strBits(v.String())
	case value.Float:
		return nvBits(v.Float())
	}
	return uint64(v.Int())
}

// heldAsUV reports whether reading v as an integer leaves perl holding it
// as an unsigned integer (SvIsUV): integers above IV_MAX, and doubles
// from 2**63 up, infinity and NaN included.
func heldAsUV(v value.Scalar) bool {
	switch v.Kind() {
	case value.Str:
		s := v.String()
		if _, isUV, ok := strInt(s); ok {
			return isUV
		}
		return !(strNV(s) < 9223372036854775808.0)
	case value.Float:
		return !(v.Float() < 9223372036854775808.0)
	case value.Uint:
		return true
	}
	return false
}

// nvBits converts a double to an integer the way perl's sv_2iv does:
// truncation toward zero, saturating at IV_MIN below and at UV_MAX above,
// NaN giving 0.
func nvBits(f float64) uint64 {
	if f < 9223372036854775808.0 {
		if f < -9223372036854775808.0 {
			return 1 << 63
		}
		return uint64(int64(f))
	}
	if f < 18446744073709551616.0 {
		return uint64(f)
	}
	if f > 0 {
		return math.MaxUint64
	}
	return 0 // NaN
}

// strBits is sv_2iv of a string: clean integers (surrounding whitespace
// allowed) are taken exactly, anything else goes through the double.
func strBits(s string) uint64 {
	if u, _, ok := strInt(s); ok {
		return u
	}
	return nvBits(strNV(s))
}

// strInt parses s when it is wholly an integer that fits perl's IV or UV,
// as grok_number accepts it. isUV reports a value above IV_MAX.
func strInt(s string) (bits uint64, isUV, ok bool) {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	var u uint64
	for i < len(s) && isDigitByte(s[i]) {
		d := uint64(s[i] - '0')
		if u > (math.MaxUint64-d)/10 {
			return 0, false, false
		}
		u = u*10 + d
		i++
	}
	if i == start {
		return 0, false, false
	}
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	if i != len(s) {
		return 0, false, false
	}
	if neg {
		if u > 1<<63 {
			return 0, false, false
		}
		return -u, false, true
	}
	return u, u > math.MaxInt64, true
}

// strNV is perl's string-to-double conversion: leading whitespace, a
// sign, a decimal number with optional exponent, or one of the spellings
// of infinity and NaN perl understands; anything after is ignored.
func strNV(s string) float64 {
	i := 0
	for i < len(s) && isSpaceByte(s[i]) {
		i++
	}
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	intDigits := i - start
	fracDigits := 0
	if i < len(s) && s[i] == '.' {
		j := i + 1
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		fracDigits = j - i - 1
		if intDigits > 0 || fracDigits > 0 {
			i = j
		}
	}
	if intDigits == 0 && fracDigits == 0 {
		f := infNaNWord(s[start:])
		if f == 0 {
			return 0 // a lone sign is +0
		}
		return signed(f, neg)
	}
	// "1.#INF" and friends, as printed by some C libraries.
	if s[start:i] == "1." && i < len(s) && s[i] == '#' {
		if f, ok := hashInfNaN(s[i+1:]); ok {
			return signed(f, neg)
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && isDigitByte(s[j]) {
			for j < len(s) && isDigitByte(s[j]) {
				j++
			}
			i = j
		}
	}
	f, _ := strconv.ParseFloat(s[start:i], 64) // out of range gives ±Inf or 0, as strtod
	return signed(f, neg)
}

// signed negates f when neg, leaving perl's NaN alone (perl's NaN does
// not take a sign from the string).
func signed(f float64, neg bool) float64 {
	if neg && !math.IsNaN(f) {
		return -f
	}
	return f
}

// infNaNWord recognises "inf", "infinity", "nan", "qnan", "snan" and the
// like at the start of s, case-insensitively.
func infNaNWord(s string) float64 {
	lower := func(i int) byte {
		if i < len(s) {
			c := s[i]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			return c
		}
		return 0
	}
	has := func(w string) bool {
		for i := 0; i < len(w); i++ {
			if lower(i) != w[i] {
				return false
			}
		}
		return true
	}
	switch {
	case has("inf"):
		return math.Inf(1)
	case has("nan"), has("qnan"), has("snan"):
		return perlNaN()
	}
	return 0
}

// hashInfNaN handles what follows "1.#" in the Windows spellings.
func hashInfNaN(s string) (float64, bool) {
	up := func(w string) bool {
		if len(s) < len(w) {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := s[i]
			if c >= 'a' && c <= 'z' {
				c -= 'a' - 'A'
			}
			if c != w[i] {
				return false
			}
		}
		return true
	}
	switch {
	case up("INF"):
		return math.Inf(1), true
	case up("IND"), up("QNAN"), up("SNAN"), up("NAN"):
		return perlNaN(), true
	}
	return 0, false
}

// uvValue makes a scalar from an unsigned integer: perl's UV.
func uvValue(u uint64) value.Scalar { return value.UintValue(u) }

// formatNVg formats a double as perl's %g does in messages such as
// "Cannot pack Inf with 'C'".
func formatNVg(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "Inf"
	case math.IsInf(f, -1):
		return "-Inf"
	case math.IsNaN(f):
		return "NaN"
	}
	if math.Signbit(f) {
		return "-" + formatG(-f, 6, false)
	}
	return formatG(f, 6, false)
}
