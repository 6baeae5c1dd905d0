package interp

import (
	"bytes"
	"time"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// Program is a compiled Perl program, ready to run any number of times,
// also concurrently: nothing in it changes after Compile.
type Program struct {
	name string
	// globalNames are the full names of the globals the code refers to
	// statically; compiled code reaches them by index.
	globalNames []string
	main        *subCode
	// subs are the named subs, defined when a run starts.
	subs []namedSub
	// formDefs are the formats, by full name (format.go); protos the
	// subs' prototypes, for prototype().
	formDefs map[string]*formatDef
	protos   map[string]string
	// src is the script's text when it has a data section.
	src string
	// ends are the END blocks, run in reverse order of definition.
	ends []*subCode
	// data is the text after __END__/__DATA__.
	data *string
	// modules are the built-in modules the program uses; imports are the
	// names its use statements bring into packages.
	modules []*module
	imports []imported
	// inherits are the (package, parent) pairs of use parent / use base.
	inherits [][2]string
	// units are the program's files: the script (0), then modules.
	units []unit
	// inits load and import modules as the program starts.
	inits []initStep
	// inc is the final @INC.
	inc []string
	// base is what code compiled while the program runs (eval STRING,
	// do FILE, require) starts from; read-only after Compile.
	base *compileBase
	// rc says the program counts references (it has DESTROY or weaken);
	// mainDecls are the file's lexicals, released before END; warnings
	// is set by use warnings.
	rc        bool
	mainDecls []declSlot
	warnings  bool
	// compileWarnings are the warnings given while compiling; warnLines
	// the warnings pragma of each statement line that has one.
	compileWarnings []compileWarning
	warnLines       map[fileLine]warnState
	// dashW is set by a -w on the script's #! line, as perl honours it.
	dashW bool
}

// CompileOptions tune Compile.
type CompileOptions struct {
	// Inc are the directories searched for modules (perl's -I), before
	// those added by use lib.
	Inc []string
	// MatchTimeout bounds the time one regular-expression match may take
	// on the backtracking engine (a ReDoS guard for hosts running
	// untrusted scripts); past it the script dies with perl-style
	// "Regex match exceeded time limit". Zero means no limit.
	MatchTimeout time.Duration
	// RefCounts compiles reference counting in even when the program
	// shows no need for it (no DESTROY, no weaken); tests use it to run
	// programs both ways.
	RefCounts bool
	// rc compiles reference counting in, for DESTROY and weaken.
	rc bool
}

// namedSub is a sub NAME { } declaration.
type namedSub struct {
	full string
	code *subCode
	// unit is the file whose lexicals the sub captures.
	unit int
}

// subCode is a compiled sub body (or the main program) with its frame
// layout.
type subCode struct {
	// id indexes the run's frame pools.
	id   int
	name string
	// pkg is the package the sub was compiled in (where its $a and $b
	// live, for sort-like callers).
	pkg  string
	body stmtFn
	// nScalars, nArrays, nHashes size the frame's lexical slots.
	nScalars, nArrays, nHashes int
	// captures say which slots are filled from the defining frame.
	captures []capture
	// exprReturn is set when the body has `return` inside an expression,
	// which unwinds by panic and must be caught at the call.
	exprReturn bool
	// keep marks lexicals that named subs capture: they are never
	// released at scope exit.
	keep map[declSlot]bool
}

// capture copies one lexical from the frame that creates a closure.
type capture struct {
	kind     byte // '$', '@', '%'
	from, to int
}

// Closure is a code value: a compiled sub plus the lexicals it captured.
type Closure struct {
	code *subCode
	name string
	// refs are the captured variables (*value.Scalar, *value.Array or
	// *value.Hash), in the order of code.captures.
	refs []any
	// native, when set, is a sub written in Go; code is then nil.
	native nativeFn
	// blessed is the package a code reference was blessed into.
	blessed string
	// rc counts references to an anonymous sub (refcount.go).
	rc value.RC
}

// Counts implements value.Counted.
func (c *Closure) Counts() *value.RC { return &c.rc }

// RefType implements value.Typed.
func (c *Closure) RefType() string { return "CODE" }

// BlessedInto implements value.Blessable.
func (c *Closure) BlessedInto() string { return c.blessed }

// Compile parses and compiles Perl source. name is the file name used in
// messages ("-e" for a one-liner). The error's text is perl's message, e.g.
// `syntax error at x.pl line 3, near "..."`, ending in a newline.
func Compile(name string, src []byte) (*Program, error) {
	return CompileWith(name, src, CompileOptions{})
}

// CompileWith is Compile with options, such as where use finds modules.
func CompileWith(name string, src []byte, opts CompileOptions) (*Program, error) {
	tree, err := parser.Parse(name, src)
	if err != nil {
		return nil, &CompileError{Msg: err.Error(), File: name}
	}
	// Reference counting costs a little on every store, so only programs
	// that can see its effects (DESTROY, weaken) get it. When only a
	// module shows the need, the program is compiled again with it.
	opts.rc = opts.RefCounts || bytes.Contains(src, []byte("DESTROY")) || bytes.Contains(src, []byte("weaken"))
	prog, err := compileProgram(name, tree, opts)
	if err == errNeedRC {
		if tree, err = parser.Parse(name, src); err != nil {
			return nil, &CompileError{Msg: err.Error(), File: name}
		}
		opts.rc = true
		prog, err = compileProgram(name, tree, opts)
	}
	if prog != nil {
		prog.dashW = shebangWarnings(src)
		if prog.data != nil {
			// DATA reads the script itself (data_handle.go).
			prog.src = string(src)
		}
	}
	return prog, err
}
