package interp

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSortInt64s(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	gens := map[string]func() int64{
		"small":    func() int64 { return r.Int64N(1000) },
		"negative": func() int64 { return r.Int64N(100000) - 50000 },
		"4bytes":   func() int64 { return r.Int64N(1<<32) - 1<<31 },
		"wide":     func() int64 { return int64(r.Uint64()) },
		"extremes": func() int64 { return []int64{math.MinInt64, math.MaxInt64, 0, -1}[r.IntN(4)] },
		"equal":    func() int64 { return 7 },
	}
	for name, gen := range gens {
		for _, n := range []int{0, 1, 5, 255, 256, 1000, 70000} {
			keys := make([]int64, n)
			for i := range keys {
				keys[i] = gen()
			}
			want := slices.Clone(keys)
			slices.Sort(want)
			sortInt64s(keys)
			if !slices.Equal(keys, want) {
				t.Errorf("%s, %d keys: not sorted as slices.Sort sorts", name, n)
			}
		}
	}
}
