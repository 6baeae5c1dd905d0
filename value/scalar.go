// Package value holds Perl's data: scalars, arrays, hashes and references,
// with perl's rules for converting between numbers and strings.
//
// A Scalar is a small struct passed by value; variables, array elements and
// hash values are *Scalar so that Perl's aliasing (foreach, @_) shares them.
package value

import (
	"math"
	"strconv"
)

// Kind says which representation a Scalar holds.
type Kind uint8

// The kinds of scalar.
const (
	// Undef is perl's undef.
	Undef Kind = iota
	// Int is a signed 64-bit integer (perl's IV).
	Int
	// Float is a double (perl's NV).
	Float
	// Str is a byte string (perl's PV).
	Str
	// Dual holds a number and a string that need not agree, like $!.
	Dual
	// Ref is a reference; P holds the referent.
	Ref
	// Code is a code value (the referent of a code reference).
	Code
	// Glob is a typeglob or filehandle; P holds it.
	Glob
	// Uint is an unsigned integer above the int64 range (perl's UV), as
	// ~0 and bit operations produce.
	Uint
)

// Scalar is one Perl scalar value.
type Scalar struct {
	k Kind
	// u marks a Str (or Dual) whose s holds characters, UTF-8 encoded:
	// perl's SvUTF8 flag. Without it s is bytes, each one character.
	u bool
	// i holds an Int's or Dual's number, a Uint's bits, a Float's
	// IEEE bits (read through fl), or a Ref's flags: one word for all of
	// them keeps a Scalar at 48 bytes, one of Go's allocation size classes.
	i int64
	s string
	p any
}

// UndefValue is perl's undef.
func UndefValue() Scalar { return Scalar{} }

// IntValue makes an integer scalar.
func IntValue(i int64) Scalar { return Scalar{k: Int, i: i} }

// UintValue makes an unsigned integer scalar; values that fit in int64
// are held as Int.
func UintValue(u uint64) Scalar {
	if u <= math.MaxInt64 {
		return Scalar{k: Int, i: int64(u)}
	}
	return Scalar{k: Uint, i: int64(u)}
}

// Uint is the value as perl's UV: negative integers wrap to two's
// complement, as the bit operators see them.
func (v Scalar) Uint() uint64 {
	switch v.k {
	case Uint:
		return uint64(v.i)
	case Float:
		if v.fl() >= 18446744073709551615.0 {
			return math.MaxUint64
		}
		if v.fl() >= 9.223372036854775807e18 {
			return uint64(v.fl())
		}
	case Str:
		f, isInt, i := parseNum(v.s)
		if !isInt && f >= 9.223372036854775807e18 {
			if f >= 18446744073709551615.0 {
				return math.MaxUint64
			}
			return uint64(f)
		}
		if isInt {
			return uint64(i)
		}
		return uint64(floatToInt(f))
	}
	return uint64(v.Int())
}

// FloatValue makes a floating-point scalar.
func FloatValue(f float64) Scalar { return Scalar{k: Float, i: int64(math.Float64bits(f))} }

// fl is a Float's number.
func (v Scalar) fl() float64 { return math.Float64frombits(uint64(v.i)) }

// StrValue makes a string scalar.
func StrValue(s string) Scalar { return Scalar{k: Str, s: s} }

// BoolValue makes perl's true (1) or false ("").
func BoolValue(b bool) Scalar {
	if b {
		return Scalar{k: Int, i: 1}
	}
	// perl's false is both "" and 0, so numeric use does not warn.
	return Scalar{k: Dual, s: ""}
}

// DualValue makes a scalar whose number and string differ, like $!.
func DualValue(n int64, s string) Scalar { return Scalar{k: Dual, i: n, s: s} }

// RefValue makes a reference to p (a *Scalar, *Array, *Hash, *CodeValue, or
// glob).
func RefValue(p any) Scalar { return Scalar{k: Ref, p: p} }

// GlobValue wraps a glob or filehandle object.
func GlobValue(p any) Scalar { return Scalar{k: Glob, p: p} }

// Kind reports the representation held.
func (v Scalar) Kind() Kind { return v.k }

// IsUndef reports whether v is undef.
func (v Scalar) IsUndef() bool { return v.k == Undef }

// Pointer returns the referent of a Ref or the object of a Glob or Code.
func (v Scalar) Pointer() any { return v.p }

// IsInt reports whether v's numeric value is held exactly as an integer.
func (v Scalar) IsInt() bool {
	switch v.k {
	case Int, Dual:
		return true
	case Str:
		_, isInt, _ := parseNum(v.s)
		return isInt
	}
	return false
}

// Bool is perl's truth: false for undef, "", "0", 0 and 0.0.
func (v Scalar) Bool() bool {
	switch v.k {
	case Undef:
		return false
	case Int:
		return v.i != 0
	case Float:
		return v.fl() != 0
	case Uint:
		return true
	case Str:
		return v.s != "" && v.s != "0"
	case Dual:
		return v.s != "" && v.s != "0"
	}
	return true
}

// String is perl's stringification.
func (v Scalar) String() string {
	switch v.k {
	case Str, Dual:
		return v.s
	case Int:
		return strconv.FormatInt(v.i, 10)
	case Float:
		return FormatFloat(v.fl())
	case Uint:
		return strconv.FormatUint(uint64(v.i), 10)
	case Undef:
		return ""
	case Ref, Code, Glob:
		return refString(v)
	}
	return ""
}

// Float is perl's numification as a double.
func (v Scalar) Float() float64 {
	switch v.k {
	case Int, Dual:
		return float64(v.i)
	case Float:
		return v.fl()
	case Uint:
		return float64(uint64(v.i))
	case Str:
		f, _, _ := parseNum(v.s)
		return f
	case Ref, Code, Glob:
		return float64(refAddr(v))
	}
	return 0
}

// Int is perl's numification truncated to an integer (as int() would,
// saturating at the int64 range).
func (v Scalar) Int() int64 {
	switch v.k {
	case Int, Dual:
		return v.i
	case Float:
		return floatToInt(v.fl())
	case Uint:
		// perl's SvIV of a UV above IV_MAX wraps: sprintf("%d", ~0) is -1.
		return v.i
	case Str:
		f, isInt, i := parseNum(v.s)
		if isInt {
			return i
		}
		return floatToInt(f)
	case Ref, Code, Glob:
		return int64(refAddr(v))
	}
	return 0
}

// Num returns v as a number scalar (Int when exact, else Float), the way
// perl's numeric operators see it.
func (v Scalar) Num() Scalar {
	switch v.k {
	case Int, Float, Uint:
		return v
	case Dual:
		return Scalar{k: Int, i: v.i}
	case Str:
		return numifyString(v.s)
	case Undef:
		return Scalar{k: Int}
	}
	return Scalar{k: Int, i: int64(refAddr(v))}
}

// LooksLikeNumber reports whether a string is wholly a number, as
// Scalar::Util's looks_like_number and perl's "isn't numeric" warning judge.
func (v Scalar) LooksLikeNumber() bool {
	switch v.k {
	case Int, Float, Dual, Uint:
		return true
	case Str:
		return LooksLikeNumber(v.s)
	}
	return false
}

func floatToInt(f float64) int64 {
	switch {
	case math.IsNaN(f):
		return 0
	case f >= 9.223372036854775807e18:
		return math.MaxInt64
	case f <= -9.223372036854775808e18:
		return math.MinInt64
	}
	return int64(f)
}

// RawInt returns the integer of an Int scalar without conversion; it is
// the fast path for callers that have checked Kind() == Int, small enough
// to be inlined where Int is not.
func (v Scalar) RawInt() int64 { return v.i }

// AsInt returns the integer of an Int scalar and true, or false for any
// other kind. It reads the container in place, for compiled arithmetic
// that stays on integers.
func (v *Scalar) AsInt() (int64, bool) { return v.i, v.k == Int }
