package value

import "unsafe"

// Ident is a snapshot of what a scalar holds, cheap to take and compare:
// two snapshots of one container differ once anything was stored into it
// (a new string, an append, an increment). pos() uses it to forget a
// position when its scalar is modified, as perl does.
type Ident struct {
	k  Kind
	i  int64
	sp *byte
	sl int
}

// Ident returns the snapshot of s.
func (s *Scalar) Ident() Ident {
	return Ident{k: s.k, i: s.i, sp: unsafe.StringData(s.s), sl: len(s.s)}
}
