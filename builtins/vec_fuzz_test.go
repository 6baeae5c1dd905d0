package builtins

import (
	"testing"

	"github.com/miniperl/miniperl/value"
)

// FuzzVec checks that vec never panics and that an assignment stores
// exactly the element: reading it back gives the value's low bits, the
// string grows only as far as the element reaches, and no other bit
// changes.
func FuzzVec(f *testing.F) {
	f.Add([]byte("abc"), int64(0), int64(8), uint64(300))
	f.Add([]byte("\xff\xfe"), int64(3), int64(4), uint64(0))
	f.Add([]byte(""), int64(5), int64(64), uint64(1<<63))
	f.Add([]byte("x"), int64(-1), int64(16), uint64(1))
	f.Add([]byte("xy"), int64(1), int64(1<<32+2), uint64(7))
	f.Add([]byte("abcdefghijklmnopq"), int64(0), int64(128), uint64(1))
	f.Fuzz(func(t *testing.T, s []byte, off, bits int64, val uint64) {
		o := VecOffsetOf(value.IntValue(off))
		got, err := VecGet(string(s), o, bits)
		size := int32(bits)
		legal := size >= 1 && size&(size-1) == 0
		if o.Range == VecInRange && legal != (err == nil) {
			t.Fatalf("VecGet(%q, %d, %d): legal width %v, error %v", s, off, bits, legal, err)
		}
		if size <= 64 && size > 0 && got >= 1<<(size-1)<<1 && size < 64 {
			t.Fatalf("VecGet(%q, %d, %d) = %d, wider than the element", s, off, bits, got)
		}
		if off < 0 || off > 1<<12 || !legal {
			// Out of range or illegal: only the error matters.
			if _, err := VecSet(string(s), o, bits, val); err == nil {
				t.Fatalf("VecSet(%q, %d, %d) succeeded", s, off, bits)
			}
			return
		}
		if size > 64 {
			return
		}
		out, err := VecSet(string(s), o, bits, val)
		if err != nil {
			t.Fatalf("VecSet(%q, %d, %d, %d): %v", s, off, bits, val, err)
		}
		mask := uint64(1)<<(size-1)<<1 - 1
		if back, _ := VecGet(out, o, bits); back != val&mask {
			t.Fatalf("VecSet(%q, %d, %d, %d) read back %d", s, off, bits, val, back)
		}
		// The element's bits, as bit indexes into the string.
		first, last := uint64(off)*uint64(size), uint64(off+1)*uint64(size)
		if end := (last + 7) / 8; uint64(len(out)) != max(uint64(len(s)), end) {
			t.Fatalf("VecSet(%q, %d, %d) gave %d bytes", s, off, bits, len(out))
		}
		for i := range out {
			for bit := uint64(0); bit < 8; bit++ {
				var before byte
				if i < len(s) {
					before = s[i] >> bit & 1
				}
				// Bits are numbered from the least significant within
				// a byte for narrow elements; wide elements cover whole
				// bytes, so the numbering does not matter there.
				at := uint64(i)*8 + bit
				if (at < first || at >= last) && out[i]>>bit&1 != before {
					t.Fatalf("VecSet(%q, %d, %d, %d) = %q changed bit %d of byte %d", s, off, bits, val, out, bit, i)
				}
			}
		}
	})
}
