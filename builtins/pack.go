package builtins

import (
	"math"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// pack, after pp_pack.c's pack_rec.
//
// Strings here are perl byte strings. When perl's result would be a
// character string (the template starts with U, or a W or U0 forces it),
// Pack returns perl's internal form of that string: its UTF-8 encoding,
// with the bytes below 256 packed by other letters encoded as characters
// exactly as perl's buffer holds them.

// defaultMaxOutput caps the bytes pack may produce and the work unpack may
// do, so that a count like x99999999999 fails instead of exhausting
// memory. perl would die "Out of memory" in the same places.
const defaultMaxOutput = 1 << 30

// Pack is perl's pack: it packs args by template. Errors are *Error values
// worded as perl's, e.g. "Invalid type 'y' in pack".
func Pack(template string, args []value.Scalar) (string, error) {
	return packWith(parseTemplate(template, false), args, defaultMaxOutput)
}

// Pack is perl's pack with the parsed template cached in c.
func (c *Templates) Pack(template string, args []value.Scalar) (string, error) {
	return packWith(c.get(template, false), args, defaultMaxOutput)
}

func packWith(t *template, args []value.Scalar, max int) (string, error) {
	s, _, err := packDetail(t, args, max)
	return s, err
}

// packDetail is packWith that also reports whether perl's behaviour is
// undefined for this call (it would corrupt memory).
func packDetail(t *template, args []value.Scalar, max int) (string, bool, error) {
	p := packer{args: args, max: max}
	p.out = make([]byte, 0, min(t.sizeHint, max))
	if err := p.run(t, 0, false); err != nil {
		return "", p.indeterminate, err
	}
	if p.utf8Out && !validUTF8(p.out) {
		return "", p.indeterminate, packUTF8Error(p.out)
	}
	return bytesToString(p.out), p.indeterminate, nil
}

// packer holds the state of one pack call.
type packer struct {
	out     []byte
	args    []value.Scalar
	next    int                    // index of the next argument
	utf8Out bool                   // the result is a character string (SvUTF8 in perl)
	marks   [maxGroupDepth + 1]int // where each open group level started
	max     int
	work    int

	// indeterminate is set where perl's own behaviour is undefined: a
	// '.' offset of -2**63 makes perl move its write pointer wildly. We
	// report an error instead; the differential tests skip such calls.
	indeterminate bool
}

// items is the number of arguments not yet used.
func (p *packer) items() int { return len(p.args) - p.next }

// arg is perl's NEXTFROM: the '/' length when one is pending, else the
// next argument, else the empty string.
func (p *packer) arg(lengthcode *value.Scalar) value.Scalar {
	if lengthcode != nil {
		return *lengthcode
	}
	if p.next < len(p.args) {
		p.next++
		return p.args[p.next-1]
	}
	return value.StrValue("")
}

// setMark records where the group at level starts.
func (p *packer) setMark(level, at int) { p.marks[level] = at }

// room fails when adding n bytes would pass the output limit.
func (p *packer) room(n int) error {
	if n < 0 || n > p.max-len(p.out) {
		return errorf("Out of memory during pack()")
	}
	return nil
}

// need fails when n items of size bytes would pass the output limit.
func (p *packer) need(n, size int) error {
	if n > (p.max-len(p.out))/size {
		return errorf("Out of memory during pack()")
	}
	return nil
}

// grow appends n zero bytes.
func (p *packer) grow(n int) error {
	if err := p.room(n); err != nil {
		return err
	}
	p.out = append(p.out, make([]byte, n)...)
	return nil
}

// pushByte appends b, as a character when packing characters.
func (p *packer) pushByte(utf8 bool, b byte) {
	if utf8 {
		p.out = appendLatin1AsUTF8(p.out, b)
	} else {
		p.out = append(p.out, b)
	}
}

// pushBytes appends b, reversed when swap, each byte as a character when
// packing characters.
func (p *packer) pushBytes(utf8 bool, b []byte, swap bool) {
	for i := range b {
		c := b[i]
		if swap {
			c = b[len(b)-1-i]
		}
		p.pushByte(utf8, c)
	}
}

// upgrade is perl's marked_upgrade: the result becomes a character string,
// re-encoding what is there and moving the group marks of the open levels.
func (p *packer) upgrade(level int) {
	if p.utf8Out {
		return
	}
	p.utf8Out = true
	high := 0
	for _, b := range p.out {
		if b >= 0x80 {
			high++
		}
	}
	if high == 0 {
		return
	}
	for l := 0; l <= level; l++ {
		m := p.marks[l]
		n := 0
		for _, b := range p.out[:min(m, len(p.out))] {
			if b >= 0x80 {
				n++
			}
		}
		p.marks[l] = m + n
	}
	p.out = upgradeLatin1(p.out)
}

// shrink drops n bytes from the end; code names the letter in the error.
func (p *packer) shrink(n int, code byte, level int) error {
	if n < 0 || n > len(p.out) { // n < 0 only when -IV_MIN overflowed
		return errorf("'%c' outside of string in pack", code)
	}
	p.out = p.out[:len(p.out)-n]
	p.clampMarks(level)
	return nil
}

// clampMarks keeps group starts from pointing past the end after the
// result was cut back.
func (p *packer) clampMarks(level int) {
	for l := level; l >= 0; l-- {
		if p.marks[l] <= len(p.out) {
			break
		}
		p.marks[l] = len(p.out)
	}
}

// shrinkChars drops n characters from the end of a character result.
func (p *packer) shrinkChars(n int, code byte) error {
	cur := len(p.out)
	for ; n > 0; n-- {
		if cur <= 0 {
			return errorf("'%c' outside of string in pack", code)
		}
		cur--
		for isContinuation(p.out[cur]) {
			if cur <= 0 {
				return errorf("'%c' outside of string in pack", code)
			}
			cur--
		}
	}
	p.out = p.out[:cur]
	return nil
}

// intArg is SvIV_no_inf: the next argument as an integer bit pattern,
// refusing infinities and NaNs.
func (p *packer) intArg(lengthcode *value.Scalar, code byte) (uint64, error) {
	v := p.arg(lengthcode)
	switch v.Kind() {
	case value.Int, value.Dual, value.Undef:
		return uint64(v.Int()), nil
	}
	if f, bad := infNaNArg(v); bad {
		if code == 'w' {
			return 0, errorf("Cannot compress %s in pack", formatNVg(f))
		}
		return 0, errorf("Cannot pack %s with '%c'", formatNVg(f), code)
	}
	return scalarBits(v), nil
}

// run packs the symbols of t at group depth level; utf8 says whether bytes
// are being written as characters (perl's utf8 flag in pack_rec).
func (p *packer) run(t *template, level int, utf8 bool) error {
	if len(t.syms) == 0 {
		return t.err
	}
	if level == 0 && t.syms[0].code == 'U' {
		p.upgrade(level)
		utf8 = false
	}
	p.setMark(level, len(p.out))
	override, overridden := 0, false // a count given by a preceding '/'
	// After a group perl takes the '/' flag for the next item from the
	// group's own parse state: lost when the group ran, the group's own
	// '/' when it ran no times.
	slashAfterGroup, fixSlash := false, false
	for i := range t.syms {
		sym := t.syms[i]
		if overridden {
			sym.how, sym.count, overridden = lenNumber, override, false
		}
		if fixSlash {
			sym.slash, fixSlash = slashAfterGroup, false
		}
		if p.work++; p.work > p.max {
			return errorf("Out of memory during pack()")
		}
		n := sym.count
		if sym.how == lenStar {
			n = p.items()
			if strings.IndexByte("@Xxu", sym.code) >= 0 {
				n = 0
			}
		}
		// perl parses the following symbol before packing this one.
		if i+1 == len(t.syms) && t.err != nil {
			return t.err
		}
		var lengthcode *value.Scalar
		if sym.slash {
			if i+1 == len(t.syms) {
				return errorf("Code missing after '/' in pack")
			}
			next := &t.syms[i+1]
			count := p.items()
			switch next.code {
			case 'a', 'A', 'Z':
				if next.how == lenNumber {
					count = next.count
				} else {
					count = 0
					if p.items() > 0 {
						count = len(p.args[p.next].String())
					}
					if next.code == 'Z' {
						count++
					}
				}
			default:
				if next.how == lenNumber && next.count < p.items() {
					count = next.count
				}
			}
			override, overridden = count, true
			lc := value.IntValue(int64(count))
			lengthcode = &lc
		}
		var err error
		if sym.code == '(' {
			ran := 0
			for ; n > 0; n-- {
				was := p.utf8Out
				if err := p.run(sym.group, level+1, utf8); err != nil {
					return err
				}
				ran++
				if p.utf8Out != was {
					utf8 = true
				}
				if sym.how == lenStar && p.items() == 0 {
					break
				}
			}
			slashAfterGroup, fixSlash = ran == 0 && sym.slash, true
		} else if utf8, err = p.one(&sym, n, level, utf8, lengthcode); err != nil {
			return err
		}
		if len(p.out) > p.max {
			return errorf("Out of memory during pack()")
		}
	}
	return nil
}

// one packs a single symbol n times and returns the new utf8 mode.
func (p *packer) one(sym *symbol, n, level int, utf8 bool, lengthcode *value.Scalar) (bool, error) {
	code := sym.code
	swap := sym.endian == bigEndian
	if sym.shriek {
		switch code {
		case '.', '@':
			return utf8, p.position(sym, n, level, utf8, lengthcode)
		case 'x', 'X':
			return utf8, p.align(code, n, level, utf8)
		case 'l', 'L':
			return utf8, p.ints(code, n, 8, swap, utf8, lengthcode)
		case 'n':
			return utf8, p.ints(code, n, 2, true, utf8, lengthcode)
		case 'N':
			return utf8, p.ints(code, n, 4, true, utf8, lengthcode)
		}
		// s!, S!, i!, I!, v!, V! are the same as without the '!' here.
	}
	switch code {
	case '%':
		return utf8, errorf("'%%' may not be used in pack")
	case '.', '@':
		return utf8, p.position(sym, n, level, utf8, lengthcode)
	case 'X':
		if utf8 {
			if n < 1 {
				return utf8, nil
			}
			if err := p.shrinkChars(n, 'X'); err != nil {
				return utf8, err
			}
			p.clampMarks(level)
			return utf8, nil
		}
		return utf8, p.shrink(n, 'X', level)
	case 'x':
		return utf8, p.grow(n)
	case 'a', 'A', 'Z':
		return utf8, p.str(code, sym.how == lenStar, n, utf8, lengthcode)
	case 'b', 'B':
		return utf8, p.bits(code, sym.how == lenStar, n, utf8, lengthcode)
	case 'h', 'H':
		return utf8, p.hex(code, sym.how == lenStar, n, utf8, lengthcode)
	case 'c', 'C':
		if code == 'C' && n == 0 {
			return p.utf8Out, nil
		}
		if err := p.need(n, 1); err != nil {
			return utf8, err
		}
		for ; n > 0; n-- {
			v, err := p.intArg(lengthcode, code)
			if err != nil {
				return utf8, err
			}
			p.pushByte(utf8, byte(v))
		}
		return utf8, nil
	case 'W':
		return p.wide(n, level, utf8, lengthcode)
	case 'U':
		return p.unicode(n, level, utf8, lengthcode)
	case 's', 'S', 'v':
		return utf8, p.ints(code, n, 2, swap, utf8, lengthcode)
	case 'n':
		return utf8, p.ints(code, n, 2, true, utf8, lengthcode)
	case 'i', 'I', 'l', 'L', 'V':
		return utf8, p.ints(code, n, 4, swap, utf8, lengthcode)
	case 'N':
		return utf8, p.ints(code, n, 4, true, utf8, lengthcode)
	case 'q', 'Q', 'j', 'J':
		return utf8, p.ints(code, n, 8, swap, utf8, lengthcode)
	case 'f', 'd', 'F', 'D':
		return utf8, p.floats(code, n, swap, utf8, lengthcode)
	case 'w':
		return utf8, p.ber(n, utf8, lengthcode)
	case 'u':
		return utf8, p.uuencode(n, utf8, lengthcode)
	case 'p', 'P':
		return utf8, errorf("'%c' is not supported in pack", code)
	}
	return utf8, errorf("Invalid type '%c' in pack", code)
}

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

// position handles '@' (an offset from the start of the group) and '.'
// (an offset taken from the next argument, counted from a group start
// chosen by its count).
func (p *packer) position(sym *symbol, n, level int, utf8 bool, lengthcode *value.Scalar) error {
	code := sym.code
	var from int
	if code == '.' {
		switch {
		case sym.how == lenStar:
			from = 0
		case n == 0:
			from = len(p.out)
		default:
			l := level - (n - 1)
			if l >= 0 {
				from = p.marks[l]
			}
		}
		v, err := p.intArg(lengthcode, '.')
		if err != nil {
			return err
		}
		n = int(int64(v))
	} else {
		from = p.marks[level]
	}
	if utf8 && !sym.shriek {
		if n < 0 {
			if -n < 0 {
				p.indeterminate = true
			}
			p.out = p.out[:from]
			if err := p.shrinkChars(-n, code); err != nil {
				return err
			}
			p.clampMarks(level)
			return nil
		}
		p.work += len(p.out) - from
		for n > 0 && from < len(p.out) {
			from += utf8Skip(p.out[from])
			n--
		}
		if from > len(p.out) {
			return errorf("Malformed UTF-8 string in pack")
		}
		if n > 0 {
			return p.grow(n)
		}
		if from < len(p.out) {
			return p.shrink(len(p.out)-from, code, level)
		}
		return nil
	}
	n -= len(p.out) - from
	switch {
	case n > 0:
		return p.grow(n)
	case n < 0:
		if -n < 0 {
			p.indeterminate = true
		}
		return p.shrink(-n, code, level)
	}
	return nil
}

// align handles x! and X!: pad or back up to a multiple of n.
func (p *packer) align(code byte, n, level int, utf8 bool) error {
	if n == 0 {
		n = 1
	}
	if utf8 {
		p.work += len(p.out) // the walks below are not free
	}
	if code == 'x' {
		var at int
		if utf8 {
			at = charCount(p.out)
		} else {
			at = len(p.out)
		}
		if r := at % n; r != 0 {
			return p.grow(n - r)
		}
		return nil
	}
	if utf8 {
		last, hop, left := 0, 0, n
		for hop < len(p.out) {
			hop += utf8Skip(p.out[hop])
			if left--; left == 0 {
				last, left = hop, n
			}
		}
		if last > len(p.out) {
			return errorf("Malformed UTF-8 string in pack")
		}
		p.out = p.out[:last]
		return nil
	}
	return p.shrink(len(p.out)%n, 'X', level)
}

// charCount is the number of UTF-8 characters in b, walking as perl's
// utf8_length does.
func charCount[T string | []byte](b T) int {
	n := 0
	for i := 0; i < len(b); i += utf8Skip(b[i]) {
		n++
	}
	return n
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
