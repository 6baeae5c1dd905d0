package value

// hugePageMin is the capacity from which a new string buffer asks for
// transparent huge pages.
const hugePageMin = 4 << 20

// NewBytes makes a byte buffer of length n and capacity c for a string
// being built; a large one is backed by huge pages where the system
// offers them (adviseHuge).
func NewBytes(n, c int) []byte {
	b := make([]byte, n, c)
	if c > 0 {
		adviseHuge(b)
	}
	return b
}
