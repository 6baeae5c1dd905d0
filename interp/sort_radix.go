package interp

import "slices"

// sortInt64s sorts keys ascending: a radix sort on the bytes that differ
// between the smallest and the largest key for long lists, which is
// several times faster than comparison sorting, and slices.Sort for
// short ones.
func sortInt64s(keys []int64) {
	n := len(keys)
	if n < 256 {
		slices.Sort(keys)
		return
	}
	lo, hi := keys[0], keys[0]
	for _, k := range keys {
		lo = min(lo, k)
		hi = max(hi, k)
	}
	span := uint64(hi) - uint64(lo)
	passes := 0
	for s := span; s != 0; s >>= 8 {
		passes++
	}
	if passes > 4 {
		slices.Sort(keys)
		return
	}
	// Sort the offsets from the smallest key, which are unsigned and
	// span only the bytes counted above.
	src := make([]uint64, n)
	for i, k := range keys {
		src[i] = uint64(k) - uint64(lo)
	}
	dst := make([]uint64, n)
	var count [256]int
	for p := 0; p < passes; p++ {
		shift := uint(8 * p)
		clear(count[:])
		for _, v := range src {
			count[byte(v>>shift)]++
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, v := range src {
			b := byte(v >> shift)
			dst[count[b]] = v
			count[b]++
		}
		src, dst = dst, src
	}
	for i, v := range src {
		keys[i] = int64(v + uint64(lo))
	}
}
