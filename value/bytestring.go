package value

// ByteString is v's string when v is a byte string (not a character
// string, not a number or reference): the common case that string
// operators can take as it is.
func (v *Scalar) ByteString() (string, bool) {
	if v.k == Str && !v.u {
		return v.s, true
	}
	return "", false
}
