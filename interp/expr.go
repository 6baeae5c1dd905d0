package interp

import (
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// scalar compiles n for scalar context.
func (c *compiler) scalar(n parser.Node) scalarFn {
	switch x := n.(type) {
	case *parser.NumberLit:
		if x.Misplaced {
			c.warnKey = strconv.Itoa(x.At().Offset)
			c.warnCompile(wSyntax, "Misplaced _ in number")
			c.warnKey = ""
		}
		v := value.FloatValue(x.Float)
		switch {
		case x.IsInt:
			v = value.IntValue(x.Int)
		case x.IsUint:
			v = value.UintValue(x.Uint)
		}
		return func(*frame) value.Scalar { return v }
	case *parser.StringLit:
		v := value.StrValue(x.Value)
		if c.strict().utf8 {
			v = sourceString(x.Value)
		}
		return func(*frame) value.Scalar { return v }
	case *parser.CharStringLit:
		v := value.UTF8Value(x.Value)
		return func(*frame) value.Scalar { return v }
	case *parser.InterpString:
		return c.interpString(x)
	case *parser.CaseMod:
		return c.caseMod(x)
	case *parser.JoinArray:
		list := c.warnList(c.list(x.List), []parser.Node{x.List}, "join or string", 0)
		sep := c.global("main::\"")
		return func(fr *frame) value.Scalar {
			return value.Join(*fr.it.globs[sep].Scalar, list(fr))
		}
	case *parser.WordList:
		c.qwWarn(x)
		if len(x.Words) == 0 {
			return func(*frame) value.Scalar { return value.UndefValue() }
		}
		v := value.StrValue(x.Words[len(x.Words)-1])
		if c.strict().utf8 {
			v = sourceString(x.Words[len(x.Words)-1])
		}
		return func(*frame) value.Scalar { return v }
	case *parser.Var:
		return c.scalarOfVar(x)
	case *parser.Decl:
		return c.declScalar(x)
	case *parser.Elem:
		return c.elemGet(x)
	case *parser.Slice, *parser.ListSlice:
		return lastOf(c.list(n))
	case *parser.Deref:
		return c.derefScalar(x)
	case *parser.Unary:
		return c.unary(x)
	case *parser.IncDec:
		return c.incDec(x)
	case *parser.Binary:
		return c.withIntPath(x, c.binary(x))
	case *parser.Logical:
		return c.logical(x)
	case *parser.Assign:
		return c.assign(x)
	case *parser.Ternary:
		cond := c.condChecked(x.Cond)
		a, b := c.scalar(x.Then), c.scalar(x.Else)
		return func(fr *frame) value.Scalar {
			if cond(fr) {
				return a(fr)
			}
			return b(fr)
		}
	case *parser.Range:
		return c.flipFlop(x)
	case *parser.List:
		if len(x.Items) == 0 {
			return func(*frame) value.Scalar { return value.UndefValue() }
		}
		// The comma operator in scalar context: evaluate all, keep the last.
		var fns []func(*frame)
		for _, it := range x.Items[:len(x.Items)-1] {
			fns = append(fns, c.void(it))
		}
		last := c.scalar(x.Items[len(x.Items)-1])
		if len(fns) == 0 {
			return last
		}
		return func(fr *frame) value.Scalar {
			for _, f := range fns {
				f(fr)
			}
			return last(fr)
		}
	case *parser.AnonArray:
		list := c.list(x.List)
		fresh := x.List != nil && adoptableList(x.List)
		return func(fr *frame) value.Scalar {
			vals := list(fr)
			if fr.it.rc {
				a := &value.Array{}
				fr.it.arrayPush(a, vals...)
				return fr.it.track(a)
			}
			if fresh {
				// [ $x, $y ]: the new list becomes the array.
				a := &value.Array{}
				a.AdoptValues(vals)
				return value.RefValue(a)
			}
			return value.RefValue(value.NewArray(vals))
		}
	case *parser.AnonHash:
		list := c.list(x.List)
		if w := c.site("anonymous hash", wMisc); w != nil {
			inner := list
			list = func(fr *frame) []value.Scalar {
				vals := inner(fr)
				w.oddList(fr, vals)
				return vals
			}
		}
		return func(fr *frame) value.Scalar {
			vals := list(fr)
			h := value.NewHashSize(len(vals) / 2)
			fr.it.hashFill(h, vals)
			return fr.it.track(h)
		}
	case *parser.AnonSub:
		return c.anonSub(x)
	case *parser.Call:
		return c.callScalar(x)
	case *parser.Bareword:
		if c.isDeclared(c.qualify(x.Name)) {
			// A bareword naming a sub declared anywhere in the file is a
			// call with no arguments, as perl reads `hello;`.
			return c.callScalar(&parser.Call{Name: x.Name})
		}
		if c.strict().subs {
			c.errorf("Bareword \"%s\" not allowed while \"strict subs\" in use at %s line %d.", x.Name, c.file, c.line)
		}
		v := value.StrValue(x.Name)
		return func(*frame) value.Scalar { return v }
	case *parser.FileHandle:
		return c.handleValue(x)
	case *parser.CallRef:
		return c.callRefScalar(x)
	case *parser.MethodCall:
		call := c.methodCall(x, scalarCtx)
		return func(fr *frame) value.Scalar {
			v, _ := call(fr)
			return v
		}
	case *parser.Readline:
		return c.readlineScalar(x)
	case *parser.Pattern:
		return c.matchScalar(x)
	case *parser.DoBlock:
		f := c.doBlock(x)
		return func(fr *frame) value.Scalar { return lastValue(f(fr, scalarCtx)) }
	case *parser.EvalBlock:
		f := c.evalBlock(x)
		return func(fr *frame) value.Scalar { return lastValue(f(fr, scalarCtx)) }
	case *parser.DoFile:
		f := c.doFile(x)
		return func(fr *frame) value.Scalar { return lastValue(f(fr, scalarCtx)) }
	case *parser.Control:
		return c.controlExpr(x)
	case *parser.Magic:
		v := value.StrValue(c.pkg)
		return func(*frame) value.Scalar { return v }
	case *parser.Command:
		f, _ := c.commandExpr(x)
		return f
	case *warnArg:
		return c.warnArgScalar(x)
	}
	c.fail(n.At().Line, "Unsupported expression %T", n)
	return nil
}

// void compiles n for void context.
func (c *compiler) void(n parser.Node) func(*frame) {
	switch x := n.(type) {
	case *parser.Call:
		if f := c.callVoid(x); f != nil {
			return f
		}
	case *parser.Logical:
		// `open(...) or die ...` in void context need not build values.
		c.precedenceWarn(x)
		cond := c.scalar(x.L)
		r := c.void(x.R)
		switch x.Op {
		case "||", "or":
			return func(fr *frame) {
				if !cond(fr).Bool() {
					r(fr)
				}
			}
		case "&&", "and":
			return func(fr *frame) {
				if cond(fr).Bool() {
					r(fr)
				}
			}
		}
	case *parser.List:
		var fns []func(*frame)
		for _, it := range x.Items {
			fns = append(fns, c.void(it))
		}
		return func(fr *frame) {
			for _, f := range fns {
				f(fr)
			}
		}
	case *parser.IncDec:
		// In void context x++ is ++x: no old value to keep.
		delta := int64(1)
		if x.Op == "--" {
			delta = -1
		}
		if lv, ok := c.simpleIntLvalue(x.X); ok {
			return func(fr *frame) { incDecInPlace(lv(fr), delta) }
		}
		lv := c.lvalue(x.X)
		return func(fr *frame) { incDecInPlace(lv(fr), delta) }
	case *parser.CallRef, *parser.DoBlock, *parser.EvalBlock:
		if f := c.voidBlockCall(n); f != nil {
			return f
		}
		lf := c.list(n)
		return func(fr *frame) { lf(fr) }
	case *parser.MethodCall:
		call := c.methodCall(x, voidCtx)
		return func(fr *frame) { call(fr) }
	case *parser.Assign:
		// A plain scalar assignment as a statement: no result to return.
		if v, ok := x.L.(*parser.Var); ok && x.Op == "=" && v.Sigil == '$' && c.magicSet(v.Name) == nil && v.Name != "#" {
			r := c.scalar(x.R)
			lv := c.scalarLvalue(v)
			return func(fr *frame) {
				v := r(fr) // the right side first, as perl evaluates it
				fr.it.store(lv(fr), v)
			}
		}
		if d, ok := x.L.(*parser.Decl); ok && x.Op == "=" && d.Kind == "my" && !d.Paren && len(d.Vars) == 1 {
			if v, ok := d.Vars[0].(*parser.Var); ok && v.Sigil == '$' {
				r := c.scalar(x.R) // before the declaration: my $x = $x
				lv := c.declTarget(d.Kind, v).scalar
				return func(fr *frame) {
					val := r(fr)
					fr.it.store(lv(fr), val)
				}
			}
		}
	case *parser.Ternary:
		cond := c.condChecked(x.Cond)
		a, b := c.void(x.Then), c.void(x.Else)
		return func(fr *frame) {
			if cond(fr) {
				a(fr)
			} else {
				b(fr)
			}
		}
	}
	f := c.scalar(n)
	return func(fr *frame) { f(fr) }
}

// scalarOfVar compiles a variable read in scalar context: @a and %h give
// their counts, $#a the last index.
func (c *compiler) scalarOfVar(x *parser.Var) scalarFn {
	switch x.Sigil {
	case '$':
		return c.scalarVar(x)
	case '@':
		arr := c.arrayVar(x.Name)
		return func(fr *frame) value.Scalar { return value.IntValue(int64(arr(fr).Len())) }
	case '%':
		h := c.hashVar(x.Name)
		return func(fr *frame) value.Scalar { return value.IntValue(int64(h(fr).Len())) }
	case '#':
		arr := c.arrayVar(x.Name)
		return func(fr *frame) value.Scalar { return value.IntValue(int64(arr(fr).Len() - 1)) }
	case '*':
		gi := c.global(c.qualify(x.Name))
		return func(fr *frame) value.Scalar { return value.GlobValue(fr.it.globs[gi]) }
	case '&':
		f := c.callScalar(&parser.Call{Name: x.Name, Amp: true})
		return f
	}
	c.fail(x.At().Line, "Unsupported variable")
	return nil
}

// interpString compiles "..." with interpolated parts.
func (c *compiler) interpString(x *parser.InterpString) scalarFn {
	parts := make([]scalarFn, len(x.Parts))
	for i, p := range x.Parts {
		parts[i] = c.scalar(p)
	}
	op := "concatenation (.) or string"
	if len(parts) == 1 {
		op = "string"
	}
	if f := c.concatWarn(x.Parts, parts, op); f != nil {
		return f
	}
	if len(parts) == 2 {
		a, b := parts[0], parts[1]
		return func(fr *frame) value.Scalar {
			x, y := a(fr), b(fr)
			if x.IsUTF8() || y.IsUTF8() {
				return value.Concat(x, y)
			}
			return value.StrValue(x.String() + y.String())
		}
	}
	return func(fr *frame) value.Scalar {
		var sb strings.Builder
		for i, p := range parts {
			v := p(fr)
			if v.IsUTF8() {
				return interpWide(fr, sb.String(), v, parts[i+1:])
			}
			sb.WriteString(v.String())
		}
		return value.StrValue(sb.String())
	}
}

// caseMod compiles \U \L \u \l \Q.
func (c *compiler) caseMod(x *parser.CaseMod) scalarFn {
	inner := c.scalar(x.Expr)
	var f func(string) string
	switch x.Mod {
	case 'U':
		f = strings.ToUpper
	case 'L', 'F':
		f = strings.ToLower
	case 'u':
		f = ucfirst
	case 'l':
		f = lcfirst
	case 'Q':
		f = quotemeta
	}
	return func(fr *frame) value.Scalar {
		v := inner(fr)
		if v.IsUTF8() {
			return value.UTF8Value(caseModChars(x.Mod, v.String()))
		}
		return value.StrValue(f(v.String()))
	}
}

func lastOf(l listFn) scalarFn {
	return func(fr *frame) value.Scalar { return lastValue(l(fr)) }
}

func lastValue(vals []value.Scalar) value.Scalar {
	if len(vals) == 0 {
		return value.UndefValue()
	}
	return vals[len(vals)-1]
}

func joinValues(sep string, vals []value.Scalar) string {
	switch len(vals) {
	case 0:
		return ""
	case 1:
		return vals[0].String()
	}
	var sb strings.Builder
	for i, v := range vals {
		if i > 0 {
			sb.WriteString(sep)
		}
		sb.WriteString(v.String())
	}
	return sb.String()
}

// fillHash assigns a key/value list to a hash.
func fillHash(h *value.Hash, vals []value.Scalar) {
	h.Fill(vals)
}

// controlExpr compiles next/last/redo/return inside an expression: they
// unwind by panic to the loop or sub that catches them.
func (c *compiler) controlExpr(x *parser.Control) scalarFn {
	if x.Op == "return" {
		c.exprReturn = true
	} else {
		c.exprControl = true
	}
	var op ctl
	switch x.Op {
	case "next":
		op = ctlNext
	case "last":
		op = ctlLast
	case "redo":
		op = ctlRedo
	case "return":
		op = ctlReturn
	}
	label := x.Label
	if op == ctlReturn {
		var sf scalarFn
		var lf listFn
		single := false
		if x.Value != nil {
			sf, lf = c.scalar(x.Value), c.list(x.Value)
			single = isSingle(x.Value)
		}
		return func(fr *frame) value.Scalar {
			fr.ret, fr.retOne, fr.retSingle = nil, value.UndefValue(), false
			if sf != nil {
				fr.setReturn(sf, lf, single)
				if fr.it.rc {
					fr.it.mortalReturn(fr)
				}
			}
			panic(&ctlSignal{op: ctlReturn})
		}
	}
	return func(fr *frame) value.Scalar { panic(&ctlSignal{op: op, label: label}) }
}
