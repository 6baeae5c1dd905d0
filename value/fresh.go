package value

// FillInts sets each dst[i] to the integer vals[i]. dst must be zero (all
// undef), as a freshly made slice is: only the kind and the number are
// written, not the string and pointer fields, so filling a large list
// does not go through the garbage collector's write barriers.
func FillInts(dst []Scalar, vals []int64) {
	dst = dst[:len(vals)]
	for i, n := range vals {
		dst[i].k = Int
		dst[i].i = n
	}
}
