//go:build !unix

package main

import "os"

// peakRSS reports that peak RSS is unknown: only unix rusage carries it.
func peakRSS(*os.ProcessState) int64 { return -1 }
