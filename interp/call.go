package interp

import (
	"fmt"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// newSub compiles a sub body in its own frame layout. parent is the sub
// whose lexicals the body may capture.
func (c *compiler) newSub(name string, body *parser.Block, parent *subState) *subCode {
	c.nCodes++
	st := &subState{code: &subCode{id: c.nCodes, name: name, pkg: c.pkg}, parent: parent}
	saved, savedDepth, savedCtl, savedRet, savedLine := c.sub, c.loopDepth, c.exprControl, c.exprReturn, c.line
	c.sub, c.loopDepth, c.exprControl, c.exprReturn = st, 0, false, false
	c.pushScope()
	savedMatch := c.usesMatch
	c.usesMatch = false
	st.code.body = c.releasing(c.stmts(body.Stmts, true))
	if c.usesMatch {
		st.code.body = withMatchScope(st.code.body)
	}
	c.usesMatch = savedMatch
	c.popScope()
	c.flushPeepWarnings(st)
	st.code.exprReturn = c.exprReturn
	c.sub, c.loopDepth, c.exprControl, c.exprReturn, c.line = saved, savedDepth, savedCtl, savedRet, savedLine
	return st.code
}

// namedSub compiles sub NAME {...}; it is defined when a run starts, so
// it can be called before its definition in the file.
func (c *compiler) namedSub(d *parser.SubDecl) {
	if d.Body == nil {
		return
	}
	full := c.qualify(d.Name)
	c.global(full)
	code := c.newSub(full, d.Body, c.mainSub)
	c.prog.subs = append(c.prog.subs, namedSub{full: full, code: code, unit: c.unitIndex})
}

// anonSub compiles sub {...}: each evaluation makes a closure over the
// current frame's variables.
func (c *compiler) anonSub(x *parser.AnonSub) scalarFn {
	code := c.newSub("__ANON__", x.Body, c.sub)
	return func(fr *frame) value.Scalar {
		return fr.it.track(makeClosure(code, fr, true))
	}
}

// makeClosure captures the lexicals code needs from fr. Anonymous subs
// mark them escaped so that the next `my` makes new variables, leaving
// the closure its own; named subs share the file's variables.
func makeClosure(code *subCode, fr *frame, escape bool) *Closure {
	cl := &Closure{code: code, name: code.name, refs: make([]any, len(code.captures))}
	for i, cp := range code.captures {
		switch cp.kind {
		case '$':
			cl.refs[i] = fr.scalars[cp.from]
			if escape {
				fr.escapedS[cp.from] = true
			}
		case '@':
			cl.refs[i] = fr.arrays[cp.from]
			if escape {
				fr.escapedA[cp.from] = true
			}
		case '%':
			cl.refs[i] = fr.hashes[cp.from]
			if escape {
				fr.escapedH[cp.from] = true
			}
		}
	}
	if escape && fr.it.rc {
		for i := range cl.refs {
			fr.it.captured(cl, i)
		}
	}
	return cl
}

// codeRef compiles \&name.
func (c *compiler) codeRef(name string) scalarFn {
	gi := c.global(c.qualify(name))
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		g := fr.it.globs[gi]
		if g.Code == nil {
			fr.it.dieAt(file, line, "Undefined subroutine &%s::%s called", g.Pkg, g.Name)
		}
		return value.RefValue(g.Code)
	}
}

// callSub runs a sub with @_ aliased to args, in the given context.
func (it *Interp) callSub(cl *Closure, args []*value.Scalar, want wantCtx, caller *frame) (value.Scalar, []value.Scalar) {
	if cl.native != nil {
		return callNative(cl, caller, args, want)
	}
	return it.runSub(cl, it.acquireFrame(cl.code), args, want, caller)
}

// callNative calls a sub written in Go.
func callNative(cl *Closure, caller *frame, args []*value.Scalar, want wantCtx) (value.Scalar, []value.Scalar) {
	vals := cl.native(caller, args, want)
	if want == listCtx {
		return value.UndefValue(), vals
	}
	return lastValue(vals), nil
}

// runSub runs a sub in a frame already acquired for it.
func (it *Interp) runSub(cl *Closure, fr *frame, args []*value.Scalar, want wantCtx, caller *frame) (value.Scalar, []value.Scalar) {
	return it.runSubOpt(cl, fr, args, want, caller, false)
}

// runSubOpt is runSub; with scratch, the caller copies a list-context
// result out before anything else runs, so one returned value may come
// back in the run's scratch slice instead of a new one.
func (it *Interp) runSubOpt(cl *Closure, fr *frame, args []*value.Scalar, want wantCtx, caller *frame, scratch bool) (value.Scalar, []value.Scalar) {
	code := cl.code
	fr.want = want
	fr.caller, fr.code = caller, code
	fr.callFile, fr.callLine, fr.callPkg = it.callFile, it.callLine, it.callPkg
	fr.argsArr.Elems = args
	fr.args = &fr.argsArr
	if caller != nil {
		fr.pkg = caller.pkg
	}
	for i, cp := range code.captures {
		switch cp.kind {
		case '$':
			fr.scalars[cp.to] = cl.refs[i].(*value.Scalar)
		case '@':
			fr.arrays[cp.to] = cl.refs[i].(*value.Array)
		case '%':
			fr.hashes[cp.to] = cl.refs[i].(*value.Hash)
		}
	}
	mark := len(it.locals)
	it.depth++
	if it.depth > maxDepth {
		it.depth = 0
		it.dieMsg(fmt.Sprintf("Deep recursion limit of %d calls exceeded in subroutine \"%s\"\n", maxDepth, cl.name))
	}
	var r ctl
	if code.exprReturn {
		r = runCatchingReturn(code.body, fr)
	} else {
		r = code.body(fr)
	}
	it.depth--
	if len(it.locals) > mark {
		it.unwindLocals(mark)
	}
	if it.pendingPipe {
		it.deliverPending()
	}
	var one value.Scalar
	var many []value.Scalar
	if r == ctlReturn {
		one, many = fr.retOne, fr.ret
		switch {
		case want != listCtx:
			many = nil
		case fr.retSingle && scratch:
			it.retScratch[0] = one
			many = it.retScratch[:1:1]
		case fr.retSingle:
			many = []value.Scalar{one}
		}
	}
	it.releaseFrame(code, fr)
	return one, many
}

// maxDepth bounds recursion so that runaway recursion is a perl error,
// not a Go stack overflow.
const maxDepth = 100000

// runCatchingReturn runs a body whose expressions may `return`.
func runCatchingReturn(body stmtFn, fr *frame) (r ctl) {
	defer func() {
		if p := recover(); p != nil {
			if sig, ok := p.(*ctlSignal); ok && sig.op == ctlReturn {
				r = ctlReturn
				return
			}
			panic(p)
		}
	}()
	return body(fr)
}

// userCall compiles a call of a user sub by name, for the given context.
func (c *compiler) userCall(x *parser.Call, want wantCtx) func(*frame) (value.Scalar, []value.Scalar) {
	return c.userCallOpt(x, want, false)
}

// userCallOpt is userCall; scratch is runSubOpt's.
func (c *compiler) userCallOpt(x *parser.Call, want wantCtx, scratch bool) func(*frame) (value.Scalar, []value.Scalar) {
	x = c.applyProto(x)
	gi := c.global(c.qualify(x.Name))
	file, line := c.file, c.line
	callPkg := c.pkg
	passArgs := x.Amp && !x.Paren && x.Args == nil && x.Block == nil
	items := x.Args
	if x.Block != nil {
		// first { ... } @list: the block is passed as a code reference.
		items = append([]parser.Node{&parser.AnonSub{Body: x.Block}}, items...)
	}
	args := c.argList(items)
	if weakenArg(x.Name) && len(items) == 1 && canAutoviv(items[0]) {
		// weaken($h{parent}) changes the element itself, not a copy.
		lv := c.lvalue(items[0])
		args = func(fr, _ *frame) []*value.Scalar { return []*value.Scalar{lv(fr)} }
	}
	recursion := c.site("", wRecursion)
	c.sawCall = true
	return func(fr *frame) (value.Scalar, []value.Scalar) {
		it := fr.it
		g := it.globs[gi]
		if g.Code == nil {
			it.dieAt(file, line, "Undefined subroutine &%s::%s called", g.Pkg, g.Name)
		}
		if passArgs {
			var a []*value.Scalar
			if fr.args != nil {
				a = fr.args.Elems
			}
			it.callFile, it.callLine, it.callPkg = file, line, callPkg
			return it.callSub(g.Code, a, want, fr)
		}
		if g.Code.native != nil {
			// A Go sub keeps no frame; a scratch one holds its @_. Its
			// messages name the line of the call.
			a := args(fr, &frame{})
			it.callFile, it.callLine = file, line
			return callNative(g.Code, fr, a, want)
		}
		if it.depth >= recursionWarnDepth-1 && recursion != nil {
			it.checkRecursion(recursion, g.Code, fr)
		}
		callee := it.acquireFrame(g.Code.code)
		callee.argBuf = args(fr, callee)
		it.callFile, it.callLine, it.callPkg = file, line, callPkg
		return it.runSubOpt(g.Code, callee, callee.argBuf, want, fr, scratch)
	}
}

// callRef compiles $code->(...) and &$code(...).
func (c *compiler) callRef(x *parser.CallRef) func(*frame, wantCtx) []value.Scalar {
	call := c.callRefCall(x)
	return func(fr *frame, want wantCtx) []value.Scalar {
		one, many := call(fr, want)
		if want == listCtx {
			return many
		}
		return []value.Scalar{one}
	}
}

// callRefScalar compiles a code reference call in scalar context.
func (c *compiler) callRefScalar(x *parser.CallRef) scalarFn {
	call := c.callRefCall(x)
	return func(fr *frame) value.Scalar {
		one, _ := call(fr, scalarCtx)
		return one
	}
}

// callRefCall compiles a code reference call. The arguments go straight
// into the callee frame's @_ buffer, as for named subs, so a call
// allocates nothing for them.
func (c *compiler) callRefCall(x *parser.CallRef) func(*frame, wantCtx) (value.Scalar, []value.Scalar) {
	return c.callRefCallOpt(x, false)
}

// callRefCallOpt is callRefCall; scratch is runSubOpt's.
func (c *compiler) callRefCallOpt(x *parser.CallRef, scratch bool) func(*frame, wantCtx) (value.Scalar, []value.Scalar) {
	code := c.scalar(x.Code)
	var args func(fr, callee *frame) []*value.Scalar
	if !x.NoArgs {
		args = c.argList(x.Args)
	}
	file, line := c.file, c.line
	callPkg := c.pkg
	strictRefs := c.strict().refs
	recursion := c.site("", wRecursion)
	c.sawCall = true
	var codeVar lvalueFn
	if v, ok := x.Code.(*parser.Var); ok && v.Sigil == '$' && c.magicGet(v.Name) == nil {
		// $code->(...): the variable is read in place.
		codeVar = c.scalarLvalue(v)
	}
	return func(fr *frame, want wantCtx) (value.Scalar, []value.Scalar) {
		var cl *Closure
		var v value.Scalar
		if codeVar != nil {
			if p := codeVar(fr); p.Kind() == value.Ref {
				cl, _ = p.Pointer().(*Closure)
			}
		}
		if cl == nil {
			if codeVar != nil {
				v = *codeVar(fr)
			} else {
				v = code(fr)
			}
		}
		switch v.Kind() {
		case value.Ref:
			cl, _ = v.Pointer().(*Closure)
		case value.Str:
			if strictRefs {
				fr.it.dieAt(file, line, "%s", symbolicRefError(v.String(), "a subroutine"))
			}
			cl = fr.it.symbolic(v.String(), fr).Code
		}
		if cl == nil {
			if v.Kind() == value.Str {
				fr.it.dieAt(file, line, "Undefined subroutine &main::%s called", v.String())
			}
			fr.it.dieAt(file, line, "Not a CODE reference")
		}
		it := fr.it
		if args == nil {
			var a []*value.Scalar
			if fr.args != nil {
				a = fr.args.Elems
			}
			return it.callSub(cl, a, want, fr)
		}
		if cl.native != nil {
			a := args(fr, &frame{})
			it.callFile, it.callLine = file, line
			return callNative(cl, fr, a, want)
		}
		if it.depth >= recursionWarnDepth-1 && recursion != nil {
			it.checkRecursion(recursion, cl, fr)
		}
		callee := it.acquireFrame(cl.code)
		callee.argBuf = args(fr, callee)
		it.callFile, it.callLine, it.callPkg = file, line, callPkg
		return it.runSubOpt(cl, callee, callee.argBuf, want, fr, scratch)
	}
}

// blockValue compiles a block run inline (do, eval, map, grep, sort)
// whose last statement gives its value.
func (c *compiler) blockValue(b *parser.Block) func(*frame, wantCtx) []value.Scalar {
	return blockValueOf(c.block(b, true))
}

// blockValueOf runs a compiled block for its value.
func blockValueOf(body stmtFn) func(*frame, wantCtx) []value.Scalar {
	return func(fr *frame, want wantCtx) []value.Scalar {
		saved := fr.want
		fr.want = want
		r := body(fr)
		fr.want = saved
		if r != ctlReturn {
			return nil
		}
		if want == listCtx {
			return fr.retValues()
		}
		return []value.Scalar{fr.retOne}
	}
}

func (c *compiler) doBlock(x *parser.DoBlock) func(*frame, wantCtx) []value.Scalar {
	// Like an if's then-block, a do block of one statement has no scope
	// of its own in perl.
	c.unscoped = len(x.Body.Stmts) == 1
	before := c.nLoopControls
	body := c.block(x.Body, true)
	if c.nLoopControls == before {
		return blockValueOf(body)
	}
	return c.loopControlOut(body)
}

// argList compiles a call's arguments into a function that fills the
// callee frame's @_ buffer: variables are aliased, other single values are
// held in the frame's temporaries, so a call allocates nothing for them.
func (c *compiler) argList(items []parser.Node) func(fr, callee *frame) []*value.Scalar {
	// Each argument is an aliased variable, aliased array elements, one
	// value or a list of values; values are kept in the callee frame's
	// temporaries.
	type arg struct {
		ref  lvalueFn
		refs func(*frame) []*value.Scalar
		val  scalarFn
		many listFn
	}
	args := make([]arg, 0, len(items))
	allSingle := true
	for _, n := range items {
		if s, ok := c.singleArg(n); ok {
			args = append(args, arg{ref: s.ref, val: s.val})
			continue
		}
		allSingle = false
		switch x := n.(type) {
		case *parser.Var, *parser.Deref:
			// foo(@a) aliases @_ to the elements of @a.
			if v, ok := x.(*parser.Var); !ok || v.Sigil == '@' {
				args = append(args, arg{refs: c.aliases(n)})
				continue
			}
		}
		args = append(args, arg{many: c.listCopied(n)})
	}
	if allSingle {
		n := len(args)
		return func(fr, callee *frame) []*value.Scalar {
			if cap(callee.argTmp) < n {
				callee.argTmp = make([]value.Scalar, n)
			}
			// The general form below may have left the slice shorter.
			callee.argTmp = callee.argTmp[:cap(callee.argTmp)]
			dst := callee.argBuf[:0]
			for i, a := range args {
				if a.ref != nil {
					dst = append(dst, a.ref(fr))
					continue
				}
				callee.argTmp[i] = a.val(fr)
				dst = append(dst, &callee.argTmp[i])
			}
			return dst
		}
	}
	return func(fr, callee *frame) []*value.Scalar {
		// Values go into the temporaries first and are pointed to once
		// all are in: the slice may move while it grows.
		tmp := callee.argTmp[:0]
		dst := callee.argBuf[:0]
		for _, a := range args {
			switch {
			case a.ref != nil:
				dst = append(dst, a.ref(fr))
			case a.refs != nil:
				dst = append(dst, a.refs(fr)...)
			case a.val != nil:
				tmp = append(tmp, a.val(fr))
				dst = append(dst, nil)
			default:
				for _, v := range a.many(fr) {
					tmp = append(tmp, v)
					dst = append(dst, nil)
				}
			}
		}
		j := 0
		for i := range dst {
			if dst[i] == nil {
				dst[i] = &tmp[j]
				j++
			}
		}
		callee.argTmp = tmp
		return dst
	}
}

// singleArg compiles an argument that is always exactly one value: a
// scalar variable (aliased) or a scalar expression.
func (c *compiler) singleArg(n parser.Node) (struct {
	ref lvalueFn
	val scalarFn
}, bool) {
	var out struct {
		ref lvalueFn
		val scalarFn
	}
	switch x := n.(type) {
	case *parser.Var:
		if x.Sigil == '$' && c.magicGet(x.Name) == nil {
			out.ref = c.scalarLvalue(x)
			return out, true
		}
		return out, false
	case *parser.Binary:
		if x.Op == "x" {
			return out, false
		}
	case *parser.NumberLit, *parser.StringLit, *parser.InterpString, *parser.Unary,
		*parser.IncDec, *parser.Elem:
	default:
		return out, false
	}
	out.val = c.scalar(n)
	return out, true
}
