package builtins

import "unsafe"

// bytesToString returns b as a string without copying. The callers build
// b privately and never touch it again.
func bytesToString(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
