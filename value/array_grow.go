package value

// grow lengthens the array to n elements, the new ones nonexistent (nil).
// The storage at least doubles when it must move, so filling an array by
// index ($a[$i] = ... for rising $i) copies each pointer about once
// rather than the four or five times append's gentler growth of large
// slices costs.
func (a *Array) grow(n int) {
	old := len(a.Elems)
	if n <= old {
		return
	}
	if n > cap(a.Elems) {
		grown := make([]*Scalar, old, max(n, 2*cap(a.Elems), 4))
		copy(grown, a.Elems)
		a.Elems = grown
	}
	a.Elems = a.Elems[:n]
	// The slots may hold containers an earlier pop or shortening left
	// behind, which are no longer the array's.
	clear(a.Elems[old:])
}

// AppendContainer adds p as the new last element. The storage doubles
// when it must move, as grow's does.
func (a *Array) AppendContainer(p *Scalar) {
	if len(a.Elems) == cap(a.Elems) {
		grown := make([]*Scalar, len(a.Elems), max(2*cap(a.Elems), 4))
		copy(grown, a.Elems)
		a.Elems = grown
	}
	a.Elems = append(a.Elems, p)
}
