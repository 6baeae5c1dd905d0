package builtins

import (
	"math"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// The data letters of unpack, and reading bytes from the data either
// directly or one per character in character mode.

// decodeChar reads one character of a UTF-8 buffer as perl does with
// warnings off: malformed sequences read as U+FFFD.
func decodeChar(b string) (uint64, int) {
	var tmp [13]byte
	n := copy(tmp[:], b)
	return perlDecode(tmp[:n], 0xFFFD)
}

// charByte reads one character and wraps it to a byte, as perl's
// utf8_to_bytes does when a byte-sized field is read from characters.
func (u *unpacker) charByte(s int) (byte, int) {
	uv, n := decodeChar(u.buf[s:])
	return byte(uv), n
}

// shiftByte reads the next byte, from a character in character mode.
func (u *unpacker) shiftByte(s *int, utf8 bool) byte {
	if utf8 {
		b, n := u.charByte(*s)
		*s += n
		return b
	}
	b := u.buf[*s]
	*s++
	return b
}

// readBytes reads len(dst) bytes for a numeric field into dst, reversed
// when swap. In character mode each byte comes from one character.
//
// When the characters run out part way, perl 5.36 still pushes a value
// (its read macro's "break" leaves only a do-while(0)) built from the
// bytes it got and whatever the C variable held before, and does not
// move on. That value is not defined by perl; it is made here with zeros
// for the missing bytes and the call is marked indeterminate.
func (u *unpacker) readBytes(s *int, dst []byte, swap, utf8 bool) bool {
	size := len(dst)
	if !utf8 {
		if *s+size > len(u.buf) {
			return false
		}
		for i := 0; i < size; i++ {
			if swap {
				dst[size-1-i] = u.buf[*s+i]
			} else {
				dst[i] = u.buf[*s+i]
			}
		}
		*s += size
		return true
	}
	p := *s
	short := false
	for i := 0; i < size; i++ {
		var b byte
		if p < len(u.buf) {
			var n int
			b, n = u.charByte(p)
			p += n
		} else {
			short = true
		}
		if swap {
			dst[size-1-i] = b
		} else {
			dst[i] = b
		}
	}
	if short {
		u.indeterminate = true
	} else {
		*s = p
	}
	return true
}

// ints unpacks n integers of size bytes, big-endian when swap.
func (u *unpacker) ints(n, s, size int, signed, swap, utf8 bool) int {
	var buf [8]byte
	for ; n > 0; n-- {
		if !u.readBytes(&s, buf[:size], swap, utf8) {
			break
		}
		var v uint64
		for i := size - 1; i >= 0; i-- {
			v = v<<8 | uint64(buf[i])
		}
		if signed {
			shift := uint(64 - 8*size)
			u.pushIV(int64(v<<shift) >> shift)
		} else {
			u.pushUV(v)
		}
	}
	return s
}

// floats unpacks f, d, F and D.
func (u *unpacker) floats(code byte, n, s int, swap, utf8 bool) int {
	var buf [16]byte
	size := packSize(code, false)
	for ; n > 0; n-- {
		if !u.readBytes(&s, buf[:size], swap, utf8) {
			break
		}
		var f float64
		switch code {
		case 'f':
			f = float64(math.Float32frombits(uint32(leUint(buf[:4]))))
		case 'D':
			f = x87ToFloat64(buf[:10])
		default:
			f = math.Float64frombits(leUint(buf[:8]))
		}
		u.pushNV(f)
	}
	return s
}

// leUint reads a little-endian unsigned integer.
func leUint(b []byte) uint64 {
	var v uint64
	for i := len(b) - 1; i >= 0; i-- {
		v = v<<8 | uint64(b[i])
	}
	return v
}

// chars unpacks W (and a, A, Z under a checksum): character numbers.
func (u *unpacker) chars(n, s int, utf8 bool) int {
	end := len(u.buf)
	if utf8 {
		for ; n > 0 && s < end; n-- {
			uv, size := decodeChar(u.buf[s:])
			s += size
			u.pushUV(uv)
		}
		return s
	}
	for ; n > 0; n-- {
		u.pushUV(uint64(u.buf[s]))
		s++
	}
	return s
}

// str unpacks a, A and Z.
func (u *unpacker) str(code byte, star bool, n, s int, utf8 bool) (int, error) {
	end := len(u.buf)
	if utf8 {
		hop := s
		for l := n; l > 0; l-- {
			if hop >= end {
				break
			}
			hop += utf8Skip(u.buf[hop])
		}
		if hop > end {
			return s, errorf("Malformed UTF-8 string in unpack")
		}
		n = hop - s
	} else if n > end-s {
		n = end - s
	}
	field := u.buf[s : s+n]
	var got string
	switch code {
	case 'Z':
		i := strings.IndexByte(field, 0)
		if i < 0 {
			i = len(field)
		}
		got = field[:i]
		if star {
			n = i
			if s+i != end {
				n++
			}
		}
	case 'A':
		i := len(field)
		for i > 0 && (field[i-1] == 0 || isSpaceByte(field[i-1])) {
			i--
		}
		got = field[:i]
	default:
		got = field
	}
	if utf8 {
		down, ok := downgrade(got)
		if !ok {
			return s, errorf("Wide character in unpack")
		}
		got = down
	}
	u.push(value.StrValue(got))
	return s + n, nil
}

// downgrade is perl's sv_utf8_downgrade: UTF-8 back to a byte string,
// failing on characters above 255 or malformed bytes.
func downgrade(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	out := make([]byte, 0, len(s))
	for len(s) > 0 {
		var tmp [13]byte
		k := copy(tmp[:], s)
		uv, n, ok := decodeUTF8(tmp[:k])
		if !ok || uv > 0xFF {
			return "", false
		}
		out = append(out, byte(uv))
		s = s[n:]
	}
	return string(out), true
}

// bits unpacks b and B into strings of 0s and 1s, or counts set bits
// under a checksum.
func (u *unpacker) bits(code byte, star bool, n, s int, utf8 bool) int {
	end := len(u.buf)
	if star || n > (end-s)*8 {
		n = (end - s) * 8
	}
	if u.sum.bits != 0 {
		for n >= 8 && s < end {
			u.sum.cuv += uint64(popCount8(u.shiftByte(&s, utf8)))
			n -= 8
		}
		if n > 0 && s < end {
			b := u.shiftByte(&s, utf8)
			for ; n > 0; n-- {
				if code == 'b' {
					u.sum.cuv += uint64(b & 1)
					b >>= 1
				} else {
					u.sum.cuv += uint64(b >> 7)
					b <<= 1
				}
			}
		}
		return s
	}
	out := make([]byte, 0, n)
	var b byte
	for i := 0; i < n; i++ {
		if i&7 != 0 {
			if code == 'b' {
				b >>= 1
			} else {
				b <<= 1
			}
		} else {
			if s >= end {
				break
			}
			b = u.shiftByte(&s, utf8)
		}
		bit := b & 1
		if code == 'B' {
			bit = b >> 7
		}
		out = append(out, '0'+bit)
	}
	u.push(value.StrValue(string(out)))
	return s
}

func popCount8(b byte) int {
	n := 0
	for ; b != 0; b &= b - 1 {
		n++
	}
	return n
}

// hex unpacks h and H into hex digit strings (nothing under a checksum,
// though the data is consumed).
func (u *unpacker) hex(code byte, star bool, n, s int, utf8 bool) int {
	end := len(u.buf)
	if star || n > (end-s)*2 {
		n = (end - s) * 2
	}
	var out []byte
	if u.sum.bits == 0 {
		out = make([]byte, 0, n)
	}
	var b byte
	for i := 0; i < n; i++ {
		if i&1 != 0 {
			if code == 'h' {
				b >>= 4
			} else {
				b <<= 4
			}
		} else {
			if s >= end {
				break
			}
			b = u.shiftByte(&s, utf8)
		}
		if u.sum.bits == 0 {
			if code == 'h' {
				out = append(out, hexLower[b&15])
			} else {
				out = append(out, hexLower[b>>4&15])
			}
		}
	}
	if u.sum.bits == 0 {
		u.push(value.StrValue(string(out)))
	}
	return s
}

// unicode unpacks U: UTF-8 sequences decoded to code points. In
// character mode the sequence's bytes come one per character. Malformed
// sequences give 0.
func (u *unpacker) unicode(n, s int, utf8 bool) int {
	end := len(u.buf)
	if n > end-s {
		n = end - s
	}
	for ; n > 0 && s < end; n-- {
		var uv uint64
		if utf8 {
			// The sequence's bytes come one per character; all of them
			// are consumed even when they do not decode, and a sequence
			// cut short by the end of the data ends the item.
			var seq [13]byte
			p := s
			b0, k := u.charByte(p)
			seq[0] = b0
			p += k
			want := utf8Skip(b0)
			got := 1
			for got < want && p < end {
				b, k := u.charByte(p)
				seq[got] = b
				p += k
				got++
			}
			if got < want {
				break
			}
			uv, _ = perlDecode(seq[:got], 0)
			s = min(p, end)
		} else {
			var tmp [13]byte
			k := copy(tmp[:], u.buf[s:])
			v, used := perlDecode(tmp[:k], 0)
			uv = v
			s += used
		}
		u.pushUV(uv)
	}
	return s
}
