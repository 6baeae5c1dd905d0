package builtins

import (
	"math"
	"strconv"
	"strings"
)

// Floating-point conversions for sprintf. perl hands %e, %f and %g to the
// C library's snprintf, which on glibc prints the exact binary value
// rounded to nearest-even; strconv does the same, so the digits agree.
// %a is perl's own code (format_hexfp), reproduced here with its quirks.

// float formats %e %E %f %F %g %G %a %A of argument ai.
func (f *formatter) float(d *directive, ai int) error {
	arg, _ := f.argAt(ai)
	nv := scalarNV(arg)
	f.markNum(ai)
	if isInfNaN(nv) {
		return f.infNaNText(d, nv)
	}
	conv := d.conv
	if conv == 'F' {
		conv = 'f'
	}
	if d.precis > f.max || d.width > f.max {
		return errorf("Out of memory during sprintf")
	}
	if conv == 'a' || conv == 'A' {
		return f.raw(hexFloat(nv, conv, d))
	}
	precis := 6
	if d.hasPrecis {
		precis = d.precis
	}
	if conv == 'f' && precis == 0 && d.hasPrecis && d.width == 0 && !d.left && d.plus == 0 && !d.alt && !d.fill && d.intsize != 'q' {
		if s, ok := f0convert(nv); ok {
			return f.raw(s)
		}
	}
	var buf [64]byte
	var body []byte
	switch conv {
	case 'e', 'E':
		body = appendE(buf[:0], math.Abs(nv), precis, d.alt)
	case 'f':
		body = strconv.AppendFloat(buf[:0], math.Abs(nv), 'f', precis, 64)
		if d.alt && precis == 0 {
			body = append(body, '.')
		}
	case 'g', 'G':
		body = appendG(buf[:0], math.Abs(nv), precis, d.alt)
	}
	if conv == 'E' || conv == 'G' {
		for i, c := range body {
			if c == 'e' {
				body[i] = 'E'
			}
		}
	}
	var sign []byte
	switch {
	case math.Signbit(nv):
		sign = []byte{'-'}
	case d.plus != 0:
		sign = []byte{d.plus}
	}
	// C's layout: the 0 flag pads after the sign, '-' wins over it.
	return appendPadded(f, &directive{left: d.left, fill: d.fill && !d.left}, d.width, sign, 0, body)
}

// raw appends ASCII text that needs no padding or upgrading.
func (f *formatter) raw(s string) error {
	if len(s) > f.max-len(f.out) {
		return errorf("Out of memory during sprintf")
	}
	f.out = append(f.out, s...)
	return nil
}

// appendE appends C's %e of a non-negative finite value: at least two
// exponent digits, '#' keeping the point.
func appendE(dst []byte, v float64, precis int, alt bool) []byte {
	start := len(dst)
	dst = strconv.AppendFloat(dst, v, 'e', precis, 64)
	if alt && precis == 0 {
		i := start + 1 // after the one digit
		dst = append(dst, 0)
		copy(dst[i+1:], dst[i:])
		dst[i] = '.'
	}
	return dst
}

// appendG appends C's %g of a non-negative finite value with precis
// significant digits (0 meaning 1): %e or %f by the exponent, trailing
// zeros dropped unless alt.
func appendG(dst []byte, v float64, precis int, alt bool) []byte {
	if precis == 0 {
		precis = 1
	}
	var tmp [32]byte
	e := strconv.AppendFloat(tmp[:0], v, 'e', precis-1, 64)
	ei := strings.IndexByte(string(e), 'e')
	exp, _ := strconv.Atoi(string(e[ei+1:]))
	if exp < -4 || exp >= precis {
		mant := e[:ei]
		switch {
		case !alt:
			mant = trimFraction(mant)
		case precis == 1:
			mant = append(mant[:len(mant):len(mant)], '.')
		}
		dst = append(dst, mant...)
		return append(dst, e[ei:]...)
	}
	start := len(dst)
	dst = strconv.AppendFloat(dst, v, 'f', precis-1-exp, 64)
	if !alt {
		return append(dst[:start], trimFraction(dst[start:])...)
	}
	if strings.IndexByte(string(dst[start:]), '.') < 0 {
		dst = append(dst, '.')
	}
	return dst
}

// formatG is appendG as a string, for perl's messages.
func formatG(v float64, precis int, alt bool) string {
	return string(appendG(nil, v, precis, alt))
}

// trimFraction drops trailing zeros after a decimal point, and the point.
func trimFraction(s []byte) []byte {
	if strings.IndexByte(string(s), '.') < 0 {
		return s
	}
	for len(s) > 0 && s[len(s)-1] == '0' {
		s = s[:len(s)-1]
	}
	if len(s) > 0 && s[len(s)-1] == '.' {
		s = s[:len(s)-1]
	}
	return s
}

// f0convert is perl's fast path for "%.0f" (F0convert): rounding by
// adding one half, which differs from snprintf for a few values just
// above a half, such as 0.5000000000000001, which it prints as 0.
func f0convert(nv float64) (string, bool) {
	neg := nv < 0
	if neg {
		nv = -nv
	}
	if nv == 0 || !(nv < 18446744073709551616.0) {
		return "", false
	}
	uv := uint64(nv)
	if float64(uv) != nv {
		nv += 0.5
		uv = uint64(nv)
		if uv&1 != 0 && float64(uv) == nv {
			uv--
		}
	}
	s := strconv.FormatUint(uv, 10)
	if neg {
		s = "-" + s
	}
	return s, true
}

// hexFloat is perl's format_hexfp for doubles: %a and %A, width and flags
// included.
func hexFloat(nv float64, conv byte, d *directive) string {
	// The nybbles: the implicit bit (for normal numbers), then the 52
	// fraction bits.
	var vhex [17]byte
	n := 0
	bits := math.Float64bits(nv)
	frac := bits & (1<<52 - 1)
	subnormal := bits>>52&0x7FF == 0 && frac != 0
	if !subnormal {
		if nv != 0 {
			vhex[n] = 1
		}
		n++
	}
	for shift := 48; shift >= 0; shift -= 4 {
		vhex[n] = byte(frac >> uint(shift) & 0xF)
		n++
	}
	vend := n
	_, exponent := math.Frexp(math.Abs(nv))

	digits := hexLower
	if conv == 'A' {
		digits = hexUpper
	}
	var p []byte
	negative := nv < 0 || math.Signbit(nv)
	if negative {
		p = append(p, '-')
	} else if d.plus != 0 {
		p = append(p, d.plus)
	}
	p = append(p, '0', 'x')
	if conv == 'A' {
		p[len(p)-1] = 'X'
	}

	vfnz, vlnz := -1, -1
	for i := 0; i < vend; i++ {
		if vhex[i] != 0 {
			vfnz = i
			break
		}
	}
	zerotail := 0
	hexradix := false
	v := 0
	if vfnz >= 0 {
		for i := vend - 1; i >= 0; i-- {
			if vhex[i] != 0 {
				vlnz = i
				break
			}
		}
		if nv != 0 {
			exponent--
		}
		v0 := 0
		if subnormal {
			if vhex[vfnz] > 1 {
				// Normalise so that the output starts from the first set bit.
				s := 0
				for i := vhex[vfnz]; i > 1; i >>= 1 {
					s++
				}
				vhex[vlnz+1] = 0
				for i := vlnz; i >= vfnz; i-- {
					vhex[i+1] |= (vhex[i] & (0xF >> uint(4-s))) << uint(4-s)
					vhex[i] >>= uint(s)
				}
				if vhex[vlnz+1] != 0 {
					vlnz++
				}
			}
			v0 = vfnz
		}
		if d.hasPrecis {
			ve := vend
			if subnormal {
				ve = vlnz + 1
			}
			vn := ve - v0
			if d.precis < vn-1 {
				pr := v0 + d.precis
				overflow := false
				switch r := vhex[pr+1]; {
				case r < 8:
				case r > 8:
					vhex[pr]++
					overflow = vhex[pr] > 0xF
					vhex[pr] &= 0xF
				default: // exactly half on the next digit: round to even
					if vhex[pr]&1 != 0 {
						vhex[pr]++
					}
					overflow = vhex[pr] > 0xF
					vhex[pr] &= 0xF
				}
				if overflow {
					i := pr - 1
					for ; i >= v0; i-- {
						vhex[i]++
						overflow = vhex[i] > 0xF
						vhex[i] &= 0xF
						if !overflow {
							break
						}
					}
					if i == v0-1 && overflow {
						copy(vhex[v0+1:], vhex[v0:v0+vn-1])
						vhex[v0] = 1
						exponent += 4
					}
				}
				vlnz = v0 + d.precis
			} else if subnormal {
				zerotail = d.precis - vn + 1
			} else {
				zerotail = d.precis - vlnz
			}
		}
		v = v0
		p = append(p, digits[vhex[v]])
		v++
		if vfnz < vlnz {
			hexradix = true
		}
	} else {
		p = append(p, '0')
		exponent = 0
		if d.hasPrecis {
			zerotail = d.precis
		}
	}
	if (d.hasPrecis && d.precis > 0) || d.alt {
		hexradix = true
	}
	if hexradix {
		p = append(p, '.')
	}
	if vlnz >= 0 {
		for ; v <= vlnz; v++ {
			p = append(p, digits[vhex[v]])
		}
	}
	p = appendRepeat(p, '0', zerotail)
	if conv == 'A' {
		p = append(p, 'P')
	} else {
		p = append(p, 'p')
	}
	if exponent >= 0 {
		p = append(p, '+')
	}
	p = strconv.AppendInt(p, int64(exponent), 10)
	if len(p) < d.width {
		gap := d.width - len(p)
		switch {
		case d.left:
			p = appendRepeat(p, ' ', gap)
		case d.fill:
			at := 2
			if negative || d.plus != 0 {
				at = 3
			}
			rest := append([]byte(nil), p[at:]...)
			p = appendRepeat(p[:at], '0', gap)
			p = append(p, rest...)
		default:
			p = append([]byte(strings.Repeat(" ", gap)), p...)
		}
	}
	return string(p)
}
