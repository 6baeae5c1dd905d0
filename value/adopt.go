package value

// AdoptValues makes vals the array's elements, using vals itself as
// their storage instead of copying it: for results built fresh for the
// assignment (split, m//g), which nothing else refers to. The caller must
// not use vals afterwards.
func (a *Array) AdoptValues(vals []Scalar) {
	ptrs := make([]*Scalar, len(vals))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	a.Elems = ptrs
}
