package builtins

import "github.com/miniperl/miniperl/value"

// unpack's w (BER integers) and u (uudecode).

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
