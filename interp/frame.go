package interp

import "github.com/miniperl/miniperl/value"

// frame is one activation of a sub (or of the main program): its lexical
// slots, @_, and the context it was called in.
type frame struct {
	it      *Interp
	scalars []*value.Scalar
	arrays  []*value.Array
	hashes  []*value.Hash
	// escaped marks slots whose variable may be referenced from elsewhere
	// (\$x, a closure): the next `my` must make a fresh variable instead of
	// clearing this one, as perl does when a pad entry's refcount is up.
	escapedS []bool
	escapedA []bool
	escapedH []bool
	args     *value.Array
	want     wantCtx
	// label and ret carry control flow out of nested statements.
	label  string
	ret    []value.Scalar
	retOne value.Scalar
	// retSingle marks a list-context return of one value, held in retOne
	// rather than in a slice of its own (see retValues).
	retSingle bool
	pkg       string
	// argsArr and argBuf back @_ so that a call allocates nothing for it.
	argsArr value.Array
	argBuf  []*value.Scalar
	// argTmp holds the values of arguments that are not variables.
	argTmp []value.Scalar
	// pinned is set when something may keep a pointer into the frame
	// beyond the call (\@_), so it must not be reused.
	pinned bool
	// caller and code are the calling frame and the sub running here,
	// for the deep recursion warning.
	caller *frame
	code   *subCode
	// callFile and callLine are where this sub was called from, for
	// caller.
	callFile string
	callLine int
	callPkg  string
	// evalUnit marks the frame of an eval STRING, whose caller is the
	// frame the eval runs in; caller reports it as "(eval)".
	evalUnit bool
}

// context is the context an expression is evaluated in.
type wantCtx uint8

const (
	scalarCtx wantCtx = iota
	listCtx
	voidCtx
)

// acquireFrame returns a frame for a call of code, reusing one from an
// earlier call when possible: a sub called in a loop then allocates
// nothing for its lexicals.
func (it *Interp) acquireFrame(code *subCode) *frame {
	if code.id < len(it.pools) {
		if pool := it.pools[code.id]; len(pool) > 0 {
			fr := pool[len(pool)-1]
			it.pools[code.id] = pool[:len(pool)-1]
			return fr
		}
	}
	return newFrame(it, code)
}

// releaseFrame offers a finished frame for reuse. A frame any of whose
// variables may still be referenced (a reference taken, a closure made)
// is left to the garbage collector.
func (it *Interp) releaseFrame(code *subCode, fr *frame) {
	if fr.pinned {
		return
	}
	for _, e := range fr.escapedS {
		if e {
			return
		}
	}
	for _, e := range fr.escapedA {
		if e {
			return
		}
	}
	for _, e := range fr.escapedH {
		if e {
			return
		}
	}
	for code.id >= len(it.pools) {
		it.pools = append(it.pools, nil)
	}
	// retOne is left: it is read only after a return sets it, and
	// clearing a whole scalar on every call costs more than the value it
	// may keep alive until the frame's next use.
	fr.ret, fr.label, fr.retSingle = nil, "", false
	fr.caller = nil
	clear(fr.argBuf)
	fr.argBuf = fr.argBuf[:0]
	fr.argsArr.Elems = nil
	it.pools[code.id] = append(it.pools[code.id], fr)
}

func newFrame(it *Interp, code *subCode) *frame {
	fr := &frame{it: it}
	if code.nScalars > 0 {
		fr.scalars = make([]*value.Scalar, code.nScalars)
		fr.escapedS = make([]bool, code.nScalars)
		backing := make([]value.Scalar, code.nScalars)
		for i := range fr.scalars {
			fr.scalars[i] = &backing[i]
		}
	}
	if code.nArrays > 0 {
		fr.arrays = make([]*value.Array, code.nArrays)
		fr.escapedA = make([]bool, code.nArrays)
		for i := range fr.arrays {
			fr.arrays[i] = &value.Array{}
		}
	}
	if code.nHashes > 0 {
		fr.hashes = make([]*value.Hash, code.nHashes)
		fr.escapedH = make([]bool, code.nHashes)
		for i := range fr.hashes {
			fr.hashes[i] = value.NewHash()
		}
	}
	return fr
}

// ctl is how a statement ended: normally, or by next/last/redo/return.
type ctl uint8

const (
	ctlNormal ctl = iota
	ctlNext
	ctlLast
	ctlRedo
	ctlReturn
)

// stmtFn runs one compiled statement.
type stmtFn func(fr *frame) ctl

// scalarFn evaluates an expression in scalar context.
type scalarFn func(fr *frame) value.Scalar

// listFn evaluates an expression in list context.
type listFn func(fr *frame) []value.Scalar

// lvalueFn returns the container an expression names.
type lvalueFn func(fr *frame) *value.Scalar

// arrayFn returns the array an expression names (@a, @$r).
type arrayFn func(fr *frame) *value.Array

// hashFn returns the hash an expression names (%h, %$r).
type hashFn func(fr *frame) *value.Hash

// ctlSignal carries next/last/redo/return out of an expression, e.g.
// `open(...) or return`, as a panic caught by the enclosing loop or sub.
// Statement-level control flow, the common case, returns a ctl instead.
type ctlSignal struct {
	op    ctl
	label string
	// fromSub marks a next/last/redo that left a sub to reach a loop
	// of its caller; file and line are where it was, for the error when
	// no loop takes it.
	fromSub    bool
	file, what string
	line       int
}
