package interp

import (
	"context"
	"io"
	"math/rand/v2"
	goruntime "runtime"
	"strings"

	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// Glob is a symbol-table entry: the scalar, array, hash, sub and
// filehandle sharing one name, as perl's typeglob.
type Glob struct {
	Pkg, Name string
	Scalar    *value.Scalar
	Array     *value.Array
	Hash      *value.Hash
	Code      *Closure
	IO        *perlio.Handle
	// Dir is the directory handle of the same name (opendir).
	Dir *dirHandle
	// blessed is the class of a glob used as an object (IO::Socket::INET).
	blessed string
	// ioObj is the IO::File object *FH{IO} gives (made on first use);
	// isIO marks such an object, whose ref type is IO.
	ioObj *Glob
	isIO  bool
	// rc counts references to an anonymous glob (refcount.go); shared
	// marks a handle object that borrows another glob's handle, which
	// must not be closed with it.
	rc     value.RC
	shared bool
	// borrowedIO is a handle the glob got from another by glob
	// assignment (*FH = *OTHER), which leaving a local scope must not
	// close.
	borrowedIO *perlio.Handle
}

// Counts implements value.Counted.
func (g *Glob) Counts() *value.RC { return &g.rc }

// BlessedInto implements value.Blessable.
func (g *Glob) BlessedInto() string { return g.blessed }

// GlobName is the glob's name as perl prints it: *main::STDOUT.
func (g *Glob) GlobName() string { return "*" + g.Pkg + "::" + g.Name }

// RefType implements value.Typed.
func (g *Glob) RefType() string {
	if g.isIO {
		return "IO"
	}
	return "GLOB"
}

// Interp is one run of a Program: its globals, filehandles and special
// variables. It is used by one goroutine at a time.
type Interp struct {
	prog *Program
	cfg  Config
	// runCtx is the host's context for the run; ctx, derived from it, is
	// what blocking calls wait on, and an alarm cancels it.
	runCtx context.Context
	ctx    context.Context
	alarm  alarmState
	// signals are the host's signals waiting to be delivered.
	signals pendingSignals

	// globs are the program's statically named globals, by index;
	// symbols has every glob by its full name (main::x).
	globs   []*Glob
	symbols map[string]*Glob

	// selected is the default output handle (select).
	selected *Glob
	stdout   *Glob
	stderr   *Glob

	// errno is $!'s number.
	errno int
	// lastRead is the handle last read, for $. and die's ", <FH> line N".
	lastRead *Glob
	// underscore is $_ (main::_), kept at hand because it is used so often.
	underscore *Glob
	// mainFrame holds the file-scoped lexicals that named subs capture.
	mainFrame *frame
	// steps counts loop iterations between context checks.
	steps int
	// locals are the values saved by local, newest last.
	locals []localSave
	// depth is the sub call depth.
	depth int
	// rng is rand's generator, made on first use.
	rng *rand.Rand
	// argvUsed is set while <> is on a pass over @ARGV (or STDIN), from
	// its first read until it returns end of file.
	argvUsed bool
	// anonHandles are handles not reachable through a named glob, kept so
	// that exit flushes them.
	anonHandles []*perlio.Handle
	// unitRun marks the module files already run; importInto is the
	// package an import call is importing into.
	unitRun    []bool
	importInto string
	// inDieHandler and inWarnHandler stop $SIG{__DIE__}/__WARN__ from
	// being called again from within themselves.
	inDieHandler, inWarnHandler bool
	// evalStack holds the evals running, for caller; sigFrom is where
	// the next die or warn handler call comes from (caller_eval.go).
	evalStack evalState
	sigFrom   signalFrom
	// forms holds each handle's format state ($~, $-, ...).
	forms map[*Glob]*formState
	// pendingPipe is a SIGPIPE waiting for the next safe point.
	pendingPipe bool
	// match is the last successful match; pos holds pos() per scalar;
	// scratch is the regex engine's per-run buffer; patterns caches
	// interpolated patterns by site.
	match    *lastMatch
	pos      map[*value.Scalar]posState
	scratch  regex.Scratch
	patterns map[int]cachedPattern
	// sysScratch is sysread's buffer, reused between calls; inplaceBufs
	// are the buffers in-place sysread reads into, by variable.
	sysScratch  []byte
	inplaceBufs map[*value.Scalar][]byte
	// matchedOnce holds the m?...? sites that have matched since the
	// last reset().
	matchedOnce map[int]bool
	// spareMatch is a lastMatch not handed out yet, for the next search.
	spareMatch *lastMatch
	// constTargets are the containers of constant m//g targets, by site.
	constTargets map[int]*value.Scalar
	// eeCache holds the code each s///ee site compiled, by string.
	eeCache map[*eeSite]map[string]eeCompiled
	// killed is set when a signal's default action ended the run.
	killed bool
	// callFile and callLine are where the running Go sub was called from.
	callFile string
	callLine int
	// callPkg is the package in effect where the running Perl sub was
	// called, for caller.
	callPkg string
	// packs caches parsed pack/unpack templates for this run.
	packs builtins.Templates
	// bufs are reused buffers for pack's arguments and unpack's values.
	bufs argBufs
	// retScratch holds a sub's single list-context return value for a
	// caller that copies it out at once (see runSub).
	retScratch [1]value.Scalar
	// slab is what is left of the block newElem cuts containers from.
	slab []value.Scalar
	// pools hold finished frames for reuse, by subCode id.
	pools [][]*frame
	// net makes the run's sockets under the host's policy.
	net *perlio.Sockets
	// sys is the per-process state perl keeps that a run must keep itself.
	sys sysState
	// rtc is the state of compiling code while the run goes on (eval
	// STRING, do FILE).
	rtc runtimeCompile
	// rc is set when the program counts references for DESTROY and
	// weaken; rcs is that bookkeeping (refcount.go).
	rc  bool
	rcs rcState
	// phase is ${^GLOBAL_PHASE} past RUN: "END", then "DESTRUCT".
	phase string
	// arrayIters are the positions of each @array; flipFlops the state
	// of each flip-flop site.
	arrayIters map[*value.Array]int
	flipFlops  map[int]int
	// formats caches how sprintf formats use their arguments, for the
	// argument warnings.
	formats map[string][]byte
}

// sockets returns the factory for the run's sockets.
func (it *Interp) sockets() *perlio.Sockets { return it.net }

// New prepares a run of prog with the host's configuration.
func New(prog *Program, cfg Config) *Interp {
	it := &Interp{prog: prog, cfg: cfg, symbols: map[string]*Glob{}, rc: prog.rc}
	it.globs = make([]*Glob, len(prog.globalNames))
	for i, name := range prog.globalNames {
		it.globs[i] = it.glob(name)
	}
	stdin := cfg.Stdin
	if stdin == nil {
		stdin = strings.NewReader("")
	}
	stdout, stderr := cfg.Stdout, cfg.Stderr
	if stdout == nil {
		stdout = io.Discard
	}
	if stderr == nil {
		stderr = io.Discard
	}
	it.glob("main::STDIN").IO = perlio.NewReader("STDIN", stdin)
	it.stdout = it.glob("main::STDOUT")
	it.stdout.IO = perlio.NewWriter("STDOUT", stdout)
	it.stderr = it.glob("main::STDERR")
	it.stderr.IO = perlio.NewWriter("STDERR", stderr)
	// perl's STDERR is unbuffered while $| reads 0 for it.
	it.stderr.IO.SetUnbuffered(true)
	it.net = &perlio.Sockets{Policy: cfg.NetPolicy}
	it.selected = it.stdout
	it.underscore = it.glob("main::_")
	it.initSys()

	argv := it.glob("main::ARGV")
	for _, a := range cfg.Args {
		argv.Array.Push(value.StrValue(a))
	}
	env := it.glob("main::ENV")
	for _, kv := range cfg.Env {
		if k, v, ok := strings.Cut(kv, "="); ok {
			*env.Hash.Elem(k) = value.StrValue(v)
		}
	}
	name := cfg.ScriptName
	if name == "" {
		name = prog.name
	}
	*it.glob("main::0").Scalar = value.StrValue(name)
	*it.glob("main::,").Scalar = value.UndefValue()
	*it.glob("main::\"").Scalar = value.StrValue(" ")
	*it.glob("main::/").Scalar = value.StrValue("\n")
	*it.glob("main::;").Scalar = value.StrValue("\x1c")
	*it.glob("main::@").Scalar = value.StrValue("")
	*it.glob("main::^O").Scalar = value.StrValue(goruntime.GOOS)
	if cfg.Warnings || prog.dashW {
		*it.glob("main::^W").Scalar = value.IntValue(1)
	} else {
		*it.glob("main::^W").Scalar = value.IntValue(0)
	}
	return it
}

// glob returns the glob with a full name, creating it.
func (it *Interp) glob(full string) *Glob {
	if g := it.symbols[full]; g != nil {
		return g
	}
	pkg, name := splitName(full)
	g := &Glob{Pkg: pkg, Name: name, Scalar: new(value.Scalar), Array: &value.Array{}, Hash: value.NewHash()}
	it.symbols[full] = g
	return g
}

// splitName splits "Foo::Bar::x" into "Foo::Bar" and "x".
func splitName(full string) (string, string) {
	i := strings.LastIndex(full, "::")
	if i < 0 {
		return "main", full
	}
	pkg := full[:i]
	if pkg == "" {
		pkg = "main"
	}
	return pkg, full[i+2:]
}

// curFile and curLine are the position a Go sub reports errors at.
func (it *Interp) curFile() string { return it.callFile }
func (it *Interp) curLine() int    { return it.callLine }
