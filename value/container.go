package value

import (
	"reflect"
	"strconv"
)

// Array is a Perl array: a slice of scalar containers, so that elements can
// be aliased by foreach and @_.
type Array struct {
	Elems []*Scalar
	// Blessed is the package the array is blessed into, or "".
	Blessed string
	// RC is the interpreter's reference count (see RC).
	RC RC
}

// BlessedInto implements Blessable.
func (a *Array) BlessedInto() string { return a.Blessed }

// NewArray makes an array holding copies of vals.
func NewArray(vals []Scalar) *Array {
	return &Array{Elems: containers(vals, nil)}
}

// containers appends to dst a fresh container for each value, allocating
// the containers together rather than one by one.
func containers(vals []Scalar, dst []*Scalar) []*Scalar {
	if len(vals) == 0 {
		return dst
	}
	backing := make([]Scalar, len(vals))
	copy(backing, vals)
	if dst == nil {
		dst = make([]*Scalar, 0, len(vals))
	}
	for i := range backing {
		dst = append(dst, &backing[i])
	}
	return dst
}

// Len is the number of elements.
func (a *Array) Len() int { return len(a.Elems) }

// index maps a perl index (negative counts from the end) to a slice index,
// or -1 when it is before the start.
func (a *Array) index(i int) int {
	if i < 0 {
		i += len(a.Elems)
	}
	if i < 0 {
		return -1
	}
	return i
}

// Get returns element i (negative from the end), undef when out of range.
func (a *Array) Get(i int) Scalar {
	j := a.index(i)
	if j < 0 || j >= len(a.Elems) || a.Elems[j] == nil {
		return Scalar{}
	}
	return *a.Elems[j]
}

// Elem returns the container for element i, growing the array as perl's
// lvalue use does; nil when a negative index is before the start.
func (a *Array) Elem(i int) *Scalar {
	j := a.index(i)
	if j < 0 {
		return nil
	}
	if j >= len(a.Elems) {
		a.grow(j + 1)
	}
	if a.Elems[j] == nil {
		a.Elems[j] = new(Scalar)
	}
	return a.Elems[j]
}

// Values copies out every element.
func (a *Array) Values() []Scalar {
	out := make([]Scalar, len(a.Elems))
	for i, e := range a.Elems {
		if e != nil {
			out[i] = *e
		}
	}
	return out
}

// SetValues replaces the contents with copies of vals.
func (a *Array) SetValues(vals []Scalar) {
	a.Elems = containers(vals, nil)
}

// Push appends copies of vals.
func (a *Array) Push(vals ...Scalar) {
	if len(vals) == 1 {
		v := vals[0]
		a.Elems = append(a.Elems, &v)
		return
	}
	a.Elems = containers(vals, a.Elems)
}

// Pop removes and returns the last element (undef when empty).
func (a *Array) Pop() Scalar {
	if len(a.Elems) == 0 {
		return Scalar{}
	}
	e := a.Elems[len(a.Elems)-1]
	a.Elems = a.Elems[:len(a.Elems)-1]
	if e == nil {
		return Scalar{}
	}
	return *e
}

// Shift removes and returns the first element (undef when empty).
func (a *Array) Shift() Scalar {
	if len(a.Elems) == 0 {
		return Scalar{}
	}
	e := a.Elems[0]
	a.Elems = a.Elems[1:]
	if e == nil {
		return Scalar{}
	}
	return *e
}

// Unshift prepends copies of vals.
func (a *Array) Unshift(vals ...Scalar) {
	elems := containers(vals, make([]*Scalar, 0, len(vals)+len(a.Elems)))
	a.Elems = append(elems, a.Elems...)
}

// Resize sets the length (perl's $#a = n-1).
func (a *Array) Resize(n int) {
	if n < 0 {
		n = 0
	}
	if n <= len(a.Elems) {
		a.Elems = a.Elems[:n]
		return
	}
	for len(a.Elems) < n {
		a.Elems = append(a.Elems, nil)
	}
}

// Hash is a Perl hash. Keys iterate in insertion order, which is one of the
// orders perl may use (scripts must not rely on any). Deleting leaves a
// hole in the order that iteration skips and that is compacted away once
// holes are half the slots, so delete is O(1) amortised.
type Hash struct {
	// Blessed is the package the hash is blessed into, or "".
	Blessed string
	// RC is the interpreter's reference count (see RC).
	RC RC

	m     map[string]hashSlot
	order []orderEntry
	holes int
	// iter is each()'s position in order.
	iter int
}

// hashSlot is a key's value and its place in the iteration order.
type hashSlot struct {
	val *Scalar
	pos int
}

// orderEntry is one place in the iteration order; deleted is a hole.
type orderEntry struct {
	key     string
	deleted bool
	// utf8 marks a key that is a character string (see HashKey).
	utf8 bool
}

// BlessedInto implements Blessable.
func (h *Hash) BlessedInto() string { return h.Blessed }

// NewHash makes an empty hash.
func NewHash() *Hash { return &Hash{m: map[string]hashSlot{}} }

// Len is the number of keys.
func (h *Hash) Len() int { return len(h.m) }

// Get returns the value at k, undef when absent.
func (h *Hash) Get(k string) Scalar {
	if e, ok := h.m[k]; ok {
		return *e.val
	}
	return Scalar{}
}

// Exists reports whether k is present.
func (h *Hash) Exists(k string) bool { _, ok := h.m[k]; return ok }

// Elem returns the container for k, creating it as lvalue use does.
func (h *Hash) Elem(k string) *Scalar {
	if h.m == nil {
		h.m = map[string]hashSlot{}
	}
	if e, ok := h.m[k]; ok {
		return e.val
	}
	v := new(Scalar)
	h.m[k] = hashSlot{val: v, pos: len(h.order)}
	h.order = append(h.order, orderEntry{key: k})
	return v
}

// Delete removes k and returns its value.
func (h *Hash) Delete(k string) Scalar {
	e, ok := h.m[k]
	if !ok {
		return Scalar{}
	}
	delete(h.m, k)
	h.order[e.pos] = orderEntry{deleted: true}
	h.holes++
	if h.holes > 16 && h.holes*2 > len(h.order) {
		h.compact()
	}
	return *e.val
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
		s := h.m[o.key]
		s.pos = len(out)
		h.m[o.key] = s
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
	keys := make([]string, 0, len(h.m))
	for _, o := range h.order {
		if !o.deleted {
			keys = append(keys, o.key)
		}
	}
	return keys
}

// Clear empties the hash.
func (h *Hash) Clear() {
	if len(h.m) == 0 && len(h.order) == 0 {
		return
	}
	h.m = map[string]hashSlot{}
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
			return o.key, h.Get(o.key), true
		}
	}
	h.iter = 0
	return "", Scalar{}, false
}

// Typed is implemented by referents that name their own type for ref()
// and stringification (code values, globs, filehandles).
type Typed interface {
	RefType() string
}

// Stringer is implemented by referents whose references stringify as
// something other than TYPE(0x...): qr// objects give their pattern.
type Stringer interface {
	PerlString() string
}

// Blessable is implemented by referents that can be blessed into a package.
type Blessable interface {
	BlessedInto() string
}

// RefType returns what ref() says of an unblessed reference's referent.
func RefType(p any) string {
	switch t := p.(type) {
	case *Scalar:
		if t.k == Ref {
			return "REF"
		}
		return "SCALAR"
	case *Array:
		return "ARRAY"
	case *Hash:
		return "HASH"
	case Typed:
		return t.RefType()
	}
	return "SCALAR"
}

func refAddr(v Scalar) uintptr {
	if v.p == nil {
		return 0
	}
	rv := reflect.ValueOf(v.p)
	if rv.Kind() == reflect.Pointer {
		return rv.Pointer()
	}
	return 0
}

func refString(v Scalar) string {
	addr := "(0x" + strconv.FormatUint(uint64(refAddr(v)), 16) + ")"
	switch v.k {
	case Glob:
		if t, ok := v.p.(interface{ GlobName() string }); ok {
			return t.GlobName()
		}
		return "GLOB" + addr
	case Code:
		return "CODE" + addr
	}
	if s, ok := v.p.(Stringer); ok {
		return s.PerlString()
	}
	if b, ok := v.p.(Blessable); ok && b.BlessedInto() != "" {
		return b.BlessedInto() + "=" + RefType(v.p) + addr
	}
	return RefType(v.p) + addr
}
