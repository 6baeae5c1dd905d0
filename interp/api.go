// Package interp compiles a parsed Perl program into a tree of Go closures
// and runs it. A compiled Program is immutable and may be run many times,
// concurrently; each run gets its own Interp holding globals, filehandles
// and the special variables.
package interp

import (
	"io"
	"os"

	"github.com/miniperl/miniperl/perlio"
)

// Config is what the host gives a run: its standard streams, arguments and
// environment.
type Config struct {
	// Stdin, Stdout and Stderr back STDIN, STDOUT and STDERR. Nil means
	// empty input and discarded output.
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	// Args is @ARGV.
	Args []string
	// Env is %ENV, as "KEY=value" strings (os.Environ's form).
	Env []string
	// ScriptName is $0; it defaults to the program's file name.
	ScriptName string
	// Warnings turns on -w.
	Warnings bool
	// NetPolicy, when set, is asked before every socket, bind, connect,
	// listen and accept the script makes; an error it returns fails that
	// call as the script sees it (a unix.Errno sets $! to match). Use it
	// to sandbox a script's networking.
	NetPolicy perlio.NetPolicy
	// Signals, when set, delivers the host's signals (SIGINT, SIGTERM,
	// SIGHUP, SIGUSR1, SIGUSR2, SIGQUIT) to the script: to its %SIG
	// handler, or by default ending the run with status 128+N. The
	// command-line tool passes its own signals here.
	Signals <-chan os.Signal
	// Resolver, when set, answers the script's host name lookups
	// (gethostbyname, getaddrinfo, IO::Socket host names ...) in place of
	// the built-in /etc/hosts and DNS resolver; DenyLookups forbids them.
	Resolver Resolver
	// DenyProcesses makes system, exec, backticks and piped opens die
	// instead of starting a program, and kill die for any process but
	// the script's own.
	DenyProcesses bool
}
