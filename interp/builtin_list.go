package interp

import (
	"fmt"
	"sort"
	"time"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// arrayArg compiles the array operand of push/pop/shift/splice: @a, @$r,
// or (as perl 5.14-5.22 allowed) a reference.
func (c *compiler) arrayArg(n parser.Node) arrayFn {
	switch x := n.(type) {
	case *parser.Var:
		if x.Sigil == '@' {
			return c.arrayVar(x.Name)
		}
	case *parser.Deref:
		if x.Sigil == '@' {
			return c.derefArray(x.Expr, true)
		}
	case *parser.Decl:
		if len(x.Vars) == 1 {
			if v, ok := x.Vars[0].(*parser.Var); ok && v.Sigil == '@' {
				t := c.declTarget(x.Kind, v)
				return t.array
			}
		}
	}
	c.fail(n.At().Line, "Type of arg 1 must be array (not %s)", describe(n))
	return nil
}

// pushCall compiles push and unshift; they return the new length.
func (c *compiler) pushCall(x *parser.Call) scalarFn {
	if len(x.Args) == 0 {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	arr := c.arrayArg(x.Args[0])
	if x.Name == "push" && len(x.Args) >= 2 && allSingle(x.Args[1:]) {
		// push @a, $x, $y: the values go straight in, with no list built.
		items := make([]scalarFn, len(x.Args)-1)
		for i, n := range x.Args[1:] {
			items[i] = c.scalar(n)
		}
		if len(items) == 1 {
			one := items[0]
			return func(fr *frame) value.Scalar {
				a := arr(fr)
				fr.it.arrayPush(a, one(fr))
				return value.IntValue(int64(a.Len()))
			}
		}
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			backing := make([]value.Scalar, len(items))
			for i, f := range items {
				backing[i] = f(fr)
				if fr.it.rc {
					backing[i] = backing[i].Weakened(false)
					fr.it.incRef(backing[i])
				}
			}
			for i := range backing {
				a.Elems = append(a.Elems, &backing[i])
			}
			return value.IntValue(int64(a.Len()))
		}
	}
	vals := c.list(&parser.List{Items: x.Args[1:]})
	if x.Name == "unshift" {
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			fr.it.arrayUnshift(a, vals(fr)...)
			return value.IntValue(int64(a.Len()))
		}
	}
	return func(fr *frame) value.Scalar {
		a := arr(fr)
		fr.it.arrayPush(a, vals(fr)...)
		return value.IntValue(int64(a.Len()))
	}
}

// popCall compiles pop and shift; with no argument they use @_ in a sub
// and @ARGV at file level.
func (c *compiler) popCall(x *parser.Call) scalarFn {
	var arr arrayFn
	if len(x.Args) == 0 {
		if c.sub == c.mainSub {
			arr = c.arrayVar("ARGV")
		} else {
			arr = c.arrayVar("_")
		}
	} else {
		arr = c.arrayArg(x.Args[0])
	}
	if x.Name == "shift" {
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			return fr.it.taken(fr, a, a.Shift())
		}
	}
	return func(fr *frame) value.Scalar {
		a := arr(fr)
		return fr.it.taken(fr, a, a.Pop())
	}
}

// existsDelete compiles exists and delete on hash and array elements.
func (c *compiler) existsDelete(x *parser.Call) scalarFn {
	if len(x.Args) != 1 {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	del := x.Name == "delete"
	switch e := x.Args[0].(type) {
	case *parser.Elem:
		_, nested := e.Container.(*parser.Deref)
		if e.Hash {
			// exists $h{a}{b} autovivifies $h{a}, as perl does.
			h := c.hashOf(e.Container, nested)
			key := c.hashKey(e.Key)
			return func(fr *frame) value.Scalar {
				hv := h(fr)
				k := key(fr)
				if hv == nil {
					return value.BoolValue(false)
				}
				if del {
					return fr.it.taken(nil, nil, hv.Delete(k))
				}
				return value.BoolValue(hv.Exists(k))
			}
		}
		arr := c.arrayOf(e.Container, false)
		idx := c.scalar(e.Key)
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			i := int(idx(fr).Int())
			if a == nil {
				return value.BoolValue(false)
			}
			if i < 0 {
				i += a.Len()
			}
			exists := i >= 0 && i < a.Len() && a.Elems[i] != nil
			if del {
				if !exists {
					return value.UndefValue()
				}
				v := *a.Elems[i]
				if i == a.Len()-1 {
					a.Elems = a.Elems[:i]
				} else {
					a.Elems[i] = nil
				}
				return fr.it.taken(fr, a, v)
			}
			return value.BoolValue(exists)
		}
	case *parser.Slice:
		if del {
			return lastOf(c.deleteSliceCall(x))
		}
	case *parser.CallRef:
		if e.NoArgs && !del {
			return c.symCodeDefined(e)
		}
	case *parser.Call:
		if e.Amp && !del {
			gi := c.global(c.qualify(e.Name))
			// A forward declaration (sub name;) exists without a body.
			declared := c.declared[c.qualify(e.Name)]
			return func(fr *frame) value.Scalar { return value.BoolValue(declared || fr.it.globs[gi].Code != nil) }
		}
	}
	c.fail(x.At().Line, "%s argument is not a HASH or ARRAY element or slice", x.Name)
	return nil
}

// hashArg compiles the operand of keys/values/each: a hash or an array.
func (c *compiler) hashArg(x *parser.Call) (hashFn, arrayFn) {
	if len(x.Args) != 1 {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	switch a := x.Args[0].(type) {
	case *parser.Var:
		switch a.Sigil {
		case '%':
			return c.hashVar(a.Name), nil
		case '@':
			return nil, c.arrayVar(a.Name)
		}
	case *parser.Deref:
		switch a.Sigil {
		case '%':
			return c.derefHash(a.Expr, true), nil
		case '@':
			return nil, c.derefArray(a.Expr, true)
		}
	}
	c.fail(x.At().Line, "Experimental %s on scalar is now forbidden", x.Name)
	return nil, nil
}

func (c *compiler) hashFuncScalar(x *parser.Call) scalarFn {
	h, a := c.hashArg(x)
	if x.Name == "each" {
		l := c.hashFuncList(x)
		return func(fr *frame) value.Scalar {
			if vals := l(fr); len(vals) > 0 {
				return vals[0]
			}
			return value.UndefValue()
		}
	}
	return func(fr *frame) value.Scalar {
		if h != nil {
			hv := h(fr)
			hv.ResetEach() // as keys does
			return value.IntValue(int64(hv.Len()))
		}
		arr := a(fr)
		fr.it.resetArrayEach(arr)
		return value.IntValue(int64(arr.Len()))
	}
}

func (c *compiler) hashFuncList(x *parser.Call) listFn {
	h, a := c.hashArg(x)
	name := x.Name
	return func(fr *frame) []value.Scalar {
		if h != nil {
			hv := h(fr)
			switch name {
			case "keys":
				return hv.KeyScalars()
			case "values":
				return hv.Values()
			}
			k, v, ok := hv.NextScalar()
			if !ok {
				return nil
			}
			return []value.Scalar{k, v}
		}
		arr := a(fr)
		if name == "each" {
			return fr.it.arrayEach(arr)
		}
		switch name {
		case "keys":
			out := make([]value.Scalar, arr.Len())
			for i := range out {
				out[i] = value.IntValue(int64(i))
			}
			return out
		case "values":
			return arr.Values()
		}
		return nil
	}
}

// sortCall compiles sort [BLOCK|SUBNAME] LIST: a stable merge sort, as
// perl's, comparing with $a and $b.
func (c *compiler) sortCall(x *parser.Call) listFn {
	list := c.listArgs(x)
	ga, gb := c.global(c.qualify("a")), c.global(c.qualify("b"))
	var cmp func(fr *frame) int
	if k := simpleSortBlock(x.Block); k != sortBlock {
		fast := fastSortCompare(k)
		w := c.site("sort", wUninit)
		src := c.sortSourceArray(x)
		num := k == sortNumAsc || k == sortNumDesc
		return func(fr *frame) []value.Scalar {
			if src != nil && num {
				if out, ok := sortIntElems(src(fr), k == sortNumDesc); ok {
					return out
				}
			}
			vals := list(fr)
			if w != nil {
				for _, v := range vals {
					if v.IsUndef() {
						w.checkStr(fr, v, nil)
					}
				}
			}
			if !sortUniform(vals, k) {
				mergeSort(vals, fast)
			}
			return vals
		}
	}
	var keyed keyedSortFn
	switch {
	case x.Block != nil:
		cmp = c.sortCompareBlock(x.Block)
		keyed = c.keyedSort(x.Block, ga)
	case x.Handle != nil:
		var code scalarFn
		if b, ok := x.Handle.(*parser.Bareword); ok {
			code = c.codeRef(b.Name)
		} else {
			code = c.scalar(x.Handle)
		}
		cmp = func(fr *frame) int {
			cl, _ := code(fr).Pointer().(*Closure)
			if cl == nil {
				fr.it.dieMsg("Undefined subroutine in sort\n")
			}
			var args []*value.Scalar
			if cl.code != nil && fr.it.prog.protos[cl.name] == "$$" {
				// A ($$) sub gets the two values in @_ instead.
				args = []*value.Scalar{fr.it.globs[ga].Scalar, fr.it.globs[gb].Scalar}
			}
			v, _ := fr.it.callSub(cl, args, scalarCtx, fr)
			return int(v.Int())
		}
	}
	return func(fr *frame) []value.Scalar {
		vals := list(fr)
		if cmp == nil {
			if anyUTF8(vals) {
				// Character and byte strings compare as characters.
				sort.SliceStable(vals, func(i, j int) bool { return strCmp(vals[i], vals[j]) < 0 })
			} else if !sortUniform(vals, sortStrAsc) {
				mergeSort(vals, fastSortCompare(sortStrAsc))
			}
			return vals
		}
		if keyed != nil {
			if out, ok := keyed(fr, vals); ok {
				return out
			}
		}
		it := fr.it
		a, b := it.globs[ga], it.globs[gb]
		sa, sb := a.Scalar, b.Scalar
		defer func() { a.Scalar, b.Scalar = sa, sb }()
		// $a and $b are aliased to the list's values, as perl aliases
		// them to the elements, and the sort moves indexes rather than
		// whole scalars: a comparison copies and allocates nothing.
		return sortByIndex(vals, func(x, y int32) int {
			a.Scalar, b.Scalar = &vals[x], &vals[y]
			return cmp(fr)
		})
	}
}

// mapGrep compiles map and grep with a block or an expression, aliasing
// $_ to each element. A block of one expression is compiled as that
// expression, without the statement machinery.
func (c *compiler) mapGrep(x *parser.Call) listFn {
	args := x.Args
	isMap := x.Name == "map"
	var each func(fr *frame) []value.Scalar // map
	var test func(fr *frame) bool           // grep
	var oneEach scalarFn                    // map of one value each
	expr := singleExpr(x.Block)
	if _, isCtl := expr.(*parser.Control); isCtl {
		expr = nil
	}
	switch {
	case x.Block != nil && expr == nil:
		body := c.block(x.Block, true)
		eval, one := blockValueOf(body), blockScalarOf(body)
		each = func(fr *frame) []value.Scalar { return eval(fr, listCtx) }
		test = func(fr *frame) bool { return one(fr).Bool() }
	default:
		if x.Block == nil {
			if len(args) == 0 {
				c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
			}
			expr = args[0]
			args = args[1:]
		}
		c.pushScope()
		if isMap && isSingle(expr) {
			// map { $w[$_ % 10] } ...: one value each, no list.
			oneEach = c.scalar(expr)
		} else if isMap {
			each = c.listCopied(expr)
		} else {
			test = c.cond(expr)
		}
		c.popScope()
	}
	us := c.global("main::_")
	if isMap {
		if f := c.mapRange(args, each, oneEach, us); f != nil {
			return f
		}
	}
	items := c.aliases(&parser.List{Items: args})
	return func(fr *frame) []value.Scalar {
		g := fr.it.globs[us]
		saved := g.Scalar
		defer func() { g.Scalar = saved }()
		its := items(fr)
		var out []value.Scalar
		if isMap {
			out = make([]value.Scalar, 0, len(its))
		}
		for _, p := range its {
			g.Scalar = p
			if oneEach != nil {
				out = append(out, oneEach(fr))
				continue
			}
			if isMap {
				out = append(out, each(fr)...)
				continue
			}
			if test(fr) {
				out = append(out, *p)
			}
		}
		return out
	}
}

// spliceCall compiles splice ARRAY [, OFFSET [, LENGTH [, LIST]]].
func (c *compiler) spliceCall(x *parser.Call) listFn {
	if len(x.Args) == 0 {
		c.fail(x.At().Line, "Not enough arguments for splice")
	}
	arr := c.arrayArg(x.Args[0])
	var off, length scalarFn
	if len(x.Args) > 1 {
		off = c.scalar(x.Args[1])
	}
	if len(x.Args) > 2 {
		length = c.scalar(x.Args[2])
	}
	repl := c.list(&parser.List{Items: x.Args[min(3, len(x.Args)):]})
	return func(fr *frame) []value.Scalar {
		a := arr(fr)
		n := a.Len()
		o := 0
		if off != nil {
			o = int(off(fr).Int())
			if o < 0 {
				o += n
			}
		}
		o = max(0, min(o, n))
		l := n - o
		if length != nil {
			l = int(length(fr).Int())
			if l < 0 {
				l = max(0, n-o+l)
			}
		}
		l = min(l, n-o)
		removed := make([]value.Scalar, l)
		for i := 0; i < l; i++ {
			if e := a.Elems[o+i]; e != nil {
				removed[i] = *e
			}
		}
		ins := repl(fr)
		if fr.it.rc {
			for _, v := range removed {
				fr.it.taken(fr, a, v)
			}
			for i := range ins {
				ins[i] = ins[i].Weakened(false)
				fr.it.incRef(ins[i])
			}
		}
		elems := make([]*value.Scalar, 0, n-l+len(ins))
		elems = append(elems, a.Elems[:o]...)
		for i := range ins {
			v := ins[i]
			elems = append(elems, &v)
		}
		elems = append(elems, a.Elems[o+l:]...)
		a.Elems = elems
		return removed
	}
}

// timeCall compiles localtime/gmtime in list context.
func (c *compiler) timeCall(x *parser.Call) listFn {
	t := c.timeArg(x)
	return func(fr *frame) []value.Scalar {
		tm := t(fr)
		yday := tm.YearDay() - 1
		isdst := 0
		if tm.IsDST() {
			isdst = 1
		}
		return []value.Scalar{
			value.IntValue(int64(tm.Second())), value.IntValue(int64(tm.Minute())),
			value.IntValue(int64(tm.Hour())), value.IntValue(int64(tm.Day())),
			value.IntValue(int64(tm.Month()) - 1), value.IntValue(int64(tm.Year() - 1900)),
			value.IntValue(int64(tm.Weekday())), value.IntValue(int64(yday)),
			value.IntValue(int64(isdst)),
		}
	}
}

// timeScalar compiles localtime/gmtime in scalar context:
// "Thu Sep  9 01:46:40 2001".
func (c *compiler) timeScalar(x *parser.Call) scalarFn {
	t := c.timeArg(x)
	return func(fr *frame) value.Scalar {
		tm := t(fr)
		return value.StrValue(fmt.Sprintf("%s %s %2d %02d:%02d:%02d %d",
			tm.Weekday().String()[:3], tm.Month().String()[:3], tm.Day(),
			tm.Hour(), tm.Minute(), tm.Second(), tm.Year()))
	}
}

func (c *compiler) timeArg(x *parser.Call) func(*frame) time.Time {
	var arg scalarFn
	if len(x.Args) > 0 {
		arg = c.scalar(x.Args[0])
	}
	utc := x.Name == "gmtime"
	return func(fr *frame) time.Time {
		sec := nowUnix()
		if arg != nil {
			sec = arg(fr).Int()
		}
		tm := time.Unix(sec, 0)
		if utc {
			return tm.UTC()
		}
		return tm.Local()
	}
}

// allSingle reports whether every node yields exactly one value.
func allSingle(nodes []parser.Node) bool {
	for _, n := range nodes {
		if !isSingle(n) {
			return false
		}
	}
	return true
}
