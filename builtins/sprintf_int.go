package builtins

import "github.com/miniperl/miniperl/value"

// sprintf's integer conversions (%d %i %u %o %x %X %b %B %D %U %O %p), %c,
// %v vectors of them, and infinities and NaNs under any numeric conversion.

// infNaNText formats an infinite or NaN argument, for any numeric
// conversion.
func (f *formatter) infNaNText(d *directive, nv float64) error {
	var s string
	switch {
	case nv != nv:
		s = "NaN"
	case nv < 0:
		s = "-Inf"
	case d.plus != 0: // a space flag gives '+' here too
		s = "+Inf"
	default:
		s = "Inf"
	}
	return f.emit(d, s, false)
}

// char formats %c: the character with the number of argument ai.
func (f *formatter) char(d *directive, ai int) error {
	if nv, bad := f.infNaN(ai); bad {
		return errorf("Cannot printf %s with 'c'", formatNVg(nv))
	}
	arg, _ := f.argAt(ai)
	uv := scalarBits(arg)
	f.markInt(ai)
	var buf [16]byte
	if uv > 255 || (uv >= 0x80 && f.hasUTF8) {
		enc, err := appendUTF8(buf[:0], uv)
		if err != nil {
			return err
		}
		s := string(enc)
		if d.hasPrecis && d.precis < len(s) {
			s = s[:d.precis] // perl cuts bytes here, even mid-character
		}
		return f.emit(d, s, true)
	}
	s := string([]byte{byte(uv)})
	if d.hasPrecis && d.precis < 1 {
		s = ""
	}
	return f.emit(d, s, false)
}

// integer formats the integer conversions of argument ai, including %v
// vectors.
func (f *formatter) integer(d *directive, ai int) error {
	arg, _ := f.argAt(ai)
	base := 10
	signed := false
	switch d.conv {
	case 'd', 'i':
		signed = true
	case 'D':
		signed, d.intsize = true, 'q'
	case 'U':
		d.intsize = 'q'
	case 'O':
		d.intsize, base = 'q', 8
	case 'o':
		base = 8
	case 'x', 'X', 'p':
		base = 16
	case 'b', 'B':
		base = 2
	}
	conv := d.conv
	if conv == 'p' {
		conv = 'x' // for '#'
	}
	if d.vectorize {
		var plusBuf [1]byte
		var sign []byte
		if signed && d.plus != 0 {
			plusBuf[0] = d.plus
			sign = plusBuf[:]
		}
		vec := f.str(ai)
		if d.joinerArg == ai && vec != d.joiner {
			d.joiner = aliasedJoiner(d.joiner, vec, &f.indeterminate)
		}
		if v, _ := f.argAt(ai); v.IsUTF8() {
			// A character string's vector is its characters.
			return f.vectorChars(d, conv, base, sign, vec)
		}
		for i := 0; i < len(vec); i++ {
			if err := f.digits(d, conv, base, sign, uint64(vec[i])); err != nil {
				return err
			}
			if i+1 < len(vec) {
				f.literalRaw(d.joiner)
			}
			sign = nil
		}
		return nil
	}
	if d.conv != 'p' {
		if nv, bad := f.infNaN(ai); bad {
			return f.infNaNText(d, nv)
		}
		f.markInt(ai)
	}
	var uv uint64
	var signBuf [1]byte
	var sign []byte
	switch {
	case d.conv == 'p':
		uv = pseudoAddress(arg)
	case signed:
		iv := int64(scalarBits(arg))
		switch d.intsize {
		case 'c':
			iv = int64(int8(iv))
		case 'h':
			iv = int64(int16(iv))
		}
		if iv >= 0 {
			uv = uint64(iv)
			if d.plus != 0 {
				signBuf[0] = d.plus
				sign = signBuf[:]
			}
		} else {
			uv = -uint64(iv)
			signBuf[0] = '-'
			sign = signBuf[:]
		}
	default:
		uv = scalarBits(arg)
		switch d.intsize {
		case 'c':
			uv = uint64(uint8(uv))
		case 'h':
			uv = uint64(uint16(uv))
		}
	}
	return f.digits(d, conv, base, sign, uv)
}

// aliasedJoiner is the joiner perl prints when the vector argument is
// the scalar the joiner came from and reading it again gave a different
// string (a double read as an integer in between now stringifies as that
// integer). perl keeps a pointer into the scalar's buffer with the old
// length, and the new string was written over the old one: the joiner is
// the new string, its NUL, and the old string's tail. A longer new string
// moves the buffer and perl reads freed memory.
func aliasedJoiner(old, now string, indeterminate *bool) string {
	if len(now) >= len(old) {
		*indeterminate = true
		return old
	}
	return now + "\x00" + old[len(now)+1:]
}

// literalRaw appends a %v joiner, which was upgraded when it was read.
func (f *formatter) literalRaw(s string) { f.out = append(f.out, s...) }

// pseudoAddress stands in for perl's %p, which prints the address of the
// argument's SV. Addresses of references are available; other values have
// none here, so they print as 0.
func pseudoAddress(v value.Scalar) uint64 {
	switch v.Kind() {
	case value.Ref, value.Code, value.Glob:
		return uint64(v.Int())
	}
	return 0
}

const hexLower = "0123456789abcdef"

const hexUpper = "0123456789ABCDEF"

// digits formats uv in base with the precision, '#' prefix and sign.
func (f *formatter) digits(d *directive, conv byte, base int, sign []byte, uv uint64) error {
	var buf [70]byte
	i := len(buf)
	var signBuf [4]byte
	esign := append(signBuf[:0], sign...)
	switch base {
	case 16:
		digs := hexLower
		if conv == 'X' {
			digs = hexUpper
		}
		for {
			i--
			buf[i] = digs[uv&15]
			uv >>= 4
			if uv == 0 {
				break
			}
		}
		if d.alt && buf[i] != '0' {
			esign = append(esign, '0', conv)
		}
	case 8:
		for {
			i--
			buf[i] = '0' + byte(uv&7)
			uv >>= 3
			if uv == 0 {
				break
			}
		}
		if d.alt && buf[i] != '0' {
			i--
			buf[i] = '0'
		}
	case 2:
		for {
			i--
			buf[i] = '0' + byte(uv&1)
			uv >>= 1
			if uv == 0 {
				break
			}
		}
		if d.alt && buf[i] != '0' {
			esign = append(esign, '0', conv)
		}
	default:
		for {
			i--
			buf[i] = '0' + byte(uv%10)
			uv /= 10
			if uv == 0 {
				break
			}
		}
	}
	text := buf[i:]
	zeros := 0
	dd := *d
	if d.hasPrecis {
		if d.precis > len(text) {
			zeros = d.precis - len(text)
		} else if d.precis == 0 && len(text) == 1 && text[0] == '0' && !(base == 8 && d.alt) {
			text = text[:0]
		}
		dd.fill = false // a precision overrides the 0 flag
	}
	if zeros > f.max {
		return errorf("Out of memory during sprintf")
	}
	// digits and signs are ASCII, the same in a character string
	return appendPadded(f, &dd, dd.width, esign, zeros, text)
}
