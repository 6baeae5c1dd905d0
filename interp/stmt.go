package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// stmts compiles a statement list. With tail set, the last statement's
// value becomes the sub's return value, as perl's implicit return.
func (c *compiler) stmts(list []*parser.Stmt, tail bool) stmtFn {
	var fns []stmtFn
	var gs *gotoScope
	if labels := listLabels(list); labels != nil {
		gs = &gotoScope{sub: c.sub, labels: labels}
		c.gotoScopes = append(c.gotoScopes, gs)
		defer func() { c.gotoScopes = c.gotoScopes[:len(c.gotoScopes)-1] }()
	}
	for i, s := range list {
		if name := stmtLabel(s); gs != nil && name != "" {
			gs.labels[name] = len(fns)
		}
		if s.Sub != nil {
			c.namedSub(s.Sub)
			continue
		}
		isTail := tail && i == len(list)-1
		if f := c.stmt(s, isTail); f != nil {
			if c.rc && i < len(list)-1 {
				// The last statement's temporaries are freed by the
				// enclosing statement or loop, as perl's are.
				f = stmtTmps(f)
			}
			fns = append(fns, f)
		}
	}
	if gs != nil && gs.targeted {
		return gotoRunner(fns, gs.labels)
	}
	switch len(fns) {
	case 0:
		return func(*frame) ctl { return ctlNormal }
	case 1:
		return fns[0]
	case 2:
		a, b := fns[0], fns[1]
		return func(fr *frame) ctl {
			if r := a(fr); r != ctlNormal {
				return r
			}
			return b(fr)
		}
	}
	return func(fr *frame) ctl {
		for _, f := range fns {
			if r := f(fr); r != ctlNormal {
				return r
			}
		}
		return ctlNormal
	}
}

// block compiles { ... } in a new lexical scope.
func (c *compiler) block(b *parser.Block, tail bool) stmtFn {
	unscoped := c.unscoped
	c.unscoped = false
	c.pushScope()
	defer c.popScope()
	// package NAME; lasts to the end of the enclosing block.
	savedPkg := c.pkg
	defer func() { c.pkg = savedPkg }()
	outer := c.usesLocal
	c.usesLocal = false
	outerMatch := c.usesMatch
	c.usesMatch = false
	f := c.stmts(b.Stmts, tail)
	if c.usesLocal {
		f = withLocals(f)
	}
	if unscoped {
		c.declsOutward()
	} else {
		f = c.releasing(f)
	}
	if c.usesMatch {
		f = withMatchScope(f)
	}
	c.usesLocal, c.usesMatch = outer, outerMatch
	return f
}

func (c *compiler) stmt(s *parser.Stmt, tail bool) stmtFn {
	c.line = s.Pos.Line
	c.stmtSeq++
	c.warnLine()
	label := ""
	if s.Label != nil {
		label = s.Label.Name
	}
	switch {
	case s.Simple != nil:
		return c.simple(s.Simple, tail)
	case s.If != nil:
		return c.ifStmt(s.If, tail)
	case s.While != nil:
		return c.whileStmt(s.While, label)
	case s.For != nil:
		if s.For.C != nil {
			return c.cFor(s.For, label)
		}
		return c.foreach(s.For, label)
	case s.Block != nil:
		// A bare block is a loop that runs once: last and next leave it.
		c.loopDepth++
		outer := c.exprControl
		c.exprControl = false
		body := c.block(s.Block, tail)
		if c.exprControl {
			body = catchExprControl(body)
		}
		c.exprControl = outer
		c.loopDepth--
		return c.loopOnce(body, label)
	case s.Package != nil:
		if s.Package.Block != nil {
			saved := c.pkg
			c.pkg = s.Package.Name
			body := c.block(s.Package.Block, false)
			c.pkg = saved
			return body
		}
		c.pkg = s.Package.Name
		return nil
	case s.Use != nil:
		return c.use(s.Use)
	case s.Rare != nil:
		if s.Rare.Format != nil {
			c.formatDecl(s.Rare.Format)
		}
		return nil
	case s.Phase != nil:
		code := c.newSub("END", s.Phase.Body, c.mainSub)
		if s.Phase.Phase == "END" {
			c.prog.ends = append(c.prog.ends, code)
			return nil
		}
		// BEGIN runs as the program starts, in order with the use
		// statements, before any of the main program: perl runs it as
		// soon as it is compiled.
		unit := c.unitIndex
		c.prog.inits = append(c.prog.inits, initStep{do: func(it *Interp, frames []*frame) {
			it.callSub(&Closure{code: code, name: "BEGIN"}, nil, voidCtx, frames[unit])
		}})
		return nil
	case s.Empty:
		return nil
	}
	return nil
}

// simple compiles an expression statement with its modifier.
func (c *compiler) simple(s *parser.SimpleStmt, tail bool) stmtFn {
	x := s.X.Node
	if s.Modifier == nil {
		return c.exprStmt(x, tail)
	}
	m := s.Modifier
	switch m.Keyword {
	case "if", "unless":
		cond := c.condChecked(m.X.Node)
		body := c.exprStmt(x, tail)
		if m.Keyword == "unless" {
			inner := cond
			cond = func(fr *frame) bool { return !inner(fr) }
		}
		return func(fr *frame) ctl {
			if cond(fr) {
				return body(fr)
			}
			return ctlNormal
		}
	case "while", "until":
		cond := c.loopCond(m.X.Node)
		until := m.Keyword == "until"
		body := c.exprStmt(x, false)
		if _, isDo := x.(*parser.DoBlock); isDo {
			// do BLOCK while COND runs the block before testing.
			return func(fr *frame) ctl {
				for {
					if r := body(fr); r != ctlNormal {
						return r
					}
					if cond(fr) == until {
						return ctlNormal
					}
				}
			}
		}
		return func(fr *frame) ctl {
			for cond(fr) != until {
				fr.it.tick()
				if r := body(fr); r != ctlNormal {
					return r
				}
			}
			return ctlNormal
		}
	case "for", "foreach":
		outerMatch := c.usesMatch
		c.usesMatch = false
		list := c.aliases(m.X.Node)
		body := c.exprStmt(x, false)
		us := c.global("main::_")
		return c.matchScoped(outerMatch, func(fr *frame) ctl {
			g := fr.it.globs[us]
			saved := g.Scalar
			defer func() { g.Scalar = saved }()
			for _, p := range list(fr) {
				g.Scalar = p
				if r := body(fr); r != ctlNormal {
					return r
				}
			}
			return ctlNormal
		})
	}
	c.fail(m.Pos.Line, "syntax error")
	return nil
}

// exprStmt compiles an expression used as a statement. Statement-level
// return/next/last become a ctl result rather than a panic.
func (c *compiler) exprStmt(x parser.Node, tail bool) stmtFn {
	if ctlNode, ok := x.(*parser.Control); ok {
		return c.controlStmt(ctlNode)
	}
	if tail {
		return c.returnValue(x)
	}
	c.voidWarn(x)
	if f := c.printStmt(x); f != nil {
		return f
	}
	f := c.void(x)
	return func(fr *frame) ctl {
		f(fr)
		return ctlNormal
	}
}

// returnValue compiles `return x`, and x as the last statement of a sub:
// x in the sub's context. A call there runs in that context, void
// included (wantarray is undef inside it).
func (c *compiler) returnValue(x parser.Node) stmtFn {
	sf := c.scalar(x)
	lf := c.list(x)
	single := isSingle(x)
	vf := c.tailVoid(x)
	return func(fr *frame) ctl {
		if fr.want == voidCtx && vf != nil {
			vf(fr)
			fr.ret, fr.retOne, fr.retSingle = nil, value.UndefValue(), false
		} else {
			fr.setReturn(sf, lf, single)
		}
		if fr.it.rc {
			fr.it.mortalReturn(fr)
		}
		return ctlReturn
	}
}

// controlStmt compiles return/next/last/redo as a statement.
func (c *compiler) controlStmt(n *parser.Control) stmtFn {
	label := n.Label
	switch n.Op {
	case "return":
		if n.Value == nil {
			return func(fr *frame) ctl {
				fr.ret, fr.retOne, fr.retSingle = nil, value.UndefValue(), false
				return ctlReturn
			}
		}
		return c.returnValue(n.Value)
	case "next", "last", "redo":
		c.nLoopControls++
		var r ctl
		switch n.Op {
		case "next":
			r = ctlNext
		case "last":
			r = ctlLast
		default:
			r = ctlRedo
		}
		if c.loopDepth == 0 && c.sub != c.mainSub {
			// Outside any loop of its own, a sub's next or last leaves
			// the sub for its caller's loop, with perl's warning.
			w := c.site("", wExiting)
			sig := &ctlSignal{op: r, label: label, fromSub: true, file: c.file, line: n.At().Line, what: n.Op}
			return func(fr *frame) ctl {
				if w.active(fr.it, wExiting) {
					w.emit(fr.it, wExiting, "Exiting subroutine via "+sig.what)
				}
				panic(sig)
			}
		}
		if c.loopDepth == 0 && label == "" {
			line := n.At().Line
			file := c.file
			op := n.Op
			return func(fr *frame) ctl {
				fr.it.dieAt(file, line, "Can't \"%s\" outside a loop block", op)
				return ctlNormal
			}
		}
		return func(fr *frame) ctl {
			fr.label = label
			return r
		}
	}
	return nil
}

func (c *compiler) ifStmt(s *parser.IfStmt, tail bool) stmtFn {
	type arm struct {
		cond func(*frame) bool
		body stmtFn
	}
	var arms []arm
	c.pushScope()
	defer c.popScope()
	cond := c.condChecked(s.Cond.Node)
	if s.Keyword == "unless" {
		inner := cond
		cond = func(fr *frame) bool { return !inner(fr) }
	}
	// perl gives the if statement no scope of its own, nor a then-block
	// of one statement: their lexicals live until the enclosing scope
	// ends.
	defer c.declsOutward()
	c.unscoped = len(s.Then.Stmts) == 1
	arms = append(arms, arm{cond, c.block(s.Then, tail)})
	for _, e := range s.Elsifs {
		c.line = e.Pos.Line
		cond := c.cond(e.Cond.Node) // perl does not check elsif
		c.unscoped = len(e.Then.Stmts) == 1
		arms = append(arms, arm{cond, c.block(e.Then, tail)})
	}
	var elseBody stmtFn
	if s.Else != nil {
		elseBody = c.block(s.Else, tail)
	}
	if len(arms) == 1 {
		a := arms[0]
		return func(fr *frame) ctl {
			if a.cond(fr) {
				return a.body(fr)
			}
			if elseBody != nil {
				return elseBody(fr)
			}
			return ctlNormal
		}
	}
	return func(fr *frame) ctl {
		for _, a := range arms {
			if a.cond(fr) {
				return a.body(fr)
			}
		}
		if elseBody != nil {
			return elseBody(fr)
		}
		return ctlNormal
	}
}

// loopCtl decides what a loop does with its body's result: it returns
// stop=true with the ctl to pass outward, or stop=false to go on (with
// redo saying to rerun the body without the condition).
func loopCtl(fr *frame, r ctl, label string) (stop bool, out ctl, redo bool) {
	switch r {
	case ctlNormal:
		return false, ctlNormal, false
	case ctlReturn:
		return true, r, false
	}
	if fr.label != "" && fr.label != label {
		return true, r, false
	}
	fr.label = ""
	switch r {
	case ctlNext:
		return false, ctlNormal, false
	case ctlLast:
		return true, ctlNormal, false
	case ctlRedo:
		return false, ctlNormal, true
	}
	return false, ctlNormal, false
}

// iteration runs one pass of a loop body, again on redo; stop says the
// loop must end, passing out on.
func iteration(fr *frame, body stmtFn, label string) (stop bool, out ctl) {
	for {
		stop, out, redo := loopCtl(fr, body(fr), label)
		if !redo {
			return stop, out
		}
	}
}

// iterationCont is iteration followed by the loop's continue block, which
// runs after the body ends normally or by next.
func iterationCont(fr *frame, body, cont stmtFn, label string) (bool, ctl) {
	stop, out := iteration(fr, body, label)
	if !stop && cont != nil {
		cont(fr)
	}
	return stop, out
}

// loopOnce runs a bare block, which is a loop that runs once.
func (c *compiler) loopOnce(body stmtFn, label string) stmtFn {
	return func(fr *frame) ctl {
		for {
			r := body(fr)
			stop, out, redo := loopCtl(fr, r, label)
			if stop {
				return out
			}
			if !redo {
				return ctlNormal
			}
		}
	}
}

func (c *compiler) whileStmt(s *parser.WhileStmt, label string) (out stmtFn) {
	c.pushScope()
	defer c.popScope()
	outerMatch := c.usesMatch
	c.usesMatch = false
	defer func() { out = c.releasing(out) }()
	cond := func(*frame) bool { return true }
	if s.Cond != nil {
		cond = c.loopCond(s.Cond.Node)
	}
	if s.Keyword == "until" {
		inner := cond
		cond = func(fr *frame) bool { return !inner(fr) }
	}
	cond = c.condTmps(cond)
	body, cont := c.loopBody(s.Body, s.Continue)
	return c.matchScoped(outerMatch, func(fr *frame) ctl {
		for cond(fr) {
			fr.it.tick()
			if stop, out := iteration(fr, body, label); stop {
				return out
			}
			if cont != nil {
				cont(fr)
			}
		}
		return ctlNormal
	})
}

// loopBody compiles a loop's block and continue block.
func (c *compiler) loopBody(b, cont *parser.Block) (stmtFn, stmtFn) {
	c.loopDepth++
	outer := c.exprControl
	c.exprControl = false
	outerCall := c.sawCall
	c.sawCall = false
	body := c.block(b, false)
	if c.exprControl || c.sawCall {
		// A sub called from the body may leave it by next or last.
		body = catchExprControl(body)
	}
	if c.rc {
		body = stmtTmps(body)
	}
	c.sawCall = outerCall || c.sawCall
	c.exprControl = outer
	var contFn stmtFn
	if cont != nil {
		contFn = c.block(cont, false)
	}
	c.loopDepth--
	return body, contFn
}

// catchExprControl wraps a loop body so that next/last/redo raised from
// inside an expression (`... or next`) end the body like the statement
// forms do; bodies without such expressions pay nothing.
func catchExprControl(body stmtFn) stmtFn {
	return func(fr *frame) (result ctl) {
		it := fr.it
		mark, depth := len(it.locals), it.depth
		defer func() {
			if r := recover(); r != nil {
				sig, ok := r.(*ctlSignal)
				if !ok || sig.op == ctlReturn {
					panic(r)
				}
				if sig.fromSub {
					// The subs it left keep no locals or depth.
					it.unwindLocals(mark)
					it.depth = depth
				}
				fr.label = sig.label
				result = sig.op
			}
		}()
		return body(fr)
	}
}

func (c *compiler) cFor(s *parser.ForStmt, label string) (out stmtFn) {
	c.pushScope()
	defer c.popScope()
	defer func() { out = c.releasing(out) }()
	var init func(*frame)
	if s.Init != nil {
		init = c.void(s.Init.Node)
	}
	cond := func(*frame) bool { return true }
	if s.C.Cond != nil {
		cond = c.condTmps(c.condChecked(s.C.Cond.Node))
	}
	var step func(*frame)
	if s.C.Step != nil {
		step = c.void(s.C.Step.Node)
	}
	body, _ := c.loopBody(s.Body, nil)
	return func(fr *frame) ctl {
		if init != nil {
			init(fr)
		}
		for cond(fr) {
			fr.it.tick()
			if stop, out := iteration(fr, body, label); stop {
				return out
			}
			if step != nil {
				step(fr)
			}
		}
		return ctlNormal
	}
}

func (c *compiler) foreach(s *parser.ForStmt, label string) stmtFn {
	if s.Var != nil && len(s.Var.Names) > 0 {
		return c.foreachMulti(s, label)
	}
	c.pushScope()
	defer c.popScope()
	var listExpr parser.Node
	if s.Init != nil {
		listExpr = s.Init.Node
	} else {
		listExpr = &parser.List{}
	}
	// setVar points the loop variable at each element in turn (aliasing);
	// restore puts back what was there.
	var bind func(fr *frame) (set func(*value.Scalar), restore func())
	varName := "_"
	decl := ""
	if s.Var != nil {
		varName = s.Var.Name[1:]
		decl = s.Var.Decl
	}
	// reusable says whether the loop may put each number of a counted
	// range into the same variable: only a `my` variable whose previous
	// value nothing has kept a reference to.
	reusable := func(fr *frame) bool { return false }
	if decl == "my" || decl == "state" {
		slot := c.declare('$', varName)
		bind = func(fr *frame) (func(*value.Scalar), func()) {
			return func(v *value.Scalar) { fr.scalars[slot] = v }, func() {}
		}
		reusable = func(fr *frame) bool {
			if fr.escapedS[slot] {
				fr.escapedS[slot] = false
				return false
			}
			return true
		}
	} else if slot, ok := c.lookup('$', varName); ok && decl == "" {
		bind = func(fr *frame) (func(*value.Scalar), func()) {
			saved := fr.scalars[slot]
			return func(v *value.Scalar) { fr.scalars[slot] = v }, func() { fr.scalars[slot] = saved }
		}
	} else {
		gi := c.global(c.qualify(varName))
		bind = func(fr *frame) (func(*value.Scalar), func()) {
			g := fr.it.globs[gi]
			saved := g.Scalar
			return func(v *value.Scalar) { g.Scalar = v }, func() { g.Scalar = saved }
		}
	}
	// A range is counted, not built: for (1..1_000_000) allocates nothing.
	if r, ok := listExpr.(*parser.Range); ok {
		lo, hi := c.scalar(r.L), c.scalar(r.R)
		body, cont := c.loopBody(s.Body, s.Continue)
		return func(fr *frame) ctl {
			from, to := lo(fr), hi(fr)
			if !rangeIsNumeric(from, to) {
				return foreachValues(fr, bind, body, cont, label, rangeList(from, to))
			}
			set, restore := bind(fr)
			defer restore()
			var cur *value.Scalar
			for i, n := from.Int(), to.Int(); i <= n; i++ {
				fr.it.tick()
				if cur == nil || !reusable(fr) {
					cur = new(value.Scalar)
				}
				*cur = value.IntValue(i)
				set(cur)
				if stop, out := iterationCont(fr, body, cont, label); stop {
					return out
				}
			}
			return ctlNormal
		}
	}
	elems := c.aliases(listExpr)
	body, cont := c.loopBody(s.Body, s.Continue)
	return func(fr *frame) ctl {
		set, restore := bind(fr)
		defer restore()
		for _, e := range elems(fr) {
			fr.it.tick()
			set(e)
			if stop, out := iterationCont(fr, body, cont, label); stop {
				return out
			}
		}
		return ctlNormal
	}
}

// foreachValues runs a foreach body over plain values.
func foreachValues(fr *frame, bind func(*frame) (func(*value.Scalar), func()), body, cont stmtFn, label string, vals []value.Scalar) ctl {
	set, restore := bind(fr)
	defer restore()
	for i := range vals {
		set(&vals[i])
		if stop, out := iterationCont(fr, body, cont, label); stop {
			return out
		}
	}
	return ctlNormal
}

// loopCond compiles a while condition, adding perl's implicit defined()
// for `while ($x = <FH>)` and `$_` assignment for `while (<FH>)`.
func (c *compiler) loopCond(n parser.Node) func(*frame) bool {
	switch x := n.(type) {
	case *parser.Readline:
		assign := &parser.Assign{L: &parser.Var{Sigil: '$', Name: "_"}, Op: "=", R: x}
		if f := c.readlineAssignCond(assign); f != nil {
			return f
		}
		return c.definedCond(assign)
	case *parser.Call:
		if f := c.definedReadlineCond(x); f != nil {
			return f
		}
		if x.Name == "readdir" || x.Name == "glob" || x.Name == "readline" {
			assign := &parser.Assign{L: &parser.Var{Sigil: '$', Name: "_"}, Op: "=", R: x}
			return c.definedCond(assign)
		}
	case *parser.Assign:
		// Only a scalar assignment gets the implicit defined(); a list
		// assignment tests its count.
		if x.Op == "=" && !isListAssign(x.L) {
			if _, ok := x.R.(*parser.Readline); ok {
				if f := c.readlineAssignCond(x); f != nil {
					return f
				}
				return c.definedCond(x)
			}
			if call, ok := x.R.(*parser.Call); ok && (call.Name == "readline" || call.Name == "shift" || call.Name == "each" || call.Name == "readdir" || call.Name == "glob") {
				return c.definedCond(x)
			}
		}
	}
	return c.condChecked(n)
}

func (c *compiler) definedCond(n parser.Node) func(*frame) bool {
	f := c.scalar(n)
	return func(fr *frame) bool { return !f(fr).IsUndef() }
}

// cond compiles a boolean test.
func (c *compiler) cond(n parser.Node) func(*frame) bool {
	if f := c.intCond(n); f != nil {
		return f
	}
	if f := c.condLogical(n); f != nil {
		return f
	}
	f := c.scalar(n)
	return func(fr *frame) bool { return f(fr).Bool() }
}
