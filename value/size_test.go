package value

import (
	"math"
	"testing"
	"unsafe"
)

// TestScalarSize keeps a Scalar in Go's 48-byte allocation class: every
// variable, array element and hash value is one, and the next class up
// (64 bytes) would cost a third more memory and copying.
func TestScalarSize(t *testing.T) {
	if got := unsafe.Sizeof(Scalar{}); got != 48 {
		t.Fatalf("unsafe.Sizeof(Scalar{}) = %d, want 48", got)
	}
}

// TestFloatBitsRoundTrip checks floats survive being kept as bits in the
// integer word, including the values with special bit patterns.
func TestFloatBitsRoundTrip(t *testing.T) {
	for _, f := range []float64{0, math.Copysign(0, -1), 1.5, -2.25e300, math.Inf(1), math.Inf(-1), math.SmallestNonzeroFloat64} {
		v := FloatValue(f)
		if got := v.Float(); got != f || math.Signbit(got) != math.Signbit(f) {
			t.Errorf("FloatValue(%v).Float() = %v", f, got)
		}
	}
	if v := FloatValue(math.NaN()); !math.IsNaN(v.Float()) {
		t.Errorf("FloatValue(NaN).Float() = %v", v.Float())
	}
}
