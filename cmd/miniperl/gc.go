package main

import (
	"os"
	"runtime/debug"
)

// init lets the heap grow to five times what is live between collections
// (GOGC=400) unless GOGC is set: a script's heap is small and short-lived
// values (split fields, match results, temporary strings) dominate, so
// Go's default of collecting at twice the live heap spends a large share
// of the time in the collector, where perl frees by reference count.
func init() {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(400)
	}
}
