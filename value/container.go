package value

import (
	"reflect"
	"strconv"
)

// Array is a Perl array: a slice of scalar containers, so that elements can
// be aliased by foreach and @_.
type Array struct {
	Elems []*Scalar
}

// NewArray makes an array holding copies of vals.
func NewArray(vals []Scalar) *Array {
	a := &Array{Elems: make([]*Scalar, len(vals))}
	for i := range vals {
		v := vals[i]
		a.Elems[i] = &v
	}
	return a
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
	for j >= len(a.Elems) {
		a.Elems = append(a.Elems, nil)
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
	elems := make([]*Scalar, len(vals))
	for i := range vals {
		v := vals[i]
		elems[i] = &v
	}
	a.Elems = elems
}

// Push appends copies of vals.
func (a *Array) Push(vals ...Scalar) {
	for i := range vals {
		v := vals[i]
		a.Elems = append(a.Elems, &v)
	}
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
	elems := make([]*Scalar, 0, len(vals)+len(a.Elems))
	for i := range vals {
		v := vals[i]
		elems = append(elems, &v)
	}
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
// orders perl may use (scripts must not rely on any).
type Hash struct {
	m    map[string]*Scalar
	keys []string
	// iter is each()'s position.
	iter int
}

// NewHash makes an empty hash.
func NewHash() *Hash { return &Hash{m: map[string]*Scalar{}} }

// Len is the number of keys.
func (h *Hash) Len() int { return len(h.m) }

// Get returns the value at k, undef when absent.
func (h *Hash) Get(k string) Scalar {
	if e := h.m[k]; e != nil {
		return *e
	}
	return Scalar{}
}

// Exists reports whether k is present.
func (h *Hash) Exists(k string) bool { _, ok := h.m[k]; return ok }

// Elem returns the container for k, creating it as lvalue use does.
func (h *Hash) Elem(k string) *Scalar {
	if h.m == nil {
		h.m = map[string]*Scalar{}
	}
	if e := h.m[k]; e != nil {
		return e
	}
	e := new(Scalar)
	h.m[k] = e
	h.keys = append(h.keys, k)
	return e
}

// Delete removes k and returns its value.
func (h *Hash) Delete(k string) Scalar {
	e, ok := h.m[k]
	if !ok {
		return Scalar{}
	}
	delete(h.m, k)
	for i, key := range h.keys {
		if key == k {
			h.keys = append(h.keys[:i:i], h.keys[i+1:]...)
			break
		}
	}
	return *e
}

// Keys returns the keys in iteration order and resets each().
func (h *Hash) Keys() []string {
	h.iter = 0
	return append([]string(nil), h.keys...)
}

// Clear empties the hash.
func (h *Hash) Clear() {
	h.m = map[string]*Scalar{}
	h.keys = nil
	h.iter = 0
}

// Next is each(): the next key and value, ok false (and the iterator reset)
// at the end.
func (h *Hash) Next() (string, Scalar, bool) {
	if h.iter >= len(h.keys) {
		h.iter = 0
		return "", Scalar{}, false
	}
	k := h.keys[h.iter]
	h.iter++
	return k, h.Get(k), true
}

// Typed is implemented by referents that name their own type for ref()
// and stringification (code values, globs, filehandles).
type Typed interface {
	RefType() string
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
	return RefType(v.p) + addr
}
