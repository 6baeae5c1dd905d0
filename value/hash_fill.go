package value

// NewHashSize makes an empty hash with room for n keys, so that filling
// it does not grow the table step by step.
func NewHashSize(n int) *Hash {
	return &Hash{m: make(map[string]hashSlot, n), order: make([]orderEntry, 0, n)}
}

// Fill stores a list of keys and values, as a list assignment to a hash
// or an anonymous hash constructor does: a later pair with the same key
// replaces the earlier value, and a key without a value gets undef. The
// containers of the new keys are allocated together.
func (h *Hash) Fill(vals []Scalar) {
	if h.m == nil {
		h.m = make(map[string]hashSlot, (len(vals)+1)/2)
	}
	backing := make([]Scalar, (len(vals)+1)/2)
	used := 0
	for i := 0; i < len(vals); i += 2 {
		var v Scalar
		if i+1 < len(vals) {
			v = vals[i+1]
		}
		key, wide := HashKey(vals[i])
		if e, ok := h.m[key]; ok {
			*e.val = v
			if wide {
				h.order[e.pos].utf8 = true
			}
			continue
		}
		p := &backing[used]
		used++
		*p = v
		h.m[key] = hashSlot{val: p, pos: len(h.order)}
		h.order = append(h.order, orderEntry{key: key, utf8: wide})
	}
}
