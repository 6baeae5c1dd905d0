package builtins

// Perl's own UTF-8: the standard encoding extended past U+10FFFF so that
// any code point up to 0x7FFFFFFFFFFFFFFF fits. Surrogates and
// non-characters are ordinary code points here, as they are in perl's
// internal strings. Go's unicode/utf8 rejects all of these, so pack, unpack
// and sprintf use this file instead.

// maxCodePoint is the largest code point perl allows (IV_MAX).
const maxCodePoint = 1<<63 - 1

// utf8Skip is perl's UTF8SKIP: how long a sequence its first byte says it
// is. Continuation bytes count as 1 so that walking never stalls.
func utf8Skip(b byte) int {
	switch {
	case b < 0xC0:
		return 1
	case b < 0xE0:
		return 2
	case b < 0xF0:
		return 3
	case b < 0xF8:
		return 4
	case b < 0xFC:
		return 5
	case b < 0xFE:
		return 6
	case b == 0xFE:
		return 7
	}
	return 13
}

// isContinuation reports whether b is a UTF-8 continuation byte.
func isContinuation(b byte) bool { return b&0xC0 == 0x80 }

// appendUTF8 appends perl's encoding of code point uv. Code points above
// IV_MAX are refused with perl's message.
func appendUTF8(dst []byte, uv uint64) ([]byte, error) {
	if uv > maxCodePoint {
		return dst, errorf("Use of code point 0x%X is not allowed; the permissible max is 0x%X", uv, uint64(maxCodePoint))
	}
	switch {
	case uv < 0x80:
		return append(dst, byte(uv)), nil
	case uv < 0x800:
		return append(dst, 0xC0|byte(uv>>6), 0x80|byte(uv&0x3F)), nil
	case uv < 0x10000:
		return append(dst, 0xE0|byte(uv>>12), 0x80|byte(uv>>6&0x3F), 0x80|byte(uv&0x3F)), nil
	case uv < 0x200000:
		return append(dst, 0xF0|byte(uv>>18), 0x80|byte(uv>>12&0x3F), 0x80|byte(uv>>6&0x3F), 0x80|byte(uv&0x3F)), nil
	case uv < 0x4000000:
		return appendCont(append(dst, 0xF8|byte(uv>>24)), uv, 4), nil
	case uv < 0x80000000:
		return appendCont(append(dst, 0xFC|byte(uv>>30)), uv, 5), nil
	case uv < 1<<36:
		return appendCont(append(dst, 0xFE), uv, 6), nil
	}
	// The 13-byte form: 0xFF then twelve continuation bytes carrying 72
	// bits, the top ones zero.
	return appendCont(append(dst, 0xFF), uv, 12), nil
}

// appendCont appends n continuation bytes holding the low 6*n bits of uv.
func appendCont(dst []byte, uv uint64, n int) []byte {
	for i := n - 1; i >= 0; i-- {
		shift := uint(6 * i)
		var bits uint64
		if shift < 64 {
			bits = uv >> shift & 0x3F
		}
		dst = append(dst, 0x80|byte(bits))
	}
	return dst
}

// appendLatin1AsUTF8 appends byte b as the character it stands for in a
// byte string (perl's upgrade of one byte).
func appendLatin1AsUTF8(dst []byte, b byte) []byte {
	if b < 0x80 {
		return append(dst, b)
	}
	return append(dst, 0xC0|b>>6, 0x80|b&0x3F)
}

// upgradeLatin1 is perl's sv_utf8_upgrade of a byte string.
func upgradeLatin1(s []byte) []byte {
	n := 0
	for _, b := range s {
		if b >= 0x80 {
			n++
		}
	}
	if n == 0 {
		return s
	}
	out := make([]byte, 0, len(s)+n)
	for _, b := range s {
		out = appendLatin1AsUTF8(out, b)
	}
	return out
}

// decodeUTF8 decodes one perl-UTF-8 character from the start of b. On a
// malformation it reports ok false and, in n, how many bytes perl consumes:
// the whole sequence for overlongs and overflows, the bytes before the
// first non-continuation byte, or what is there when the string ends early.
func decodeUTF8(b []byte) (uv uint64, n int, ok bool) {
	if len(b) == 0 {
		return 0, 0, false
	}
	c := b[0]
	if c < 0x80 {
		return uint64(c), 1, true
	}
	if isContinuation(c) {
		return 0, 1, false
	}
	want := utf8Skip(c)
	avail := len(b)
	if avail > want {
		avail = want
	}
	for i := 1; i < avail; i++ {
		if !isContinuation(b[i]) {
			return 0, i, false
		}
	}
	if avail < want {
		return 0, avail, false
	}
	var v uint64
	switch want {
	case 2, 3, 4, 5, 6:
		v = uint64(c) & (0x7F >> want)
	default: // 0xFE and 0xFF carry no bits in the first byte
		v = 0
	}
	overflow := false
	for i := 1; i < want; i++ {
		if v>>58 != 0 {
			overflow = true
		}
		v = v<<6 | uint64(b[i]&0x3F)
	}
	if overflow || v > maxCodePoint {
		return 0, want, false
	}
	if utf8Len(v) != want {
		return 0, want, false // overlong
	}
	return v, want, true
}

// utf8Len is how many bytes appendUTF8 uses for uv.
func utf8Len(uv uint64) int {
	switch {
	case uv < 0x80:
		return 1
	case uv < 0x800:
		return 2
	case uv < 0x10000:
		return 3
	case uv < 0x200000:
		return 4
	case uv < 0x4000000:
		return 5
	case uv < 0x80000000:
		return 6
	case uv < 1<<36:
		return 7
	}
	return 13
}

// validUTF8 reports whether s is well-formed perl UTF-8 throughout.
func validUTF8(s []byte) bool {
	for len(s) > 0 {
		_, n, ok := decodeUTF8(s)
		if !ok {
			return false
		}
		s = s[n:]
	}
	return true
}
