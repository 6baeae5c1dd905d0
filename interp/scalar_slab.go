package interp

import "github.com/miniperl/miniperl/value"

// slabSize is how many element containers are allocated together.
const slabSize = 32

// newElem returns a new container holding v for an array element, cut
// from a block allocated for several: arrays filled by push or by index
// then cost one allocation per slabSize elements instead of one each,
// and the collector has fewer, larger objects to trace. A block lives as
// long as any container in it, as perl's arenas hold their SVs.
func (it *Interp) newElem(v value.Scalar) *value.Scalar {
	if len(it.slab) == 0 {
		it.slab = make([]value.Scalar, slabSize)
	}
	p := &it.slab[0]
	it.slab = it.slab[1:]
	*p = v
	return p
}
