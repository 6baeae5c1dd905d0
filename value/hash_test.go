package value

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestHashModel checks Hash against a plain model (a key list in
// insertion order) through random stores, deletes, fills, clears and
// each() walks, across the change from a small hash to one with a map.
func TestHashModel(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := 0; round < 200; round++ {
		h := NewHash()
		var keys []string
		vals := map[string]int64{}
		nkeys := 1 + r.IntN(40)
		for op := 0; op < 300; op++ {
			k := fmt.Sprintf("k%d", r.IntN(nkeys))
			switch r.IntN(10) {
			case 0, 1, 2, 3:
				n := r.Int64N(1000)
				*h.Elem(k) = IntValue(n)
				if _, ok := vals[k]; !ok {
					keys = append(keys, k)
				}
				vals[k] = n
			case 4, 5:
				got := h.Delete(k)
				want, ok := vals[k]
				if ok != (got.Kind() == Int) || (ok && got.Int() != want) {
					t.Fatalf("round %d: delete %s = %v, want %v %v", round, k, got, want, ok)
				}
				if ok {
					delete(vals, k)
					keys = slices.DeleteFunc(keys, func(s string) bool { return s == k })
				}
			case 6:
				k2 := fmt.Sprintf("k%d", r.IntN(nkeys))
				h.Fill([]Scalar{StrValue(k), IntValue(1), StrValue(k2), IntValue(2)})
				for i, kk := range []string{k, k2} {
					if _, ok := vals[kk]; !ok {
						keys = append(keys, kk)
					}
					vals[kk] = int64(i + 1)
				}
			case 7:
				if r.IntN(20) == 0 {
					h.Clear()
					keys, vals = nil, map[string]int64{}
				}
			case 8:
				// each(), deleting the key just returned now and then.
				var seen []string
				for {
					key, v, ok := h.Next()
					if !ok {
						break
					}
					if v.Int() != vals[key] {
						t.Fatalf("round %d: each gave %s=%d, want %d", round, key, v.Int(), vals[key])
					}
					seen = append(seen, key)
					if r.IntN(3) == 0 {
						h.Delete(key)
						delete(vals, key)
					}
				}
				if !slices.Equal(seen, keys) {
					t.Fatalf("round %d: each walked %v, want %v", round, seen, keys)
				}
				keys = slices.DeleteFunc(keys, func(s string) bool { _, ok := vals[s]; return !ok })
			case 9:
				if h.Exists(k) != (vals[k] != 0 || func() bool { _, ok := vals[k]; return ok }()) {
					t.Fatalf("round %d: exists %s wrong", round, k)
				}
			}
			if h.Len() != len(keys) {
				t.Fatalf("round %d op %d: Len %d, want %d", round, op, h.Len(), len(keys))
			}
			if got := h.Keys(); !slices.Equal(got, keys) {
				t.Fatalf("round %d op %d: Keys %v, want %v", round, op, got, keys)
			}
			for _, kk := range keys {
				if h.Get(kk).Int() != vals[kk] {
					t.Fatalf("round %d: Get %s = %v, want %d", round, kk, h.Get(kk), vals[kk])
				}
			}
		}
	}
}
