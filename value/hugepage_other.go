//go:build !linux

package value

// adviseHuge is a no-op where there are no transparent huge pages.
func adviseHuge([]byte) {}
