package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// evalCtx is one eval running, as caller sees it: perl reports an eval
// as a frame of its own, named "(eval)". eval BLOCK runs in the frame of
// its sub, and eval STRING in a frame of its own whose caller is that
// frame; either way the record names the frame the eval was entered
// from, so caller can put it between that frame's sub and what it calls.
type evalCtx struct {
	fr   *frame
	file string
	line int
	pkg  string
	want wantCtx
	// text is the source of an eval STRING; isString tells it from eval
	// BLOCK, whose evaltext is undef.
	text     string
	isString bool
}

// evalState is a run's stack of running evals, innermost last.
type evalState struct {
	evals []evalCtx
}

// pushEval records an eval being entered and returns the mark popEval
// restores.
func (it *Interp) pushEval(e evalCtx) int {
	n := len(it.evalStack.evals)
	it.evalStack.evals = append(it.evalStack.evals, e)
	return n
}

// popEval drops the evals entered since mark (also those a die unwound).
func (it *Interp) popEval(mark int) {
	if mark < len(it.evalStack.evals) {
		clear(it.evalStack.evals[mark:])
		it.evalStack.evals = it.evalStack.evals[:mark]
	}
}

// callerCtx is one frame as caller(i) reports it: a sub call or an eval.
type callerCtx struct {
	pkg, file string
	line      int
	sub       string
	hasArgs   bool
	want      wantCtx
	eval      *evalCtx
}

// callerAt walks out from fr to the level'th sub or eval frame, perl's
// caller(level): level 0 is the innermost. ok is false past the
// outermost.
func (it *Interp) callerAt(fr *frame, level int64) (callerCtx, bool) {
	evals := it.evalStack.evals
	for f := fr; f != nil; f = f.caller {
		for i := len(evals) - 1; i >= 0; i-- {
			if evals[i].fr != f {
				continue
			}
			if level == 0 {
				e := &evals[i]
				return callerCtx{pkg: e.pkg, file: e.file, line: e.line, sub: "(eval)", want: e.want, eval: e}, true
			}
			level--
		}
		if f.evalUnit {
			continue
		}
		if f.caller == nil || f.code == nil {
			break
		}
		if level == 0 {
			return callerCtx{pkg: f.callPkg, file: f.callFile, line: f.callLine, sub: subName(f.code), hasArgs: true, want: f.want}, true
		}
		level--
	}
	return callerCtx{}, false
}

// callerValues is caller's list: without a level (package, file, line);
// with one, perl's eleven values, of which miniperl knows the first
// eight.
func (it *Interp) callerValues(fr *frame, level int64, withLevel bool) []value.Scalar {
	cx, ok := it.callerAt(fr, level)
	if !ok {
		return nil
	}
	out := []value.Scalar{value.StrValue(cx.pkg), value.StrValue(cx.file), value.IntValue(int64(cx.line))}
	if !withLevel {
		return out
	}
	want := value.UndefValue()
	switch cx.want {
	case listCtx:
		want = value.IntValue(1)
	case scalarCtx:
		want = value.StrValue("")
	}
	hasArgs := value.StrValue("")
	if cx.hasArgs {
		hasArgs = value.IntValue(1)
	}
	evalText, isRequire := value.UndefValue(), value.UndefValue()
	if cx.eval != nil {
		hasArgs = value.IntValue(0)
		if cx.eval.isString {
			evalText, isRequire = value.StrValue(cx.eval.text), value.StrValue("")
		}
	}
	return append(out, value.StrValue(cx.sub), hasArgs, want,
		evalText, isRequire, value.IntValue(0), value.StrValue(""), value.UndefValue())
}

// signalFrom is where a die or warn handler is called from: the frame
// and position of the die or warn that calls it, so that caller inside
// the handler sees the dying code's frames.
type signalFrom struct {
	fr        *frame
	file      string
	line      int
	pkg       string
	hasSource bool
}

// setSignalFrom records where the next die or warn handler call comes
// from.
func (it *Interp) setSignalFrom(fr *frame, file string, line int, pkg string) {
	it.sigFrom = signalFrom{fr: fr, file: file, line: line, pkg: pkg, hasSource: true}
}

// handlerCaller takes the recorded origin of a handler call, setting the
// call position caller reports; it returns the frame to call the
// handler from.
func (it *Interp) handlerCaller() *frame {
	from := it.sigFrom
	it.sigFrom = signalFrom{}
	if !from.hasSource {
		return it.mainFrame
	}
	it.callFile, it.callLine, it.callPkg = from.file, from.line, from.pkg
	if from.fr == nil {
		return it.mainFrame
	}
	return from.fr
}

// voidBlockCall compiles eval BLOCK, do BLOCK and $code->() as
// statements: run in void context, so that wantarray inside reports it.
func (c *compiler) voidBlockCall(n parser.Node) func(*frame) {
	switch x := n.(type) {
	case *parser.EvalBlock:
		f := c.evalBlock(x)
		return func(fr *frame) { f(fr, voidCtx) }
	case *parser.DoBlock:
		f := c.doBlock(x)
		return func(fr *frame) { f(fr, voidCtx) }
	case *parser.CallRef:
		f := c.callRef(x)
		return func(fr *frame) { f(fr, voidCtx) }
	}
	return nil
}

// tailVoid compiles, for void context, the last statement of a sub
// when it is a call of a sub or a block whose context reaches code
// inside it (wantarray); nil for anything else, whose value is computed
// as before.
func (c *compiler) tailVoid(n parser.Node) func(*frame) {
	switch x := n.(type) {
	case *parser.Call:
		if _, builtin := builtins.Lookup(x.Name); builtin && !x.Amp {
			return nil
		}
		return c.void(x)
	case *parser.MethodCall, *parser.CallRef, *parser.EvalBlock, *parser.DoBlock:
		return c.void(x)
	}
	return nil
}
