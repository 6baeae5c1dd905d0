package builtins

import "github.com/miniperl/miniperl/value"

// The letters that move unpack's read position (@ . x x! X X!) rather than
// read data, and the group marks they count from.

func (u *unpacker) setMark(level, at int) { u.marks.set(level, at) }

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
			from = u.marks.get(l)
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
	s := u.marks.get(level)
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
