package value

import (
	"strconv"
	"unsafe"
)

// AppendValues is perl's $s .= a . b . c: each of vals appended to v's
// string in turn, as AppendValue does one at a time. When v and all the
// parts are bytes (strings, integers, undef), the buffer grows at most
// once and integers are formatted straight into it, with no temporary
// string per part.
func (v *Scalar) AppendValues(vals []Scalar) {
	if v.IsUTF8() {
		v.appendEach(vals)
		return
	}
	n := 0
	for i := range vals {
		switch t := &vals[i]; t.k {
		case Str, Dual:
			if t.u {
				v.appendEach(vals)
				return
			}
			n += len(t.s)
		case Int, Uint:
			n += 20
		case Undef:
		default:
			v.appendEach(vals)
			return
		}
	}
	sb := v.appendRoom(n)
	b := sb.b
	for i := range vals {
		b = appendPlain(b, &vals[i])
	}
	sb.b = b
	if len(b) == 0 {
		*v = Scalar{k: Str}
		return
	}
	*v = Scalar{k: Str, s: unsafe.String(&b[0], len(b)), p: sb}
}

// appendEach appends the parts one by one, for the character strings.
func (v *Scalar) appendEach(vals []Scalar) {
	for i := range vals {
		v.AppendValue(vals[i])
	}
}

// appendRoom returns the append buffer of v's byte string with room for
// n more bytes past its end: v's own when v ends it and it has the room,
// else a new one holding a copy of v's string. The caller appends to
// b and makes v a view of the result.
func (v *Scalar) appendRoom(n int) *strBuf {
	if v.k == Str {
		if sb, ok := v.p.(*strBuf); ok && len(v.s) == len(sb.b) && len(v.s) > 0 &&
			unsafe.StringData(v.s) == &sb.b[0] && cap(sb.b)-len(sb.b) >= n {
			return sb
		}
	}
	s := v.String()
	c := growCap(len(s) + n)
	b := NewBytes(len(s), c)
	copyInChunks(b, s)
	return &strBuf{b}
}

// growCap is the capacity of a new append buffer that must hold n bytes:
// twice that, so that appends are amortised O(1).
func growCap(n int) int {
	c := 2 * n
	if c < 32 {
		c = 32
	}
	return c
}

// joinBytes is join of byte strings, integers and undefs: the length is
// counted first and the result built with one allocation, integers
// formatted straight into it. ok is false when some value is of another
// kind.
func joinBytes(sep string, vals []Scalar) (Scalar, bool) {
	if len(vals) == 0 {
		return Scalar{k: Str}, true
	}
	n := len(sep) * (len(vals) - 1)
	for i := range vals {
		switch t := &vals[i]; t.k {
		case Str, Dual:
			n += len(t.s)
		case Int:
			n += intLen(t.RawInt())
		case Undef:
		default:
			return Scalar{}, false
		}
	}
	if n == 0 {
		return Scalar{k: Str}, true
	}
	b := make([]byte, 0, n)
	if n >= hugePageMin {
		b = NewBytes(0, n)
	}
	for i := range vals {
		if i > 0 {
			b = append(b, sep...)
		}
		b = appendPlain(b, &vals[i])
	}
	return Scalar{k: Str, s: unsafe.String(&b[0], len(b))}, true
}

// intLen is the length of i in decimal.
func intLen(i int64) int {
	n := 1
	u := uint64(i)
	if i < 0 {
		n++
		u = -u
	}
	for u >= 10 {
		u /= 10
		n++
	}
	return n
}

// JoinElems is join over an array's elements as they are, without
// copying them out first (nil elements are undef); the same result as
// Join.
func JoinElems(sep Scalar, elems []*Scalar) Scalar {
	if s, ok := sep.ByteString(); ok {
		n := len(s) * max(len(elems)-1, 0)
		plain := true
		for _, e := range elems {
			if e == nil {
				continue
			}
			switch e.k {
			case Str, Dual:
				if e.u {
					plain = false
				}
				n += len(e.s)
			case Int:
				n += intLen(e.RawInt())
			case Undef:
			default:
				plain = false
			}
			if !plain {
				break
			}
		}
		if plain {
			if n == 0 {
				return Scalar{k: Str}
			}
			b := make([]byte, 0, n)
			if n >= hugePageMin {
				b = NewBytes(0, n)
			}
			for i, e := range elems {
				if i > 0 {
					b = append(b, s...)
				}
				if e == nil {
					continue
				}
				switch e.k {
				case Str, Dual:
					b = append(b, e.s...)
				case Int:
					b = strconv.AppendInt(b, e.RawInt(), 10)
				}
			}
			return Scalar{k: Str, s: unsafe.String(&b[0], len(b))}
		}
	}
	vals := make([]Scalar, len(elems))
	for i, e := range elems {
		if e != nil {
			vals[i] = *e
		}
	}
	return Join(sep, vals)
}

// appendPlain appends the bytes of a byte string or the digits of an
// integer; an undef adds nothing. Callers have checked the kinds.
func appendPlain(b []byte, t *Scalar) []byte {
	switch t.k {
	case Str, Dual:
		return append(b, t.s...)
	case Int:
		return strconv.AppendInt(b, t.RawInt(), 10)
	case Uint:
		return strconv.AppendUint(b, uint64(t.RawInt()), 10)
	}
	return b
}
