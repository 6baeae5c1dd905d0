package interp

// drand48 is perl's own random number generator (perl's Drand01 since
// 5.20): a 48-bit linear congruential generator, so that a script that
// calls srand(N) gets the same rand() sequence as under perl.
type drand48 struct{ x uint64 }

const (
	drandA    = 0x5DEECE66D
	drandC    = 0xB
	drandMask = 1<<48 - 1
)

// newDrand48 seeds the generator as perl's srand does.
func newDrand48(seed uint32) *drand48 {
	return &drand48{x: uint64(seed)<<16 | 0x330E}
}

// Uint64 implements rand.Source. The 48-bit state is returned shifted
// into the top of the 53 bits rand.Rand.Float64 divides by 2**53, so that
// Float64 is exactly perl's X / 2**48.
func (d *drand48) Uint64() uint64 {
	d.x = (drandA*d.x + drandC) & drandMask
	return d.x << 5
}
