package value

import "testing"

// TestAppendString checks that in-place appends never change a string
// already handed out.
func TestAppendString(t *testing.T) {
	var a Scalar
	a.AppendString("ab")
	b := a // a copy shares the buffer
	a.AppendString("cd")
	b.AppendString("XY")
	if a.String() != "abcd" || b.String() != "abXY" {
		t.Fatalf("a=%q b=%q, want abcd and abXY", a.String(), b.String())
	}
	s := a.String()
	a.AppendString("ef")
	if s != "abcd" || a.String() != "abcdef" {
		t.Fatalf("earlier view %q changed or a=%q", s, a.String())
	}
}
