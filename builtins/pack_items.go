package builtins

import (
	"math"

	"github.com/miniperl/miniperl/value"
)

// The data letters of pack: integers, floats, strings, bit and hex
// strings, and characters.

// ints packs n integers of size bytes, little-endian unless swap.
func (p *packer) ints(code byte, n, size int, swap, utf8 bool, lengthcode *value.Scalar) error {
	if err := p.need(n, 2*size); err != nil {
		return err
	}
	var buf [8]byte
	for ; n > 0; n-- {
		v, err := p.intArg(lengthcode, code)
		if err != nil {
			return err
		}
		for i := 0; i < size; i++ {
			buf[i] = byte(v >> (8 * i))
		}
		p.pushBytes(utf8, buf[:size], swap)
	}
	return nil
}

// str packs a, A and Z: the string cut or padded to n bytes.
func (p *packer) str(code byte, star bool, n int, utf8 bool, lengthcode *value.Scalar) error {
	s := p.arg(lengthcode).String()
	from := len(s)
	if star {
		n = from
		if code == 'Z' {
			n++
		}
	}
	if n <= from {
		from = n
		if code == 'Z' && from > 0 {
			from--
		}
	}
	if err := p.room(2*from + n - from); err != nil {
		return err
	}
	if utf8 {
		for i := 0; i < from; i++ {
			p.out = appendLatin1AsUTF8(p.out, s[i])
		}
	} else {
		p.out = append(p.out, s[:from]...)
	}
	pad := byte(0)
	if code == 'A' {
		pad = ' '
	}
	for i := from; i < n; i++ {
		p.out = append(p.out, pad)
	}
	return nil
}

// bits packs b and B: a string of 0s and 1s (the low bit of each
// character) into bytes, ascending or descending bit order.
func (p *packer) bits(code byte, star bool, n int, utf8 bool, lengthcode *value.Scalar) error {
	s := p.arg(lengthcode).String()
	if star {
		n = len(s)
	}
	field := (n + 7) / 8
	if err := p.room(field * 2); err != nil {
		return err
	}
	if n > len(s) {
		n = len(s)
	}
	var acc byte
	l := 0
	for l < n {
		c := s[l]
		l++
		if code == 'B' {
			acc |= c & 1
			if l&7 != 0 {
				acc <<= 1
			} else {
				p.pushByte(utf8, acc)
				acc = 0
			}
		} else {
			if c&1 != 0 {
				acc |= 0x80
			}
			if l&7 != 0 {
				acc >>= 1
			} else {
				p.pushByte(utf8, acc)
				acc = 0
			}
		}
	}
	if l&7 != 0 {
		if code == 'B' {
			acc <<= 7 - uint(l&7)
		} else {
			acc >>= 7 - uint(l&7)
		}
		p.pushByte(utf8, acc)
		l += 7
	}
	if !star {
		p.out = append(p.out, make([]byte, field-l/8)...)
	}
	return nil
}

// hex packs h and H: hex digits, low or high nybble first. Letters count
// as (c+9)&15 and anything else as c&15, so any string packs.
func (p *packer) hex(code byte, star bool, n int, utf8 bool, lengthcode *value.Scalar) error {
	s := p.arg(lengthcode).String()
	if star {
		n = len(s)
	}
	field := (n + 1) / 2
	if err := p.room(field * 2); err != nil {
		return err
	}
	if n > len(s) {
		n = len(s)
	}
	var acc byte
	l := 0
	for l < n {
		c := s[l]
		l++
		var d byte
		if isAlphaByte(c) {
			d = (c + 9) & 0xF
		} else {
			d = c & 0xF
		}
		if code == 'H' {
			acc |= d
			if l&1 != 0 {
				acc <<= 4
			} else {
				p.pushByte(utf8, acc)
				acc = 0
			}
		} else {
			acc |= d << 4
			if l&1 != 0 {
				acc >>= 4
			} else {
				p.pushByte(utf8, acc)
				acc = 0
			}
		}
	}
	if l&1 != 0 {
		p.pushByte(utf8, acc)
		l++
	}
	if !star {
		p.out = append(p.out, make([]byte, field-l/2)...)
	}
	return nil
}

func isAlphaByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// wide packs W: characters by number, upgrading the result to a character
// string at the first one above 255.
func (p *packer) wide(n, level int, utf8 bool, lengthcode *value.Scalar) (bool, error) {
	if err := p.need(n, 1); err != nil {
		return utf8, err
	}
	for ; n > 0; n-- {
		v, err := p.intArg(lengthcode, 'W')
		if err != nil {
			return utf8, err
		}
		if !utf8 && v >= 0x100 {
			if p.utf8Out {
				v &= 0xFF // wrapped, with a warning in perl
			} else {
				p.upgrade(level)
				utf8 = true
			}
		}
		if utf8 {
			if p.out, err = appendUTF8(p.out, v); err != nil {
				return utf8, err
			}
		} else {
			p.out = append(p.out, byte(v))
		}
	}
	return utf8, nil
}

// unicode packs U: UTF-8 encoded characters. U0 switches to writing raw
// bytes into a character string.
func (p *packer) unicode(n, level int, utf8 bool, lengthcode *value.Scalar) (bool, error) {
	if n == 0 {
		p.upgrade(level)
		return false, nil
	}
	if err := p.need(n, 1); err != nil {
		return utf8, err
	}
	var buf [16]byte
	for ; n > 0; n-- {
		v, err := p.intArg(lengthcode, 'U')
		if err != nil {
			return utf8, err
		}
		enc, err := appendUTF8(buf[:0], v)
		if err != nil {
			return utf8, err
		}
		p.pushBytes(utf8, enc, false)
	}
	return utf8, nil
}

// floats packs f, d, F and D.
func (p *packer) floats(code byte, n int, swap, utf8 bool, lengthcode *value.Scalar) error {
	if err := p.need(n, 32); err != nil {
		return err
	}
	var buf [16]byte
	for ; n > 0; n-- {
		f := scalarNV(p.arg(lengthcode))
		var b []byte
		switch code {
		case 'f':
			b = buf[:4]
			putUint(b, uint64(math.Float32bits(toFloat32(f))))
		case 'D':
			b = buf[:16]
			putX87(b, f)
		default:
			b = buf[:8]
			putUint(b, math.Float64bits(f))
		}
		if code == 'D' && swap {
			// perl reverses all sixteen bytes, padding included.
			p.pushBytes(utf8, b, true)
			continue
		}
		p.pushBytes(utf8, b, swap)
	}
	return nil
}

// putUint stores v little-endian in b.
func putUint(b []byte, v uint64) {
	for i := range b {
		b[i] = byte(v >> (8 * i))
	}
}

// toFloat32 narrows as perl does: values beyond the float range become
// infinities rather than whatever the conversion would give.
func toFloat32(f float64) float32 {
	switch {
	case f > math.MaxFloat32:
		return float32(math.Inf(1))
	case f < -math.MaxFloat32:
		return float32(math.Inf(-1))
	}
	return float32(f)
}
