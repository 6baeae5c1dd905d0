package builtins

import (
	"math"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// unpack, after pp_pack.c's unpack_rec. The data is a perl byte string.
// Templates that start with U or contain U0 make perl work on the UTF-8
// form of the data, reading it by characters or (in U0 mode) by bytes of
// that form; both modes are reproduced.

// Unpack is perl's unpack in list context: the values template finds in
// data. Errors are *Error values worded as perl's, e.g. "'x' outside of
// string in unpack".
//
// Unsigned values above 2**63-1 (from Q, J, L!, checksums) come back as
// decimal strings, since the value package has no unsigned integers.
func Unpack(template string, data string) ([]value.Scalar, error) {
	return unpackWith(parseTemplate(template, true), data, defaultMaxOutput)
}

// Unpack is perl's unpack with the parsed template cached in c.
func (c *Templates) Unpack(template string, data string) ([]value.Scalar, error) {
	return unpackWith(c.get(template, true), data, defaultMaxOutput)
}

func unpackWith(t *template, data string, max int) ([]value.Scalar, error) {
	vals, _, err := unpackDetail(t, data, max)
	return vals, err
}

// unpackDetail is unpackWith that also reports whether the result
// depends on what perl leaves undefined.
func unpackDetail(t *template, data string, max int) ([]value.Scalar, bool, error) {
	u := unpacker{buf: data, max: max}
	u.out = make([]value.Scalar, 0, t.valuesHint)
	if t.needUTF8 {
		u.buf = string(upgradeLatin1([]byte(data)))
		u.doUTF8 = true
	}
	if _, _, err := u.run(t, 0, 0, u.doUTF8 && !t.startsU); err != nil {
		return nil, u.indeterminate, err
	}
	return u.out, u.indeterminate, nil
}

// unpacker holds the state of one unpack call.
type unpacker struct {
	buf    string
	doUTF8 bool // buf is the UTF-8 form of the data
	out    []value.Scalar
	marks  [maxGroupDepth + 1]int // where each open group level started
	max    int
	work   int
	sum    checksum // of the group level being unpacked

	// indeterminate is set when perl's result depends on uninitialised
	// memory (see readBytes); the differential tests skip such cases.
	indeterminate bool
}

// checksum is the running checksum of a %<bits> prefix. Each group level
// has its own, as perl keeps it in a local of unpack_rec.
type checksum struct {
	bits    int // 0 when no checksum is running
	cuv     uint64
	cdouble float64
}

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

func (u *unpacker) setMark(level, at int) { u.marks[level] = at }

// push appends one result value.
func (u *unpacker) push(v value.Scalar) { u.out = append(u.out, v) }

// addIV, addUV and addNV feed a value to the running checksum.
func (u *unpacker) addIV(v int64) {
	if u.sum.bits > 64 {
		u.sum.cdouble += float64(v)
	} else {
		u.sum.cuv += uint64(v)
	}
}

func (u *unpacker) addUV(v uint64) {
	if u.sum.bits > 64 {
		u.sum.cdouble += float64(v)
	} else {
		u.sum.cuv += v
	}
}

// pushIV and pushUV push a value, or add it to the checksum when one is
// running.
func (u *unpacker) pushIV(v int64) {
	if u.sum.bits != 0 {
		u.addIV(v)
		return
	}
	u.push(value.IntValue(v))
}

func (u *unpacker) pushUV(v uint64) {
	if u.sum.bits != 0 {
		u.addUV(v)
		return
	}
	u.push(uvValue(v))
}

func (u *unpacker) pushNV(f float64) {
	if u.sum.bits != 0 {
		u.sum.cdouble += f
		return
	}
	u.push(value.FloatValue(f))
}

// endChecksum pushes the checksum of the item just unpacked.
func (u *unpacker) endChecksum(code byte) {
	bits := u.sum.bits
	if strings.IndexByte("fFdD", code) >= 0 || (bits > 64 && strings.IndexByte("cCsSiIlLnNUWvVqQjJ", code) >= 0) {
		anv := float64(int(1) << uint(bits&15))
		for bits >= 16 {
			bits -= 16
			anv *= 65536
		}
		c := u.sum.cdouble
		switch {
		case math.IsInf(c, 0):
			// modf of an infinity; perl loops forever on -Inf
			u.indeterminate = u.indeterminate || c < 0
			c = math.Copysign(0, c)
		case c < 0:
			if -c/anv < 1e6 {
				for c < 0 {
					c += anv
				}
			} else {
				// perl adds anv until the sum is not negative, which
				// takes practically forever here
				u.indeterminate = true
				c = math.Mod(c, anv) + anv
			}
		}
		if !math.IsInf(c, 0) {
			_, c = math.Modf(c / anv)
		}
		u.push(value.FloatValue(c * anv))
	} else {
		cuv := u.sum.cuv
		if bits < 64 {
			cuv &= 1<<uint(bits) - 1
		}
		u.push(uvValue(cuv))
	}
	u.sum.bits = 0
}

// run unpacks the symbols of t at group depth level starting at byte s,
// in character mode when utf8, and returns where it stopped. slashed
// reports that it stopped at a '/' with nothing to take a count from,
// which leaves perl's '/' flag set for the enclosing group's item.
func (u *unpacker) run(t *template, level, s int, utf8 bool) (end int, slashed bool, err error) {
	u.setMark(level, s)
	base := len(u.out)
	saved := u.sum
	u.sum = checksum{}
	defer func() { u.sum = saved }()
	for i := 0; i < len(t.syms); i++ {
		sym := &t.syms[i]
		n := sym.count
		if sym.how == lenStar {
			n = len(u.buf)
		}
		// perl reads how the count was written once per item: after a
		// '/', the counted item still sees the length item's.
		how := sym.how
		explicit := true
		for {
			if u.work++; u.work > u.max || len(u.out) > u.max {
				return s, false, errorf("Out of memory during unpack()")
			}
			beyond := s >= len(u.buf)
			if size := packSize(sym.code, sym.shriek); size > 0 {
				if howmany := (len(u.buf) - s) / size; n > howmany {
					n = howmany
				}
			}
			if sym.code == '%' && !sym.shriek {
				if how == lenNone {
					n = 16
				}
				u.sum = checksum{bits: n}
				break
			}
			slash := sym.slash
			s, utf8, slash, err = u.one(sym, how, n, level, s, utf8, explicit, slash)
			if err != nil {
				return s, false, err
			}
			if u.sum.bits != 0 {
				u.endChecksum(sym.code)
			}
			if !slash {
				break
			}
			if len(u.out)-base <= 0 {
				return s, true, nil
			}
			if i+1 == len(t.syms) {
				if t.err != nil {
					return s, false, t.err
				}
				return s, false, errorf("Code missing after '/' in unpack")
			}
			i++
			sym = &t.syms[i]
			if sym.how == lenNumber {
				return s, false, errorf("Count after length/code in unpack")
			}
			if beyond {
				return s, false, errorf("length/code after end of string in unpack")
			}
			last := u.out[len(u.out)-1]
			u.out = u.out[:len(u.out)-1]
			n = int(int64(scalarBits(last)))
			if n < 0 {
				return s, false, errorf("Negative '/' count in unpack")
			}
			explicit = false
		}
	}
	return s, false, t.err
}

// one unpacks a single symbol with count n. A group decides whether a
// '/' after it still applies, so slash goes in and comes back out.
func (u *unpacker) one(sym *symbol, how howLen, n, level, s int, utf8, explicit, slash bool) (int, bool, bool, error) {
	if sym.code == '(' {
		for ; n > 0; n-- {
			var err error
			if u.work++; u.work > u.max {
				return s, utf8, false, errorf("Out of memory during unpack()")
			}
			s, slash, err = u.run(sym.group, level+1, s, utf8)
			if err != nil {
				return s, utf8, false, err
			}
			if s == len(u.buf) && sym.how == lenStar {
				break
			}
		}
		return s, utf8, slash, nil
	}
	s, utf8, err := u.item(sym, how, n, level, s, utf8, explicit)
	return s, utf8, slash, err
}

// item unpacks a single non-group symbol with count n; how is how the
// count was written.
func (u *unpacker) item(sym *symbol, how howLen, n, level, s int, utf8, explicit bool) (int, bool, error) {
	end := len(u.buf)
	code := sym.code
	swap := sym.endian == bigEndian
	if sym.shriek {
		switch code {
		case '.':
			return u.dot(how, n, level, s, false), utf8, nil
		case '@':
			s, err := u.at(n, level, false)
			return s, utf8, err
		case 'X':
			s, err := u.backAlign(n, s, utf8)
			return s, utf8, err
		case 'x':
			s, err := u.skipAlign(n, s, utf8)
			return s, utf8, err
		case 'n':
			return u.ints(n, s, 2, true, true, utf8), utf8, nil
		case 'v':
			return u.ints(n, s, 2, true, false, utf8), utf8, nil
		case 'N':
			return u.ints(n, s, 4, true, true, utf8), utf8, nil
		case 'V':
			return u.ints(n, s, 4, true, false, utf8), utf8, nil
		case 'l':
			return u.ints(n, s, 8, true, swap, utf8), utf8, nil
		case 'L':
			return u.ints(n, s, 8, false, swap, utf8), utf8, nil
		}
		// s!, S!, i!, I! are the plain letters on this platform.
	}
	switch code {
	case '.':
		return u.dot(how, n, level, s, utf8), utf8, nil
	case '@':
		s, err := u.at(n, level, utf8)
		return s, utf8, err
	case 'X':
		s, err := u.back(n, s, utf8)
		return s, utf8, err
	case 'x':
		s, err := u.skip(n, s, utf8)
		return s, utf8, err
	case '/':
		return s, utf8, errorf("'/' must follow a numeric type in unpack")
	case 'a', 'A', 'Z':
		if u.sum.bits != 0 {
			if n > end-s {
				n = end - s
			}
			return u.chars(n, s, utf8), utf8, nil
		}
		s, err := u.str(code, how == lenStar, n, s, utf8)
		return s, utf8, err
	case 'b', 'B':
		return u.bits(code, how == lenStar, n, s, utf8), utf8, nil
	case 'h', 'H':
		return u.hex(code, how == lenStar, n, s, utf8), utf8, nil
	case 'C', 'c':
		if code == 'C' && n == 0 {
			if explicit {
				utf8 = u.doUTF8
			}
			return s, utf8, nil
		}
		for ; n > 0 && s < end; n-- {
			var v int64
			if utf8 {
				uv, size := decodeChar(u.buf[s:])
				s += size
				v = int64(uv)
			} else {
				v = int64(u.buf[s])
				s++
			}
			if v >= 128 && code == 'c' {
				v -= 256
			}
			u.pushIV(v)
		}
		return s, utf8, nil
	case 'W':
		return u.chars(n, s, utf8), utf8, nil
	case 'U':
		if n == 0 {
			if explicit && how != lenStar {
				if !u.doUTF8 {
					return s, utf8, errorf("U0 mode on a byte string")
				}
				utf8 = false
			}
			return s, utf8, nil
		}
		return u.unicode(n, s, utf8), utf8, nil
	case 's':
		return u.ints(n, s, 2, true, swap, utf8), utf8, nil
	case 'S':
		return u.ints(n, s, 2, false, swap, utf8), utf8, nil
	case 'n':
		return u.ints(n, s, 2, false, true, utf8), utf8, nil
	case 'v':
		return u.ints(n, s, 2, false, false, utf8), utf8, nil
	case 'i', 'l':
		return u.ints(n, s, 4, true, swap, utf8), utf8, nil
	case 'I', 'L':
		return u.ints(n, s, 4, false, swap, utf8), utf8, nil
	case 'N':
		return u.ints(n, s, 4, false, true, utf8), utf8, nil
	case 'V':
		return u.ints(n, s, 4, false, false, utf8), utf8, nil
	case 'q', 'j':
		return u.ints(n, s, 8, true, swap, utf8), utf8, nil
	case 'Q', 'J':
		return u.ints(n, s, 8, false, swap, utf8), utf8, nil
	case 'f', 'd', 'F', 'D':
		return u.floats(code, n, s, swap, utf8), utf8, nil
	case 'w':
		s, err := u.ber(n, s, utf8)
		return s, utf8, err
	case 'u':
		return u.uudecode(s), utf8, nil
	case 'p', 'P':
		return s, utf8, errorf("'%c' is not supported in unpack", code)
	}
	return s, utf8, errorf("Invalid type '%c' in unpack", code)
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

// dot unpacks '.': the offset of the current position from the start of
// the string (*), from here (0), or from the start of the group n levels
// out.
func (u *unpacker) dot(how howLen, n, level, s int, chars bool) int {
	from := 0
	switch {
	case how == lenStar:
	case n <= 0:
		from = s
	default:
		if l := level - (n - 1); l >= 0 {
			from = u.marks[l]
		}
	}
	if chars {
		u.work += len(u.buf) // counting characters walks the data
	}
	if from <= s {
		d := s - from
		if chars {
			d = charCount(u.buf[from:s])
		}
		u.push(value.IntValue(int64(d)))
	} else {
		d := from - s
		if chars {
			d = charCount(u.buf[s:from])
		}
		u.push(value.IntValue(-int64(d)))
	}
	return s
}

// at unpacks '@': move to n bytes (characters) after the group start.
func (u *unpacker) at(n, level int, chars bool) (int, error) {
	s := u.marks[level]
	end := len(u.buf)
	if chars {
		for ; n > 0; n-- {
			if s >= end {
				return s, errorf("'@' outside of string in unpack")
			}
			s += utf8Skip(u.buf[s])
		}
		if s > end {
			return s, errorf("'@' outside of string with malformed UTF-8 in unpack")
		}
		return s, nil
	}
	if end-s < n {
		return s, errorf("'@' outside of string in unpack")
	}
	return s + n, nil
}

// back unpacks 'X': move back n bytes (characters).
func (u *unpacker) back(n, s int, chars bool) (int, error) {
	if chars {
		for ; n > 0; n-- {
			if s <= 0 {
				return s, errorf("'X' outside of string in unpack")
			}
			s--
			for isContinuation(u.buf[s]) {
				if s <= 0 {
					return s, errorf("'X' outside of string in unpack")
				}
				s--
			}
		}
		return s, nil
	}
	if n > s {
		return s, errorf("'X' outside of string in unpack")
	}
	return s - n, nil
}

// backAlign unpacks 'X!': back to a multiple of n from the start.
func (u *unpacker) backAlign(n, s int, chars bool) (int, error) {
	if n == 0 {
		n = 1
	}
	if chars {
		u.work += s
		last, hop, left := 0, 0, n
		for hop < s {
			hop += utf8Skip(u.buf[hop])
			if left--; left == 0 {
				last, left = hop, n
			}
		}
		if last > s {
			return s, errorf("Malformed UTF-8 string in unpack")
		}
		return last, nil
	}
	return u.back(s%n, s, false)
}

// skip unpacks 'x': move on n bytes (characters).
func (u *unpacker) skip(n, s int, chars bool) (int, error) {
	end := len(u.buf)
	if chars {
		for ; n > 0; n-- {
			if s >= end {
				return s, errorf("'x' outside of string in unpack")
			}
			s += utf8Skip(u.buf[s])
		}
		return s, nil
	}
	if n > end-s {
		return s, errorf("'x' outside of string in unpack")
	}
	return s + n, nil
}

// skipAlign unpacks 'x!': on to a multiple of n from the start.
func (u *unpacker) skipAlign(n, s int, chars bool) (int, error) {
	if n == 0 {
		n = 1
	}
	var at int
	if chars {
		u.work += s
		at = charCount(u.buf[:s])
	} else {
		at = s
	}
	if r := at % n; r != 0 {
		return u.skip(n-r, s, chars)
	}
	return s, nil
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

// ber unpacks w: BER compressed integers. Numbers beyond 64 bits come
// back as decimal strings, as perl gives them.
func (u *unpacker) ber(n, s int, utf8 bool) (int, error) {
	end := len(u.buf)
	var acc uint64
	pending := 0
	for n > 0 && s < end {
		c := u.shiftByte(&s, utf8)
		acc = acc<<7 | uint64(c&0x7F)
		if c < 0x80 {
			pending = 0
			u.push(uvValue(acc))
			n--
			acc = 0
			continue
		}
		if pending++; pending >= 8 {
			var rest []byte
			for s < end {
				c := u.shiftByte(&s, utf8)
				rest = append(rest, c)
				if c&0x80 == 0 {
					pending = 0
					break
				}
			}
			str, _, _ := berBig(acc, rest)
			u.push(value.StrValue(str))
			n--
			acc = 0
		}
	}
	if s >= end && pending != 0 {
		return s, errorf("Unterminated compressed integer in unpack")
	}
	return s, nil
}

// uudecode unpacks u. It yields undef when there was too little data to
// hold even one decoded byte, as perl's unpack does.
func (u *unpacker) uudecode(s int) int {
	end := len(u.buf)
	var out []byte
	defined := (end-s)*3/4 > 0
	next := func() int {
		if s < end && isUUChar(u.buf[s]) {
			v := uuValue(u.buf[s])
			s++
			return v
		}
		return 0
	}
	for s < end && u.buf[s] != ' ' && isUUChar(u.buf[s]) {
		n := uuValue(u.buf[s])
		s++
		for n > 0 {
			a, b, c, d := next(), next(), next(), next()
			hunk := [3]byte{byte(a<<2 | b>>4), byte(b<<4 | c>>2), byte(c<<6 | d)}
			if u.sum.bits == 0 {
				out = append(out, hunk[:min(n, 3)]...)
				defined = true
			}
			n -= 3
		}
		if s < end && u.buf[s] == '\n' {
			s++
		} else if s+1 < end && u.buf[s+1] == '\n' {
			s += 2
		}
	}
	if u.sum.bits == 0 {
		if defined {
			u.push(value.StrValue(string(out)))
		} else {
			u.push(value.UndefValue())
		}
	}
	return s
}
