// Command miniperl runs Perl programs: miniperl [switches] [programfile]
// [arguments].
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	// The script's %SIG decides what these signals do; by default they end
	// it as they would end perl.
	sigs := make(chan os.Signal, 8)
	signal.Notify(sigs, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGUSR1, syscall.SIGUSR2, syscall.SIGQUIT)
	stopProfiles := startProfiles()
	status := runWithSignals(context.Background(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Environ(), sigs)
	stopProfiles()
	signal.Stop(sigs)
	os.Exit(status)
}
