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
	// LenSet records that $#array was assigned: perl then gives the
	// array length magic, and an undefined element's warning names only
	// the array ("within @a"), not the element.
	LenSet bool
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
		switch t.k {
		case Ref:
			return "REF"
		case Glob:
			// A scalar holding a glob is the glob: \$x of $x = *FH.
			return "GLOB"
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
