package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// isListAssign reports whether assigning to l is a list assignment.
func isListAssign(l parser.Node) bool {
	switch x := l.(type) {
	case *parser.List:
		return x.Paren
	case *parser.Decl:
		if x.Paren {
			return true
		}
		if len(x.Vars) == 1 {
			return isListAssign(x.Vars[0])
		}
	case *parser.Var:
		return x.Sigil == '@' || x.Sigil == '%'
	case *parser.Deref:
		return x.Sigil == '@' || x.Sigil == '%'
	case *parser.Slice:
		return true
	}
	return false
}

// assign compiles an assignment for scalar context.
func (c *compiler) assign(x *parser.Assign) scalarFn {
	if isVecCall(x.L) {
		// vec(...) = ... stores bits into a string, not a value into a
		// container, so it cannot go through lvalue.
		return c.vecAssign(x)
	}
	if isPosCall(x.L) {
		return c.posAssign(x)
	}
	if call, ok := x.L.(*parser.Call); ok && x.Op == "=" && call.Name == "substr" && !call.Amp && len(call.Args) >= 2 && len(call.Args) <= 3 {
		// substr(EXPR, OFF, LEN) = VALUE is the four-argument form.
		args := append([]parser.Node(nil), call.Args...)
		if len(args) == 2 {
			args = append(args, &parser.NumberLit{IsInt: true, Int: 1 << 62})
		}
		cp := *call
		cp.Args = append(args, x.R)
		f := c.substrCall(&cp)
		return func(fr *frame) value.Scalar {
			f(fr)
			return value.UndefValue()
		}
	}
	if x.Op == "=" {
		if f := c.globAssign(x); f != nil {
			return f
		}
		if isListAssign(x.L) {
			return c.listAssignScalar(x)
		}
		r := c.scalar(x.R) // the right side is compiled first: my $x = $x
		if v, ok := x.L.(*parser.Var); ok && v.Sigil == '$' {
			if set := c.magicSet(v.Name); set != nil {
				lv := c.scalarLvalue(v)
				return func(fr *frame) value.Scalar {
					val := r(fr)
					*lv(fr) = val
					set(fr, val)
					return val
				}
			}
			if v.Name == "#" {
				c.fail(x.At().Line, "$# is no longer supported as of Perl 5.30")
			}
		}
		if v, ok := x.L.(*parser.Var); ok && v.Sigil == '#' {
			arr := c.arrayVar(v.Name)
			return func(fr *frame) value.Scalar {
				val := r(fr)
				a := arr(fr)
				a.LenSet = true
				fr.it.arrayResize(a, int(val.Int())+1)
				return val
			}
		}
		lv := c.lvalue(x.L)
		if d, ok := x.L.(*parser.Decl); ok && d.Kind == "local" && len(d.Vars) == 1 {
			// local $| = 1 must reach the handle too.
			if v, ok := d.Vars[0].(*parser.Var); ok && v.Sigil == '$' {
				if set := c.magicSet(v.Name); set != nil {
					return func(fr *frame) value.Scalar {
						val := r(fr)
						*lv(fr) = val
						set(fr, val)
						return val
					}
				}
			}
		}
		return func(fr *frame) value.Scalar {
			val := r(fr)
			fr.it.store(lv(fr), val)
			return val
		}
	}
	return c.opAssign(x)
}

// opAssign compiles += .= ||= and the other assignment operators.
func (c *compiler) opAssign(x *parser.Assign) scalarFn {
	if x.Op == "x" && isListAssign(x.L) {
		c.fail(x.At().Line, "Can't modify array in repeat (x)")
	}
	r := c.scalar(x.R)
	lv := c.lvalue(x.L)
	var set func(*frame, value.Scalar)
	if v, ok := x.L.(*parser.Var); ok && v.Sigil == '$' {
		set = c.magicSet(v.Name)
		if get := c.magicGet(v.Name); get != nil && set != nil {
			// $. += 1, $^T -= 60: start from the magic value.
			stored := lv
			lv = func(fr *frame) *value.Scalar {
				p := stored(fr)
				*p = get(fr)
				return p
			}
		}
	}
	finish := func(fr *frame, p *value.Scalar) value.Scalar {
		if set != nil {
			set(fr, *p)
		}
		return *p
	}
	switch x.Op {
	case "||":
		return func(fr *frame) value.Scalar {
			p := lv(fr)
			if !p.Bool() {
				fr.it.store(p, r(fr))
			}
			return finish(fr, p)
		}
	case "&&":
		return func(fr *frame) value.Scalar {
			p := lv(fr)
			if p.Bool() {
				fr.it.store(p, r(fr))
			}
			return finish(fr, p)
		}
	case "//":
		return func(fr *frame) value.Scalar {
			p := lv(fr)
			if p.IsUndef() {
				fr.it.store(p, r(fr))
			}
			return finish(fr, p)
		}
	case ".":
		if w := c.site("concatenation (.) or string", wUninit); w != nil {
			if b, ok := x.R.(*parser.Binary); ok && b.Op == "." {
				// $s .= "a" . $i . ",": the parts are appended one by
				// one, each checked.
				if f := c.appendConcat(b, lv, w, finish); f != nil {
					return f
				}
			}
			rn := c.varNameMatch(x.R, true)
			return func(fr *frame) value.Scalar {
				v := r(fr)
				if v.IsUndef() {
					w.checkStr(fr, v, rn)
				}
				p := lv(fr)
				p.AppendValue(v)
				return finish(fr, p)
			}
		}
		if b, ok := x.R.(*parser.Binary); ok && b.Op == "." {
			// $s .= "a" . $i . ",": append the parts one by one instead of
			// building the joined string first.
			if f := c.appendConcat(b, lv, nil, finish); f != nil {
				return f
			}
		}
		return func(fr *frame) value.Scalar {
			v := r(fr)
			p := lv(fr)
			p.AppendValue(v)
			return finish(fr, p)
		}
	}
	op := binaryOp(x.Op)
	file, line := c.file, c.line
	if ow := c.opAssignSite(x); ow != nil {
		fast := intAssignOp(x.Op)
		repeat := x.Op == "x"
		return func(fr *frame) value.Scalar {
			v := r(fr)
			p := lv(fr)
			if fast != nil && set == nil && p.Kind() == value.Int && v.Kind() == value.Int {
				if res, ok := fast(p.RawInt(), v.RawInt()); ok {
					*p = value.IntValue(res)
					return *p
				}
			}
			ow.check(fr, *p, v)
			if repeat {
				negativeRepeat(fr, ow.site, v)
			}
			res, err := op(*p, v)
			if err != "" {
				fr.it.dieAt(file, line, "%s", err)
			}
			*p = res
			return finish(fr, p)
		}
	}
	if fast := intAssignOp(x.Op); set == nil && fast != nil {
		// $sum += $n, $x ^= $m: integers stay integers without the
		// general path.
		return func(fr *frame) value.Scalar {
			v := r(fr)
			p := lv(fr)
			if p.Kind() == value.Int && v.Kind() == value.Int {
				if res, ok := fast(p.RawInt(), v.RawInt()); ok {
					*p = value.IntValue(res)
					return *p
				}
			}
			res, err := op(*p, v)
			if err != "" {
				fr.it.dieAt(file, line, "%s", err)
			}
			fr.it.store(p, res)
			return res
		}
	}
	return func(fr *frame) value.Scalar {
		v := r(fr)
		p := lv(fr)
		res, err := op(*p, v)
		if err != "" {
			fr.it.dieAt(file, line, "%s", err)
		}
		fr.it.store(p, res)
		return finish(fr, p)
	}
}

// listAssignScalar is a list assignment in scalar context: it yields the
// number of elements on the right (so `if ((my $n) = f())` and
// `$count = () = f()` work).
func (c *compiler) listAssignScalar(x *parser.Assign) scalarFn {
	f := c.listAssignFn(x, true)
	return func(fr *frame) value.Scalar {
		n, _ := f(fr)
		return value.IntValue(int64(n))
	}
}

// listAssign is a list assignment in list context: it yields the targets'
// new values.
func (c *compiler) listAssign(x *parser.Assign) listFn {
	f := c.listAssignFn(x, false)
	return func(fr *frame) []value.Scalar {
		_, vals := f(fr)
		return vals
	}
}

// target is one element on the left of a list assignment.
type target struct {
	scalar lvalueFn
	array  arrayFn
	hash   hashFn
	// multi is a slice: several containers, known when the assignment runs.
	multi func(*frame) []*value.Scalar
	skip  bool // undef in (undef, $x) = ...
}

// listAssignFn compiles a list assignment returning the count of the right
// side and its values; with counted, the caller needs only the count.
func (c *compiler) listAssignFn(x *parser.Assign, counted bool) func(*frame) (int, []value.Scalar) {
	var r listFn
	var unpack unpackFn
	if counted && isUnpackCall(x.R) {
		unpack = c.unpackInto(x.R.(*parser.Call))
		r = func(fr *frame) []value.Scalar { return unpack(fr, nil) }
	} else {
		r = c.list(splitWithImplicitLimit(x))
	}
	var targets []target
	var collect func(n parser.Node)
	collect = func(n parser.Node) {
		switch t := n.(type) {
		case nil:
			targets = append(targets, target{skip: true})
		case *parser.List:
			for _, it := range t.Items {
				collect(it)
			}
		case *parser.Decl:
			if t.Kind == "local" {
				targets = append(targets, c.localTargets(t)...)
				return
			}
			for _, v := range t.Vars {
				if v == nil {
					targets = append(targets, target{skip: true})
					continue
				}
				vv := v.(*parser.Var)
				targets = append(targets, c.declTarget(t.Kind, vv))
			}
		case *parser.Var:
			switch t.Sigil {
			case '@':
				targets = append(targets, target{array: c.arrayVar(t.Name)})
			case '%':
				targets = append(targets, target{hash: c.hashVar(t.Name)})
			default:
				targets = append(targets, target{scalar: c.lvalue(t)})
			}
		case *parser.Deref:
			switch t.Sigil {
			case '@':
				targets = append(targets, target{array: c.derefArray(t.Expr, true)})
			case '%':
				targets = append(targets, target{hash: c.derefHash(t.Expr, true)})
			default:
				targets = append(targets, target{scalar: c.lvalue(t)})
			}
		case *parser.Call:
			if t.Name == "undef" && len(t.Args) == 0 {
				targets = append(targets, target{skip: true})
				return
			}
			targets = append(targets, target{scalar: c.lvalue(t)})
		case *parser.Slice:
			targets = append(targets, target{multi: c.sliceLvalues(t)})
		default:
			targets = append(targets, target{scalar: c.lvalue(t)})
		}
	}
	collect(x.L)
	hashWarn := c.site("hash assignment", wMisc)
	if counted {
		if f := c.arrayToScalars(x, targets); f != nil {
			return f
		}
		decl, _ := x.L.(*parser.Decl)
		if f := unpackToScalars(unpack, targets, decl != nil && decl.Kind == "my"); f != nil {
			return f
		}
		if len(targets) == 1 && targets[0].array != nil && adoptableList(x.R) {
			// @a = split ..., @a = sort ...: the new list becomes the
			// array's storage.
			arr := targets[0].array
			return func(fr *frame) (int, []value.Scalar) {
				vals := r(fr)
				if fr.it.rc {
					fr.it.rcListAssign(fr, targets, vals)
					return len(vals), nil
				}
				arr(fr).AdoptValues(vals)
				return len(vals), nil
			}
		}
	}
	return func(fr *frame) (int, []value.Scalar) {
		vals := r(fr)
		n := len(vals)
		i := 0
		if fr.it.rc {
			if hashWarn != nil {
				oddHashTarget(fr, hashWarn, targets, vals)
			}
			return n, fr.it.rcListAssign(fr, targets, vals)
		}
		for _, t := range targets {
			switch {
			case t.skip:
				i++
			case t.scalar != nil:
				p := t.scalar(fr)
				if i < len(vals) {
					*p = vals[i]
				} else {
					*p = value.UndefValue()
				}
				i++
			case t.multi != nil:
				for _, p := range t.multi(fr) {
					if i < len(vals) {
						*p = vals[i]
					} else {
						*p = value.UndefValue()
					}
					i++
				}
			case t.array != nil:
				rest := []value.Scalar{}
				if i < len(vals) {
					rest = vals[i:]
				}
				t.array(fr).SetValues(rest)
				i = len(vals)
			case t.hash != nil:
				h := t.hash(fr)
				h.Clear()
				if i < len(vals) {
					if hashWarn != nil {
						hashWarn.oddList(fr, vals[i:])
					}
					fillHash(h, vals[i:])
				}
				i = len(vals)
			}
		}
		return n, vals
	}
}

// oddHashTarget gives the odd-list warning of a hash among the targets
// of a list assignment, before the counting assignment runs. It looks
// only past plain scalars: a slice before the hash would have to be
// evaluated twice to know its width.
func oddHashTarget(fr *frame, w *warnSite, targets []target, vals []value.Scalar) {
	i := 0
	for _, t := range targets {
		switch {
		case t.skip || t.scalar != nil:
			i++
		case t.hash != nil:
			if i < len(vals) {
				w.oddList(fr, vals[i:])
			}
			return
		default:
			return
		}
	}
}

// arrayToScalars is the fast path of `my ($a, $b) = @_;`: an array copied
// into a few scalars without building the intermediate list. It returns
// nil when the assignment has another shape.
func (c *compiler) arrayToScalars(x *parser.Assign, targets []target) func(*frame) (int, []value.Scalar) {
	v, ok := x.R.(*parser.Var)
	if !ok || v.Sigil != '@' || len(targets) > 8 {
		return nil
	}
	for _, t := range targets {
		if t.scalar == nil && !t.skip {
			return nil
		}
	}
	src := c.arrayVar(v.Name)
	general := func(fr *frame) (int, []value.Scalar) {
		a := src(fr)
		// Copy first: a target may be an element of the source array.
		var tmp [8]value.Scalar
		for i := range targets {
			tmp[i] = a.Get(i)
		}
		for i, t := range targets {
			if !t.skip {
				fr.it.store(t.scalar(fr), tmp[i])
			}
		}
		n := a.Len()
		return n, nil
	}
	if d, ok := x.L.(*parser.Decl); ok && d.Kind == "my" {
		// New lexicals cannot be elements of the array (@_ aliases the
		// caller's variables, not this frame's), so the values go
		// straight in. Counted programs copy first all the same: a
		// release may run DESTROY in between.
		return func(fr *frame) (int, []value.Scalar) {
			if fr.it.rc {
				return general(fr)
			}
			a := src(fr)
			for i, t := range targets {
				if !t.skip {
					*t.scalar(fr) = a.Get(i)
				}
			}
			return a.Len(), nil
		}
	}
	return general
}

// lvalue compiles n as a scalar container for assignment.
func (c *compiler) lvalue(n parser.Node) lvalueFn {
	switch x := n.(type) {
	case *parser.Var:
		switch x.Sigil {
		case '$':
			return c.scalarLvalue(x)
		}
	case *parser.Decl:
		if len(x.Vars) == 1 && !x.Paren {
			if x.Kind == "local" {
				ts := c.localTargets(x)
				if ts[0].scalar != nil {
					return ts[0].scalar
				}
			} else if v, ok := x.Vars[0].(*parser.Var); ok && v.Sigil == '$' {
				return c.declTarget(x.Kind, v).scalar
			}
		}
	case *parser.Elem:
		return c.elemLvalue(x)
	case *parser.Deref:
		if x.Sigil == '$' {
			return c.derefScalarLvalue(x.Expr)
		}
	case *parser.Ternary:
		cond := c.condChecked(x.Cond)
		a, b := c.lvalue(x.Then), c.lvalue(x.Else)
		return func(fr *frame) *value.Scalar {
			if cond(fr) {
				return a(fr)
			}
			return b(fr)
		}
	case *parser.Assign:
		// chomp(my $x = <STDIN>), ($x = $y) =~ ...: the assigned variable.
		if x.Op == "=" && !isListAssign(x.L) {
			r := c.scalar(x.R)
			lv := c.lvalue(x.L)
			return func(fr *frame) *value.Scalar {
				v := r(fr)
				p := lv(fr)
				fr.it.store(p, v)
				return p
			}
		}
		f := c.scalar(x)
		lv := c.lvalue(x.L)
		return func(fr *frame) *value.Scalar {
			f(fr)
			return lv(fr)
		}
	case *parser.List:
		if len(x.Items) == 1 {
			return c.lvalue(x.Items[0])
		}
	case *parser.Call:
		if isVecCall(x) {
			// assign handles vec(...) = and vec(...) op=; a vec element
			// has no container for the other lvalue uses to store into.
			c.fail(n.At().Line, "vec is supported as an lvalue only on the left of = or an assignment operator")
		}
	}
	if msg := c.subCallModify(n); msg != "" {
		c.fail(n.At().Line, "%s", msg)
	}
	c.fail(n.At().Line, "Can't modify %s in scalar assignment", describe(n))
	return nil
}

// describe names an expression the way perl's "Can't modify" errors do.
func describe(n parser.Node) string {
	switch x := n.(type) {
	case *parser.NumberLit, *parser.StringLit, *parser.InterpString:
		return "constant item"
	case *parser.Call:
		return x.Name
	case *parser.Binary:
		return x.Op
	}
	return "expression"
}

// declTarget compiles my/our/state $x (or @x, %x) as an assignment target.
func (c *compiler) declTarget(kind string, v *parser.Var) target {
	if kind == "our" {
		// our makes the package variable visible under its short name.
		full := c.qualify(v.Name)
		c.ours[string(v.Sigil)+full] = true
		gi := c.global(full)
		c.shadowWarn(kind, v, gi)
		c.sub.scopes[len(c.sub.scopes)-1]["our"+string(v.Sigil)+v.Name] = gi
		switch v.Sigil {
		case '@':
			return target{array: func(fr *frame) *value.Array { return fr.it.globs[gi].Array }}
		case '%':
			return target{hash: func(fr *frame) *value.Hash { return fr.it.globs[gi].Hash }}
		}
		return target{scalar: func(fr *frame) *value.Scalar { return fr.it.globs[gi].Scalar }}
	}
	c.shadowWarn(kind, v, -1)
	slot := c.declare(v.Sigil, v.Name)
	switch v.Sigil {
	case '@':
		return target{array: func(fr *frame) *value.Array { return freshArray(fr, slot) }}
	case '%':
		return target{hash: func(fr *frame) *value.Hash { return freshHash(fr, slot) }}
	}
	return target{scalar: func(fr *frame) *value.Scalar { return freshScalar(fr, slot) }}
}

// freshScalar runs `my $x`: the slot's variable is cleared, or replaced
// when something else may still refer to it.
func freshScalar(fr *frame, slot int) *value.Scalar {
	if fr.escapedS[slot] {
		fr.escapedS[slot] = false
		p := new(value.Scalar)
		fr.scalars[slot] = p
		return p
	}
	p := fr.scalars[slot]
	if fr.it.rc && p.Kind() == value.Ref {
		old := *p
		*p = value.Scalar{}
		fr.it.decRef(old)
		return p
	}
	*p = value.Scalar{}
	return p
}

func freshArray(fr *frame, slot int) *value.Array {
	if fr.escapedA[slot] {
		fr.escapedA[slot] = false
		fr.arrays[slot] = &value.Array{}
		return fr.arrays[slot]
	}
	a := fr.arrays[slot]
	if fr.it.rc {
		fr.it.arrayClear(a)
		return a
	}
	a.Elems = a.Elems[:0]
	return a
}

func freshHash(fr *frame, slot int) *value.Hash {
	if fr.escapedH[slot] {
		fr.escapedH[slot] = false
		fr.hashes[slot] = value.NewHash()
		return fr.hashes[slot]
	}
	h := fr.hashes[slot]
	fr.it.hashClear(h)
	return h
}

// declScalar compiles `my $x` (or `my ($a, $b)`) used as a value.
func (c *compiler) declScalar(x *parser.Decl) scalarFn {
	l := c.declList(x)
	if len(x.Vars) == 1 {
		if v, ok := x.Vars[0].(*parser.Var); ok && (v.Sigil == '@' || v.Sigil == '%') {
			return func(fr *frame) value.Scalar {
				return value.IntValue(int64(len(l(fr))))
			}
		}
	}
	return lastOf(l)
}

// declList compiles a declaration used as a value: the variables' values.
func (c *compiler) declList(x *parser.Decl) listFn {
	var fns []listFn
	if x.Kind == "local" {
		for _, t := range c.localTargets(x) {
			t := t
			switch {
			case t.scalar != nil:
				fns = append(fns, func(fr *frame) []value.Scalar { return []value.Scalar{*t.scalar(fr)} })
			case t.array != nil:
				fns = append(fns, func(fr *frame) []value.Scalar { return t.array(fr).Values() })
			case t.hash != nil:
				fns = append(fns, func(fr *frame) []value.Scalar { return hashList(t.hash(fr)) })
			}
		}
	} else {
		for _, v := range x.Vars {
			if v == nil {
				continue
			}
			t := c.declTarget(x.Kind, v.(*parser.Var))
			switch {
			case t.scalar != nil:
				fns = append(fns, func(fr *frame) []value.Scalar { return []value.Scalar{*t.scalar(fr)} })
			case t.array != nil:
				fns = append(fns, func(fr *frame) []value.Scalar { return t.array(fr).Values() })
			case t.hash != nil:
				fns = append(fns, func(fr *frame) []value.Scalar { return hashList(t.hash(fr)) })
			}
		}
	}
	return func(fr *frame) []value.Scalar {
		var out []value.Scalar
		for _, f := range fns {
			out = append(out, f(fr)...)
		}
		return out
	}
}

// intAssignOp is the integer fast path of an assignment operator: it
// reports false when the result needs perl's general rules (overflow,
// negative operands of % or the bit operators).
func intAssignOp(op string) func(i, j int64) (int64, bool) {
	const lim = 1 << 62
	switch op {
	case "+":
		return func(i, j int64) (int64, bool) { return i + j, i > -lim && i < lim && j > -lim && j < lim }
	case "-":
		return func(i, j int64) (int64, bool) { return i - j, i > -lim && i < lim && j > -lim && j < lim }
	case "*":
		return func(i, j int64) (int64, bool) {
			return i * j, i > -1<<31 && i < 1<<31 && j > -1<<31 && j < 1<<31
		}
	case "%":
		return func(i, j int64) (int64, bool) {
			if i < 0 || j <= 0 {
				return 0, false
			}
			return i % j, true
		}
	case "&":
		return func(i, j int64) (int64, bool) { return i & j, i >= 0 && j >= 0 }
	case "|":
		return func(i, j int64) (int64, bool) { return i | j, i >= 0 && j >= 0 }
	case "^":
		return func(i, j int64) (int64, bool) { return i ^ j, i >= 0 && j >= 0 }
	}
	return nil
}
