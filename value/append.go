package value

import "unsafe"

// strBuf is the growable backing store of a string built by repeated
// appends (perl's .=). Strings handed out are views of a prefix of b; an
// append writes only past len(b), so no view ever sees its bytes change.
// Only the scalar whose string ends exactly at len(b) may append in
// place: any copy of it that appends later finds the buffer grown past
// its end and copies instead.
type strBuf struct{ b []byte }

// AppendString appends t to v's string value in place, amortised O(1) as
// perl's .= is, where Go's s+t would copy the whole string every time.
func (v *Scalar) AppendString(t string) {
	if v.k == Str {
		if sb, ok := v.p.(*strBuf); ok && len(v.s) == len(sb.b) && len(v.s) > 0 &&
			unsafe.StringData(v.s) == &sb.b[0] && cap(sb.b)-len(sb.b) >= len(t) {
			sb.b = append(sb.b, t...)
			v.s = unsafe.String(&sb.b[0], len(sb.b))
			return
		}
	}
	s := v.String()
	u := v.u && v.k == Str
	n := len(s) + len(t)
	if n == 0 {
		*v = Scalar{k: Str, u: u}
		return
	}
	c := 2 * n
	if c < 32 {
		c = 32
	}
	b := NewBytes(n, c)
	copyInChunks(b, s)
	copy(b[len(s):], t)
	*v = Scalar{k: Str, u: u, s: unsafe.String(&b[0], n), p: &strBuf{b}}
}

// copyChunk bounds one copy of copyInChunks.
const copyChunk = 256 << 10

// copyInChunks copies s into b a piece at a time. One copy of many
// megabytes into fresh memory runs for milliseconds (its pages fault in
// as they are written) and cannot be preempted, so a garbage collection
// that starts meanwhile spins on the other core waiting to scan this
// goroutine's stack; between pieces the goroutine can be preempted.
func copyInChunks(b []byte, s string) {
	for off := 0; off < len(s); off += copyChunk {
		copy(b[off:], s[off:min(off+copyChunk, len(s))])
	}
}
