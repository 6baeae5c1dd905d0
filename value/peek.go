package value

// The accessors below read a scalar through a pointer without copying it:
// the value-receiver methods copy the whole Scalar first, which is most of
// their cost on the interpreter's hottest paths (a line server's readline
// and print run them once per line).

// PeekKind is v.Kind().
func (v *Scalar) PeekKind() Kind { return v.k }

// PeekPointer is v.Pointer().
func (v *Scalar) PeekPointer() any { return v.p }

// PeekStr returns v's string when v holds one as is (a Str, or a Dual's
// string part), so that String would return it without formatting.
func (v *Scalar) PeekStr() (s string, ok bool) {
	if v.k == Str || v.k == Dual {
		return v.s, true
	}
	return "", false
}

// PeekUTF8 is v.IsUTF8().
func (v *Scalar) PeekUTF8() bool { return v.u && (v.k == Str || v.k == Dual) }
