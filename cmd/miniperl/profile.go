package main

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts the profiles the environment asks for, so a script
// can be profiled as it runs under a real load (bench/README.md):
// MINIPERL_CPUPROFILE names a file for a CPU profile of the whole run,
// MINIPERL_MEMPROFILE one for an allocation profile written at the end
// (every allocation sampled). The returned function writes and closes
// them; a profile that cannot be written is reported on stderr and
// otherwise ignored, since it must not change what the script does.
func startProfiles() (stop func()) {
	var stops []func()
	if name := os.Getenv("MINIPERL_CPUPROFILE"); name != "" {
		if f, err := os.Create(name); err != nil {
			fmt.Fprintln(os.Stderr, "miniperl: cpu profile:", err)
		} else if err := pprof.StartCPUProfile(f); err != nil {
			fmt.Fprintln(os.Stderr, "miniperl: cpu profile:", err)
			f.Close()
		} else {
			stops = append(stops, func() {
				pprof.StopCPUProfile()
				f.Close()
			})
		}
	}
	if name := os.Getenv("MINIPERL_MEMPROFILE"); name != "" {
		runtime.MemProfileRate = 1
		stops = append(stops, func() {
			f, err := os.Create(name)
			if err == nil {
				err = pprof.Lookup("allocs").WriteTo(f, 0)
				if cerr := f.Close(); err == nil {
					err = cerr
				}
			}
			if err != nil {
				fmt.Fprintln(os.Stderr, "miniperl: memory profile:", err)
			}
		})
	}
	return func() {
		for _, s := range stops {
			s()
		}
	}
}
