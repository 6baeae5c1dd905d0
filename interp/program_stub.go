package interp

import "context"

// Program is a compiled Perl program, ready to run any number of times.
type Program struct{}

// Compile parses and compiles Perl source. name is the file name used in
// messages ("-e" for a one-liner). The error's text is perl's message, e.g.
// `syntax error at x.pl line 3, near "..."`.
func Compile(name string, src []byte) (*Program, error) { panic("not written yet") }

// Interp is one run of a Program.
type Interp struct{}

// New prepares a run of prog with the host's configuration.
func New(prog *Program, cfg Config) *Interp { panic("not written yet") }

// Run executes the program and returns its exit status as perl's would be:
// 0 at the end, N for exit(N), 255 (or $!/$?>>8) after an uncaught die.
// Cancelling ctx stops the program, also when blocked in accept or a read.
func (it *Interp) Run(ctx context.Context) int { panic("not written yet") }
