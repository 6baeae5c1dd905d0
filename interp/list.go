package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// list compiles n for list context.
func (c *compiler) list(n parser.Node) listFn {
	switch x := n.(type) {
	case *parser.List:
		switch len(x.Items) {
		case 0:
			return func(*frame) []value.Scalar { return nil }
		case 1:
			return c.list(x.Items[0])
		}
		// Items that always give one value are evaluated as scalars, and
		// the result is allocated once at its likely size.
		type item struct {
			one  scalarFn
			many listFn
		}
		items := make([]item, len(x.Items))
		for i, it := range x.Items {
			if isSingle(it) {
				items[i].one = c.scalar(it)
			} else {
				items[i].many = c.listCopied(it)
			}
		}
		return func(fr *frame) []value.Scalar {
			out := make([]value.Scalar, 0, len(items))
			for _, it := range items {
				if it.one != nil {
					out = append(out, it.one(fr))
				} else {
					out = append(out, it.many(fr)...)
				}
			}
			return out
		}
	case *parser.WordList:
		c.qwWarn(x)
		vals := make([]value.Scalar, len(x.Words))
		for i, w := range x.Words {
			vals[i] = value.StrValue(w)
			if c.strict().utf8 {
				vals[i] = sourceString(w)
			}
		}
		return func(*frame) []value.Scalar { return append([]value.Scalar(nil), vals...) }
	case *parser.Var:
		switch x.Sigil {
		case '@':
			arr := c.arrayVar(x.Name)
			return func(fr *frame) []value.Scalar { return arr(fr).Values() }
		case '%':
			h := c.hashVar(x.Name)
			return func(fr *frame) []value.Scalar { return hashList(h(fr)) }
		}
	case *parser.Deref:
		switch x.Sigil {
		case '@':
			arr := c.derefArray(x.Expr, false)
			return func(fr *frame) []value.Scalar {
				a := arr(fr)
				if a == nil {
					return nil
				}
				return a.Values()
			}
		case '%':
			h := c.derefHash(x.Expr, false)
			return func(fr *frame) []value.Scalar {
				hv := h(fr)
				if hv == nil {
					return nil
				}
				return hashList(hv)
			}
		}
	case *parser.Decl:
		return c.declList(x)
	case *parser.Range:
		lo, hi := c.scalar(x.L), c.scalar(x.R)
		return func(fr *frame) []value.Scalar { return rangeList(lo(fr), hi(fr)) }
	case *parser.Slice:
		c.sliceWarn(x)
		return c.slice(x)
	case *parser.ListSlice:
		return c.listSlice(x)
	case *parser.Ternary:
		cond := c.condChecked(x.Cond)
		a, b := c.list(x.Then), c.list(x.Else)
		return func(fr *frame) []value.Scalar {
			if cond(fr) {
				return a(fr)
			}
			return b(fr)
		}
	case *parser.Call:
		return c.callList(x)
	case *parser.Bareword:
		if c.isDeclared(c.qualify(x.Name)) {
			return c.callList(&parser.Call{Name: x.Name})
		}
	case *parser.CallRef:
		f := c.callRef(x)
		return func(fr *frame) []value.Scalar { return f(fr, listCtx) }
	case *parser.MethodCall:
		call := c.methodCall(x, listCtx)
		return func(fr *frame) []value.Scalar {
			_, vals := call(fr)
			return vals
		}
	case *parser.Readline:
		return c.readlineList(x)
	case *parser.Pattern:
		return c.matchList(x)
	case *parser.Command:
		_, l := c.commandExpr(x)
		return l
	case *parser.Assign:
		if isListAssign(x.L) {
			return c.listAssign(x)
		}
	case *parser.DoBlock:
		f := c.doBlock(x)
		return func(fr *frame) []value.Scalar { return f(fr, listCtx) }
	case *parser.EvalBlock:
		f := c.evalBlock(x)
		return func(fr *frame) []value.Scalar { return f(fr, listCtx) }
	case *parser.DoFile:
		f := c.doFile(x)
		return func(fr *frame) []value.Scalar { return f(fr, listCtx) }
	case *parser.Logical:
		// `@a || ()` keeps the list context for its right side.
		l := c.scalar(x.L)
		r := c.list(x.R)
		switch x.Op {
		case "||", "or":
			return func(fr *frame) []value.Scalar {
				if v := l(fr); v.Bool() {
					return []value.Scalar{v}
				}
				return r(fr)
			}
		case "&&", "and":
			return func(fr *frame) []value.Scalar {
				if v := l(fr); !v.Bool() {
					return []value.Scalar{v}
				}
				return r(fr)
			}
		case "//":
			return func(fr *frame) []value.Scalar {
				if v := l(fr); !v.IsUndef() {
					return []value.Scalar{v}
				}
				return r(fr)
			}
		}
	case *parser.Binary:
		if x.Op == "=~" {
			// $s =~ $re in list context: the captures, as with m//.
			return c.matchList(&parser.Pattern{Op: "m", Re: x.R, Target: x.L})
		}
		if x.Op == "x" {
			if l, ok := x.L.(*parser.List); ok && l.Paren {
				items := c.list(l)
				count := c.scalar(x.R)
				w := c.site("repeat (x)", wNumeric)
				return func(fr *frame) []value.Scalar {
					vals := items(fr)
					nv := count(fr)
					negativeRepeat(fr, w, nv)
					n := int(nv.Int())
					var out []value.Scalar
					for i := 0; i < n; i++ {
						out = append(out, vals...)
					}
					return out
				}
			}
		}
	}
	f := c.scalar(n)
	return func(fr *frame) []value.Scalar { return []value.Scalar{f(fr)} }
}

// hashList flattens a hash to key, value, key, value...
func hashList(h *value.Hash) []value.Scalar {
	keys := h.KeyScalars()
	out := make([]value.Scalar, 0, 2*len(keys))
	for _, k := range keys {
		out = append(out, k, h.Get(k.String()))
	}
	return out
}

// rangeList is perl's .. in list context: numeric, or the magic string
// increment when the left side is a non-numeric string.
func rangeList(lo, hi value.Scalar) []value.Scalar {
	if !rangeIsNumeric(lo, hi) {
		from, to := lo.String(), hi.String()
		var out []value.Scalar
		s := from
		for i := 0; i < 1<<24; i++ {
			out = append(out, value.StrValue(s))
			if s == to || len(s) > len(to) {
				break
			}
			s = stringIncrement(s)
			if len(s) > len(to) {
				break
			}
		}
		return out
	}
	a, b := lo.Int(), hi.Int()
	if b < a {
		return nil
	}
	out := make([]value.Scalar, 0, b-a+1)
	for i := a; i <= b; i++ {
		out = append(out, value.IntValue(i))
	}
	return out
}

// aliases compiles n for foreach and sub arguments: the containers of the
// elements, so that changes through $_ or $_[0] reach the originals.
func (c *compiler) aliases(n parser.Node) func(*frame) []*value.Scalar {
	if f := c.valuesAliases(n); f != nil {
		return f
	}
	switch x := n.(type) {
	case *parser.List:
		fns := make([]func(*frame) []*value.Scalar, len(x.Items))
		for i, it := range x.Items {
			fns[i] = c.aliases(it)
		}
		if len(fns) == 1 {
			return fns[0]
		}
		return func(fr *frame) []*value.Scalar {
			var out []*value.Scalar
			for _, f := range fns {
				out = append(out, f(fr)...)
			}
			return out
		}
	case *parser.Var:
		switch x.Sigil {
		case '$':
			if c.magicGet(x.Name) == nil {
				lv := c.scalarLvalue(x)
				return func(fr *frame) []*value.Scalar { return []*value.Scalar{lv(fr)} }
			}
		case '@':
			arr := c.arrayVar(x.Name)
			return func(fr *frame) []*value.Scalar { return arrayAliases(arr(fr)) }
		}
	case *parser.Deref:
		if x.Sigil == '@' {
			arr := c.derefArray(x.Expr, false)
			return func(fr *frame) []*value.Scalar {
				a := arr(fr)
				if a == nil {
					return nil
				}
				return arrayAliases(a)
			}
		}
	case *parser.Elem:
		lv := c.lvalue(x)
		return func(fr *frame) []*value.Scalar { return []*value.Scalar{lv(fr)} }
	case *parser.Assign, *parser.Call:
		if f := c.moreAliases(x); f != nil {
			return f
		}
	case *parser.Decl:
		// $fh->read(my $buf, 10): the new variable itself.
		if len(x.Vars) == 1 && !x.Paren && x.Kind != "local" {
			if v, ok := x.Vars[0].(*parser.Var); ok && v.Sigil == '$' {
				lv := c.lvalue(x)
				return func(fr *frame) []*value.Scalar { return []*value.Scalar{lv(fr)} }
			}
		}
	}
	l := c.list(n)
	return func(fr *frame) []*value.Scalar {
		vals := l(fr)
		out := make([]*value.Scalar, len(vals))
		for i := range vals {
			out[i] = &vals[i]
		}
		return out
	}
}

// arrayAliases returns an array's element containers, filling holes.
func arrayAliases(a *value.Array) []*value.Scalar {
	out := make([]*value.Scalar, len(a.Elems))
	for i, e := range a.Elems {
		if e == nil {
			e = new(value.Scalar)
			a.Elems[i] = e
		}
		out[i] = e
	}
	return out
}

// scalarOnlyCalls are built-ins that give exactly one value in any context.
var scalarOnlyCalls = map[string]bool{
	"join": true, "sprintf": true, "pack": true, "length": true, "substr": true,
	"index": true, "rindex": true, "lc": true, "uc": true, "lcfirst": true,
	"ucfirst": true, "chr": true, "ord": true, "defined": true, "ref": true,
	"scalar": true, "abs": true, "int": true, "hex": true, "oct": true,
	"sqrt": true, "quotemeta": true,
}

// isSingle reports whether n always yields exactly one value, in list
// context too.
func isSingle(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.Unary:
		// \(@a) is a list of references.
		l, ok := x.X.(*parser.List)
		return x.Op != "\\" || !ok || !l.Paren
	case *parser.NumberLit, *parser.StringLit, *parser.InterpString, *parser.Elem,
		*parser.IncDec, *parser.AnonArray, *parser.AnonHash,
		*parser.AnonSub, *parser.JoinArray, *parser.CaseMod:
		return true
	case *parser.Var:
		return x.Sigil == '$' || x.Sigil == '#'
	case *parser.Binary:
		if x.Op == "x" {
			l, ok := x.L.(*parser.List)
			return !ok || !l.Paren
		}
		return true
	case *parser.Assign:
		return !isListAssign(x.L)
	case *parser.Call:
		return !x.Amp && scalarOnlyCalls[x.Name]
	}
	return false
}
