package value

// Hash is a Perl hash. Keys iterate in insertion order, which is one of the
// orders perl may use (scripts must not rely on any).
//
// A hash of a few keys, as records and objects mostly are, is only its
// order list, searched key by key: a Go map costs several hundred bytes
// even for one key and hashes every key looked up. Past smallHash keys a
// map from key to place in the order is built and kept. Deleting from a
// small hash closes the gap at once; in a large one it leaves a hole in
// the order that iteration skips and that is compacted away once holes
// are half the slots, so delete is O(1) amortised.
type Hash struct {
	// Blessed is the package the hash is blessed into, or "".
	Blessed string
	// RC is the interpreter's reference count (see RC).
	RC RC

	// m maps a key to its place in order; nil while the hash is small.
	m     map[string]int
	order []orderEntry
	holes int
	// iter is each()'s position in order.
	iter int
}

// smallHash is the most keys a hash holds without a map.
const smallHash = 8

// orderEntry is one key, its value and its place in the iteration order;
// deleted is a hole.
type orderEntry struct {
	key string
	val *Scalar
	// utf8 marks a key that is a character string (see HashKey).
	utf8    bool
	deleted bool
}

// BlessedInto implements Blessable.
func (h *Hash) BlessedInto() string { return h.Blessed }

// NewHash makes an empty hash.
func NewHash() *Hash { return &Hash{} }

// NewHashSize makes an empty hash with room for n keys, so that filling
// it does not grow it step by step.
func NewHashSize(n int) *Hash {
	h := &Hash{order: make([]orderEntry, 0, n)}
	if n > smallHash {
		h.m = make(map[string]int, n)
	}
	return h
}

// Len is the number of keys.
func (h *Hash) Len() int { return len(h.order) - h.holes }

// find returns k's place in order, or -1.
func (h *Hash) find(k string) int {
	if h.m != nil {
		if i, ok := h.m[k]; ok {
			return i
		}
		return -1
	}
	for i := range h.order {
		if h.order[i].key == k {
			// A small hash has no holes.
			return i
		}
	}
	return -1
}

// Get returns the value at k, undef when absent.
func (h *Hash) Get(k string) Scalar {
	if i := h.find(k); i >= 0 {
		return *h.order[i].val
	}
	return Scalar{}
}

// Exists reports whether k is present.
func (h *Hash) Exists(k string) bool { return h.find(k) >= 0 }

// Elem returns the container for k, creating it as lvalue use does.
func (h *Hash) Elem(k string) *Scalar {
	if i := h.find(k); i >= 0 {
		return h.order[i].val
	}
	v := new(Scalar)
	h.add(k, v, false)
	return v
}

// add appends a key known to be absent.
func (h *Hash) add(k string, v *Scalar, wide bool) {
	if h.m == nil && len(h.order) >= smallHash {
		h.m = make(map[string]int, 2*len(h.order))
		for i, o := range h.order {
			h.m[o.key] = i
		}
	}
	if h.m != nil {
		h.m[k] = len(h.order)
	}
	h.order = append(h.order, orderEntry{key: k, val: v, utf8: wide})
}

// Delete removes k and returns its value.
func (h *Hash) Delete(k string) Scalar {
	i := h.find(k)
	if i < 0 {
		return Scalar{}
	}
	v := *h.order[i].val
	if h.m == nil {
		copy(h.order[i:], h.order[i+1:])
		h.order[len(h.order)-1] = orderEntry{}
		h.order = h.order[:len(h.order)-1]
		if i < h.iter {
			h.iter--
		}
		return v
	}
	delete(h.m, k)
	h.order[i] = orderEntry{deleted: true}
	h.holes++
	if h.holes > 16 && h.holes*2 > len(h.order) {
		h.compact()
	}
	return v
}

// compact removes the holes from the order, keeping each() where it was.
func (h *Hash) compact() {
	out := h.order[:0]
	iter := h.iter
	for i, o := range h.order {
		if o.deleted {
			if i < h.iter {
				iter--
			}
			continue
		}
		h.m[o.key] = len(out)
		out = append(out, o)
	}
	clear(h.order[len(out):])
	h.order = out
	h.holes = 0
	h.iter = iter
}

// Keys returns the keys in iteration order and resets each().
func (h *Hash) Keys() []string {
	h.iter = 0
	keys := make([]string, 0, h.Len())
	for _, o := range h.order {
		if !o.deleted {
			keys = append(keys, o.key)
		}
	}
	return keys
}

// Clear empties the hash.
func (h *Hash) Clear() {
	if len(h.order) == 0 && h.m == nil {
		return
	}
	h.m = nil
	h.order = nil
	h.holes = 0
	h.iter = 0
}

// Next is each(): the next key and value, ok false (and the iterator reset)
// at the end.
func (h *Hash) Next() (string, Scalar, bool) {
	for h.iter < len(h.order) {
		o := h.order[h.iter]
		h.iter++
		if !o.deleted {
			return o.key, *o.val, true
		}
	}
	h.iter = 0
	return "", Scalar{}, false
}

// Fill stores a list of keys and values, as a list assignment to a hash
// or an anonymous hash constructor does: a later pair with the same key
// replaces the earlier value, and a key without a value gets undef. The
// containers of the new keys are allocated together.
func (h *Hash) Fill(vals []Scalar) {
	backing := make([]Scalar, (len(vals)+1)/2)
	used := 0
	for i := 0; i < len(vals); i += 2 {
		var v Scalar
		if i+1 < len(vals) {
			v = vals[i+1]
		}
		key, wide := HashKey(vals[i])
		if j := h.find(key); j >= 0 {
			*h.order[j].val = v
			if wide {
				h.order[j].utf8 = true
			}
			continue
		}
		p := &backing[used]
		used++
		*p = v
		h.add(key, p, wide)
	}
}

// ResetEach resets each()'s iterator, as keys and values do.
func (h *Hash) ResetEach() { h.iter = 0 }

// Values returns the values in iteration order and resets each().
func (h *Hash) Values() []Scalar {
	h.iter = 0
	out := make([]Scalar, 0, h.Len())
	for _, o := range h.order {
		if !o.deleted {
			out = append(out, *o.val)
		}
	}
	return out
}

// ValueContainers returns the containers of the values in iteration
// order, for aliasing (for (values %h), map over values), and resets
// each().
func (h *Hash) ValueContainers() []*Scalar {
	h.iter = 0
	out := make([]*Scalar, 0, h.Len())
	for _, o := range h.order {
		if !o.deleted {
			out = append(out, o.val)
		}
	}
	return out
}
