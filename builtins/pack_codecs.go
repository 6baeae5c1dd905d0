package builtins

import (
	"math"
	"math/big"
	"math/bits"

	"github.com/miniperl/miniperl/value"
)

// The encodings behind pack's w (BER compressed integers), u (uuencode)
// and D (the x87 80-bit long double perl has on x86-64 Linux), with their
// decoders for unpack.

// uuEncodeMap is perl's PL_uuemap: 0 encodes as '`', not ' '.
const uuEncodeMap = "`!\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_"

// uuencode packs u: lines of up to n bytes (45 by default, at most 63).
func (p *packer) uuencode(n int, utf8 bool, lengthcode *value.Scalar) error {
	s := p.arg(lengthcode).String()
	if n <= 2 {
		n = 45
	} else {
		n = n / 3 * 3
	}
	if n >= 64 {
		n = 63 // "Field too wide in 'u' format in pack" is only a warning
	}
	if err := p.room((len(s)+2)/3*8 + (len(s)+n-1)/n*4); err != nil {
		return err
	}
	var line [1 + 63/3*4 + 1]byte
	for len(s) > 0 {
		todo := min(n, len(s))
		enc := uuLine(line[:0], s[:todo])
		p.pushBytes(utf8, enc, false)
		s = s[todo:]
	}
	return nil
}

// uuLine is perl's doencodes: one uuencoded line with its length byte.
func uuLine(h []byte, s string) []byte {
	h = append(h, uuEncodeMap[len(s)])
	for len(s) > 2 {
		h = append(h,
			uuEncodeMap[s[0]>>2&077],
			uuEncodeMap[(s[0]<<4&060)|(s[1]>>4&017)],
			uuEncodeMap[(s[1]<<2&074)|(s[2]>>6&03)],
			uuEncodeMap[s[2]&077])
		s = s[3:]
	}
	if len(s) > 0 {
		var r byte
		if len(s) > 1 {
			r = s[1]
		}
		h = append(h,
			uuEncodeMap[s[0]>>2&077],
			uuEncodeMap[(s[0]<<4&060)|(r>>4&017)],
			uuEncodeMap[r<<2&074],
			uuEncodeMap[0])
	}
	return append(h, '\n')
}

// isUUChar is perl's ISUUCHAR: ' ' through '`'.
func isUUChar(c byte) bool { return c >= ' ' && c < 'a' }

// uuValue is perl's PL_uudmap: the six bits a uuencoded character stands for.
func uuValue(c byte) int {
	if c == '`' || c == ' ' {
		return 0
	}
	return int(c-' ') & 077
}

// ber packs w: unsigned integers in base 128, high digits first, every
// byte but the last with its top bit set.
func (p *packer) ber(n int, utf8 bool, lengthcode *value.Scalar) error {
	if err := p.need(n, 1); err != nil {
		return err
	}
	var buf [16]byte
	for ; n > 0; n-- {
		v := p.arg(lengthcode)
		if f, bad := infNaNArg(v); bad {
			return errorf("Cannot compress %s in pack", formatNVg(f))
		}
		f := scalarNV(v)
		if f < 0 {
			return errorf("Cannot compress negative numbers in pack")
		}
		k := v.Kind()
		switch {
		case k == value.Int || k == value.Dual || k == value.Undef || f < 18446744073709551616.0:
			u := uint64(v.Int())
			if k == value.Str || k == value.Float {
				u = scalarBits(v)
			}
			p.pushBytes(utf8, berUint(buf[:0], u), false)
		case k == value.Str:
			digits, ok := wholeDigits(v.String())
			if !ok {
				return errorf("Can only compress unsigned integers in pack")
			}
			p.pushBytes(utf8, berDecimal(digits), false)
		default:
			p.pushBytes(utf8, berFloat(f), false)
		}
	}
	return nil
}

// berUint encodes u.
func berUint(dst []byte, u uint64) []byte {
	var tmp [10]byte
	i := len(tmp)
	for {
		i--
		tmp[i] = byte(u&0x7F) | 0x80
		u >>= 7
		if u == 0 {
			break
		}
	}
	tmp[len(tmp)-1] &= 0x7F
	return append(dst, tmp[i:]...)
}

// berFloat encodes a whole double too large for a UV, digit by digit as
// perl does with floor and division.
func berFloat(f float64) []byte {
	f = math.Floor(f)
	var out []byte
	for {
		next := math.Floor(f / 128)
		out = append(out, byte(f-next*128)|0x80)
		f = next
		if !(f > 0) {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	out[len(out)-1] &= 0x7F
	return out
}

// wholeDigits is perl's is_an_int: the integer part of a decimal string,
// allowing spaces anywhere and '+' before the digits; anything else fails.
func wholeDigits(s string) (string, bool) {
	out := make([]byte, 0, len(s))
	skip, ignore := true, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == 0:
			return string(out), true // perl stops at a NUL
		case c == ' ':
		case c == '+':
			if !skip {
				return "", false
			}
		case isDigitByte(c):
			skip = false
			if !ignore {
				out = append(out, c)
			}
		case c == '.':
			ignore = true
		default:
			return "", false
		}
	}
	return string(out), true
}

// berDecimal encodes a decimal digit string of any length.
func berDecimal(digits string) []byte {
	n, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		n = new(big.Int)
	}
	var out []byte
	mask := big.NewInt(0x7F)
	d := new(big.Int)
	for {
		d.And(n, mask)
		out = append(out, byte(d.Int64())|0x80)
		n.Rsh(n, 7)
		if n.Sign() == 0 {
			break
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	out[len(out)-1] &= 0x7F
	return out
}

// berBig continues decoding a BER integer that has outgrown 64 bits: it
// returns the decimal string perl builds and where the number ended.
// done is false when the string ran out first.
func berBig(acc uint64, rest []byte) (string, int, bool) {
	n := new(big.Int).SetUint64(acc)
	for i, c := range rest {
		n.Lsh(n, 7)
		n.Or(n, big.NewInt(int64(c&0x7F)))
		if c&0x80 == 0 {
			return bigDecimal(n), i + 1, true
		}
	}
	return bigDecimal(n), len(rest), false
}

// bigDecimal prints n as perl's mul128 string does, which loses every
// leading zero: zero itself is the empty string.
func bigDecimal(n *big.Int) string {
	if n.Sign() == 0 {
		return ""
	}
	return n.String()
}

// putX87 stores f as an x87 80-bit extended double in the first ten of
// sixteen bytes, the rest zero, as perl packs D.
func putX87(b []byte, f float64) {
	for i := range b {
		b[i] = 0
	}
	u := math.Float64bits(f)
	sign := uint16(u>>63) << 15
	exp := int(u >> 52 & 0x7FF)
	frac := u & (1<<52 - 1)
	var mant uint64
	var e uint16
	switch {
	case exp == 0x7FF && frac == 0: // infinity
		e = 0x7FFF
		mant = 1 << 63
	case exp == 0x7FF: // NaN: the payload moves up, quieted as the FPU loads it
		e = 0x7FFF
		mant = 1<<63 | 1<<62 | frac<<11
	case exp == 0 && frac == 0:
		e, mant = 0, 0
	case exp == 0: // subnormal double: normal in the wider format
		shift := bits.LeadingZeros64(frac) // frac < 2**52, so shift >= 12
		mant = frac << uint(shift)
		e = uint16(16383 - 1022 - (shift - 11))
	default:
		e = uint16(exp - 1023 + 16383)
		mant = 1<<63 | frac<<11
	}
	putUint(b[:8], mant)
	b[8] = byte(e | sign)
	b[9] = byte((e | sign) >> 8)
}

// x87ToFloat64 converts an x87 80-bit extended double to the nearest
// double, as the FPU does when perl stores the long double in an NV.
// Encodings the FPU rejects (unnormals, pseudo-NaNs) give its default NaN.
func x87ToFloat64(b []byte) float64 {
	mant := uint64(0)
	for i := 7; i >= 0; i-- {
		mant = mant<<8 | uint64(b[i])
	}
	se := uint16(b[8]) | uint16(b[9])<<8
	neg := se&0x8000 != 0
	exp := int(se & 0x7FFF)
	intBit := mant>>63 != 0
	if exp == 0x7FFF {
		if !intBit {
			return perlNaN()
		}
		if mant<<1 == 0 {
			return math.Copysign(math.Inf(1), boolSign(neg))
		}
		// A NaN: keep the top 52 payload bits, quieted.
		u := uint64(0x7FF)<<52 | 1<<51 | (mant<<1)>>12
		if neg {
			u |= 1 << 63
		}
		return math.Float64frombits(u)
	}
	if exp != 0 && !intBit {
		return perlNaN() // unnormal
	}
	if mant == 0 {
		return math.Copysign(0, boolSign(neg))
	}
	// value = mant * 2**(exp - 16383 - 63); pseudo-denormals (exp 0 with
	// the integer bit set) use exponent 1 like true denormals.
	if exp == 0 {
		exp = 1
	}
	x := new(big.Float).SetPrec(64).SetUint64(mant)
	x.SetMantExp(x, exp-16383-63)
	if neg {
		x.Neg(x)
	}
	f, _ := x.Float64()
	return f
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}
