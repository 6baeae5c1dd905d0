package value

// RC is the bookkeeping an interpreter keeps on a container whose
// references it counts, so that DESTROY runs when the last reference goes
// as under perl's reference counting. The value package only holds it;
// the interpreter decides which containers are counted and maintains it.
type RC struct {
	// Count is the number of strong references stored in variables,
	// elements and the interpreter's temporaries.
	Count int32
	// Tracked says the references to this container are counted.
	Tracked bool
	// Freed is set once the container's last reference went: it is
	// destroyed and no longer counted.
	Freed bool
	// Stored is set once a reference was stored in a variable or
	// element, so its count says who holds it.
	Stored bool
	// Registered is set once the interpreter listed the container as an
	// object for global destruction.
	Registered bool
}

// RCOf returns the reference-count record of a referent that can have
// one (an array or a hash), or nil.
func RCOf(p any) *RC {
	switch t := p.(type) {
	case *Hash:
		return &t.RC
	case *Array:
		return &t.RC
	case Counted:
		return t.Counts()
	}
	return nil
}

// Counted is implemented by referents of other packages (code values,
// globs) that carry a reference count.
type Counted interface {
	Counts() *RC
}

// weakBit marks a reference as weak (Scalar::Util::weaken): it does not
// count, and becomes undef when its referent is destroyed.
const weakBit = 1

// IsWeak reports whether v is a weak reference.
func (v Scalar) IsWeak() bool { return v.k == Ref && v.i&weakBit != 0 }

// Weakened returns v as a weak (w) or strong reference; other values are
// returned unchanged.
func (v Scalar) Weakened(w bool) Scalar {
	if v.k != Ref {
		return v
	}
	if w {
		v.i |= weakBit
	} else {
		v.i &^= weakBit
	}
	return v
}
