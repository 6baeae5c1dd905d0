package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// canAutoviv reports whether n names a container that an lvalue
// dereference may fill with a new reference ($r, $a[0], $h{k}).
func canAutoviv(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.Var:
		return x.Sigil == '$'
	case *parser.Elem:
		return !isGlobSlot(x)
	case *parser.Deref:
		return x.Sigil == '$'
	}
	return false
}

// refTarget compiles the evaluation of a reference expression; with
// autoviv, an undef container is filled by mk's new referent.
func (c *compiler) refTarget(n parser.Node, autoviv bool, mk func() value.Scalar) scalarFn {
	if autoviv && canAutoviv(n) {
		lv := c.lvalue(n)
		return func(fr *frame) value.Scalar {
			p := lv(fr)
			if p.IsUndef() {
				fr.it.store(p, fr.it.trackStored(mk().Pointer()))
			}
			return *p
		}
	}
	return c.scalar(n)
}

// derefArray compiles @{EXPR} as an array container (nil when EXPR is
// undef and autoviv is off).
func (c *compiler) derefArray(n parser.Node, autoviv bool) arrayFn {
	ref := c.refTarget(n, autoviv, func() value.Scalar { return value.RefValue(&value.Array{}) })
	file, line := c.file, c.line
	strictRefs := c.strict().refs
	return func(fr *frame) *value.Array {
		v := ref(fr)
		switch v.Kind() {
		case value.Ref:
			if a, ok := v.Pointer().(*value.Array); ok {
				return a
			}
			if g, ok := v.Pointer().(*Glob); ok {
				return g.Array
			}
		case value.Undef:
			if autoviv {
				return &value.Array{}
			}
			return nil
		case value.Glob:
			return v.Pointer().(*Glob).Array
		case value.Str:
			if strictRefs {
				fr.it.dieAt(file, line, "%s", symbolicRefError(v.String(), "an ARRAY"))
			}
			return fr.it.symbolic(v.String(), fr).Array
		}
		fr.it.dieAt(file, line, "Not an ARRAY reference")
		return nil
	}
}

// derefHash compiles %{EXPR} as a hash container.
func (c *compiler) derefHash(n parser.Node, autoviv bool) hashFn {
	ref := c.refTarget(n, autoviv, func() value.Scalar { return value.RefValue(value.NewHash()) })
	file, line := c.file, c.line
	strictRefs := c.strict().refs
	return func(fr *frame) *value.Hash {
		v := ref(fr)
		switch v.Kind() {
		case value.Ref:
			if h, ok := v.Pointer().(*value.Hash); ok {
				return h
			}
			if g, ok := v.Pointer().(*Glob); ok {
				return g.Hash
			}
		case value.Undef:
			if autoviv {
				return value.NewHash()
			}
			return nil
		case value.Glob:
			return v.Pointer().(*Glob).Hash
		case value.Str:
			if strictRefs {
				fr.it.dieAt(file, line, "%s", symbolicRefError(v.String(), "a HASH"))
			}
			return fr.it.symbolic(v.String(), fr).Hash
		}
		fr.it.dieAt(file, line, "Not a HASH reference")
		return nil
	}
}

// symbolic resolves a symbolic reference (a name used as a reference).
func (it *Interp) symbolic(name string, fr *frame) *Glob {
	if !containsColons(name) {
		name = "main::" + name
	}
	return it.glob(name)
}

func containsColons(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == ':' && s[i+1] == ':' {
			return true
		}
	}
	return false
}

// arrayOf compiles the container of an Elem or Slice.
func (c *compiler) arrayOf(n parser.Node, autoviv bool) arrayFn {
	switch x := n.(type) {
	case *parser.Var:
		return c.arrayVar(x.Name)
	case *parser.Deref:
		return c.derefArray(x.Expr, autoviv)
	}
	c.fail(n.At().Line, "Not an array")
	return nil
}

func (c *compiler) hashOf(n parser.Node, autoviv bool) hashFn {
	switch x := n.(type) {
	case *parser.Var:
		return c.hashVar(x.Name)
	case *parser.Deref:
		return c.derefHash(x.Expr, autoviv)
	}
	c.fail(n.At().Line, "Not a hash")
	return nil
}

// elemGet compiles $a[i] / $h{k} for reading.
func (c *compiler) elemGet(x *parser.Elem) scalarFn {
	if f := c.globSlot(x); f != nil {
		return f
	}
	if v, ok := x.Container.(*parser.Var); ok && x.Hash && v.Name == "+" {
		// %+: the named captures of the last match.
		key := c.hashKey(x.Key)
		return func(fr *frame) value.Scalar { return fr.it.namedCapture(key(fr)) }
	}
	if v, ok := x.Container.(*parser.Var); ok && x.Hash && v.Name == "!" {
		// $!{NAME}: the errno's number or 0, and "" for a name that
		// is no errno, as Errno's FETCH gives.
		key := c.hashKey(x.Key)
		return func(fr *frame) value.Scalar {
			h := fr.it.errnoHash()
			if k := key(fr); h.Exists(k) {
				return h.Get(k)
			}
			return value.StrValue("")
		}
	}
	if v, ok := x.Container.(*parser.Var); ok && !x.Hash && v.Sigil == '@' && (v.Name == "-" || v.Name == "+") {
		// $-[n] and $+[n]: where group n of the last match started, ended.
		idx := c.scalar(x.Key)
		end := v.Name == "+"
		return func(fr *frame) value.Scalar { return fr.it.matchOffset(int(idx(fr).Int()), end) }
	}
	if x.Hash {
		h := c.hashOf(x.Container, true)
		key := c.hashKey(x.Key)
		return func(fr *frame) value.Scalar {
			hv := h(fr)
			if hv == nil {
				return value.UndefValue()
			}
			return hv.Get(key(fr))
		}
	}
	arr := c.arrayOf(x.Container, true)
	if k, ok := x.Key.(*parser.NumberLit); ok && k.IsInt && !k.IsUint {
		// $_[0], $r->[1]: a constant index.
		i := int(k.Int)
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			if a == nil {
				return value.UndefValue()
			}
			return a.Get(i)
		}
	}
	idx := c.scalar(x.Key)
	if fi := c.intExpr(x.Key); fi != nil {
		// $a[$i % 8]: an integer index without an index scalar.
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			if a == nil {
				return value.UndefValue()
			}
			i, ok := fi(fr)
			if !ok {
				i = idx(fr).Int()
			}
			return a.Get(int(i))
		}
	}
	return func(fr *frame) value.Scalar {
		a := arr(fr)
		if a == nil {
			return value.UndefValue()
		}
		return a.Get(int(idx(fr).Int()))
	}
}

// hashKey compiles a hash subscript; a list key joins with $; as perl's
// multi-dimensional emulation does.
func (c *compiler) hashKey(n parser.Node) func(*frame) string {
	if l, ok := n.(*parser.List); ok && len(l.Items) > 1 {
		lf := c.list(l)
		sep := c.global("main::;")
		return func(fr *frame) string { return joinValues(fr.it.globs[sep].Scalar.String(), lf(fr)) }
	}
	f := c.scalar(n)
	return func(fr *frame) string {
		v := f(fr)
		if v.IsUTF8() {
			k, _ := value.HashKey(v)
			return k
		}
		return v.String()
	}
}

// elemLvalue compiles $a[i] / $h{k} as a container, creating it.
func (c *compiler) elemLvalue(x *parser.Elem) lvalueFn {
	file, line := c.file, c.line
	if x.Hash {
		h := c.hashOf(x.Container, true)
		if l, ok := x.Key.(*parser.List); !ok || len(l.Items) <= 1 {
			// A single key may be a character string.
			kf := c.scalar(x.Key)
			return func(fr *frame) *value.Scalar {
				k := kf(fr)
				if k.IsUTF8() {
					return h(fr).ElemKey(k)
				}
				return h(fr).Elem(k.String())
			}
		}
		key := c.hashKey(x.Key)
		return func(fr *frame) *value.Scalar { return h(fr).Elem(key(fr)) }
	}
	arr := c.arrayOf(x.Container, true)
	idx := c.scalar(x.Key)
	return func(fr *frame) *value.Scalar {
		a := arr(fr)
		i := int(idx(fr).Int())
		if i == len(a.Elems) && i >= 0 {
			// $a[@a] = ...: a new last element.
			p := fr.it.newElem(value.Scalar{})
			a.AppendContainer(p)
			return p
		}
		p := a.Elem(i)
		if p == nil {
			fr.it.dieAt(file, line, "Modification of non-creatable array value attempted, subscript %d", i)
		}
		return p
	}
}

// derefScalar compiles $$r / ${EXPR} for reading, and the other sigils in
// scalar context.
func (c *compiler) derefScalar(x *parser.Deref) scalarFn {
	switch x.Sigil {
	case '@':
		arr := c.derefArray(x.Expr, false)
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			if a == nil {
				return value.IntValue(0)
			}
			return value.IntValue(int64(a.Len()))
		}
	case '%':
		h := c.derefHash(x.Expr, false)
		return func(fr *frame) value.Scalar {
			hv := h(fr)
			if hv == nil {
				return value.IntValue(0)
			}
			return value.IntValue(int64(hv.Len()))
		}
	case '#':
		arr := c.derefArray(x.Expr, false)
		return func(fr *frame) value.Scalar {
			a := arr(fr)
			if a == nil {
				return value.IntValue(-1)
			}
			return value.IntValue(int64(a.Len() - 1))
		}
	case '*':
		f := c.scalar(x.Expr)
		return func(fr *frame) value.Scalar {
			v := f(fr)
			if v.Kind() == value.Glob {
				return v
			}
			if g, ok := v.Pointer().(*Glob); ok && v.Kind() == value.Ref {
				return value.GlobValue(g)
			}
			return value.GlobValue(fr.it.symbolic(v.String(), fr))
		}
	}
	lv := c.derefScalarTarget(x.Expr, false)
	return func(fr *frame) value.Scalar {
		p := lv(fr)
		if p == nil {
			return value.UndefValue()
		}
		return *p
	}
}

// derefScalarLvalue compiles $$r as a container, autovivifying.
func (c *compiler) derefScalarLvalue(n parser.Node) lvalueFn {
	return c.derefScalarTarget(n, true)
}

func (c *compiler) derefScalarTarget(n parser.Node, autoviv bool) lvalueFn {
	ref := c.refTarget(n, autoviv, func() value.Scalar { return value.RefValue(new(value.Scalar)) })
	file, line := c.file, c.line
	strictRefs := c.strict().refs
	return func(fr *frame) *value.Scalar {
		v := ref(fr)
		switch v.Kind() {
		case value.Ref:
			if s, ok := v.Pointer().(*value.Scalar); ok {
				return s
			}
			if g, ok := v.Pointer().(*Glob); ok {
				return g.Scalar
			}
		case value.Undef:
			if !autoviv {
				return nil
			}
		case value.Glob:
			return v.Pointer().(*Glob).Scalar
		case value.Str:
			if strictRefs {
				fr.it.dieAt(file, line, "%s", symbolicRefError(v.String(), "a SCALAR"))
			}
			return fr.it.symbolic(v.String(), fr).Scalar
		}
		fr.it.dieAt(file, line, "Not a SCALAR reference")
		return nil
	}
}

// refGen compiles \X.
func (c *compiler) refGen(n parser.Node) scalarFn {
	if cr, ok := n.(*parser.CallRef); ok && cr.NoArgs {
		return c.symCodeRef(cr)
	}
	if call, ok := n.(*parser.Call); ok && !call.Amp {
		if _, builtin := builtins.Lookup(call.Name); !builtin && c.declared[c.qualify(call.Name)] {
			// \ f() calls f in list context and takes references to
			// what it returns; in scalar context the last one.
			l := c.list(n)
			return func(fr *frame) value.Scalar {
				v := lastValue(l(fr))
				return value.RefValue(&v)
			}
		}
	}
	switch x := n.(type) {
	case *parser.Var:
		switch x.Sigil {
		case '@':
			if slot, ok := c.lookup('@', x.Name); ok {
				return func(fr *frame) value.Scalar {
					fr.escapedA[slot] = true
					if fr.it.rc {
						fr.it.padRef(fr.arrays[slot])
					}
					return value.RefValue(fr.arrays[slot])
				}
			}
			arr := c.arrayVar(x.Name)
			if x.Name == "_" {
				// \@_ keeps the frame's @_ alive past the call.
				return func(fr *frame) value.Scalar {
					fr.pinned = true
					return value.RefValue(arr(fr))
				}
			}
			return func(fr *frame) value.Scalar { return value.RefValue(arr(fr)) }
		case '%':
			if slot, ok := c.lookup('%', x.Name); ok {
				return func(fr *frame) value.Scalar {
					fr.escapedH[slot] = true
					if fr.it.rc {
						fr.it.padRef(fr.hashes[slot])
					}
					return value.RefValue(fr.hashes[slot])
				}
			}
			h := c.hashVar(x.Name)
			return func(fr *frame) value.Scalar { return value.RefValue(h(fr)) }
		case '$':
			if slot, ok := c.lookup('$', x.Name); ok {
				return func(fr *frame) value.Scalar {
					fr.escapedS[slot] = true
					if fr.it.rc {
						fr.it.pin(fr.scalars[slot])
					}
					return value.RefValue(fr.scalars[slot])
				}
			}
		case '&':
			return c.codeRef(x.Name)
		case '*':
			gi := c.global(c.qualify(x.Name))
			return func(fr *frame) value.Scalar { return value.RefValue(fr.it.globs[gi]) }
		}
	case *parser.Call:
		if x.Amp && !x.Paren {
			return c.codeRef(x.Name)
		}
	case *parser.Deref:
		switch x.Sigil {
		case '@':
			arr := c.derefArray(x.Expr, true)
			return func(fr *frame) value.Scalar { return value.RefValue(arr(fr)) }
		case '%':
			h := c.derefHash(x.Expr, true)
			return func(fr *frame) value.Scalar { return value.RefValue(h(fr)) }
		}
	case *parser.List:
		if x.Paren {
			// \(@a) is a list of references; in scalar context the last.
			items := make([]scalarFn, len(x.Items))
			for i, it := range x.Items {
				items[i] = c.refGen(it)
			}
			return func(fr *frame) value.Scalar {
				var v value.Scalar
				for _, f := range items {
					v = f(fr)
				}
				return v
			}
		}
	case *parser.AnonSub:
		return c.scalar(x)
	case *parser.Decl:
		// \my $x: a reference to the new variable itself.
		if len(x.Vars) == 1 && !x.Paren {
			if v, ok := x.Vars[0].(*parser.Var); ok && v.Sigil == '$' && x.Kind == "my" {
				t := c.declTarget(x.Kind, v)
				slot, _ := c.lookup('$', v.Name)
				return func(fr *frame) value.Scalar {
					p := t.scalar(fr)
					fr.escapedS[slot] = true
					if fr.it.rc {
						fr.it.pin(p)
					}
					return value.RefValue(p)
				}
			}
			if v, ok := x.Vars[0].(*parser.Var); ok && v.Sigil == '@' && x.Kind == "my" {
				t := c.declTarget(x.Kind, v)
				slot, _ := c.lookup('@', v.Name)
				return func(fr *frame) value.Scalar {
					a := t.array(fr)
					fr.escapedA[slot] = true
					if fr.it.rc {
						fr.it.padRef(a)
					}
					return value.RefValue(a)
				}
			}
			if v, ok := x.Vars[0].(*parser.Var); ok && v.Sigil == '%' && x.Kind == "my" {
				t := c.declTarget(x.Kind, v)
				slot, _ := c.lookup('%', v.Name)
				return func(fr *frame) value.Scalar {
					h := t.hash(fr)
					fr.escapedH[slot] = true
					if fr.it.rc {
						fr.it.padRef(h)
					}
					return value.RefValue(h)
				}
			}
		}
	case *parser.NumberLit, *parser.StringLit, *parser.InterpString, *parser.Binary:
		f := c.scalar(n)
		return func(fr *frame) value.Scalar {
			v := f(fr)
			return value.RefValue(&v)
		}
	}
	if canAutoviv(n) {
		lv := c.lvalue(n)
		if e, ok := n.(*parser.Elem); ok {
			if v, ok := e.Container.(*parser.Var); ok && v.Name == "_" && v.Sigil == '@' {
				// \$_[0] may point at the frame's argument temporaries.
				return func(fr *frame) value.Scalar {
					fr.pinned = true
					return value.RefValue(lv(fr))
				}
			}
		}
		return func(fr *frame) value.Scalar { return value.RefValue(lv(fr)) }
	}
	f := c.scalar(n)
	return func(fr *frame) value.Scalar {
		v := f(fr)
		return value.RefValue(&v)
	}
}

// slice compiles @a[...] and @h{...} (and %h{...}) for reading.
func (c *compiler) slice(x *parser.Slice) listFn {
	keys := c.list(x.Keys)
	if x.Hash {
		h := c.hashOf(x.Container, false)
		kv := x.KV
		return func(fr *frame) []value.Scalar {
			hv := h(fr)
			ks := keys(fr)
			out := make([]value.Scalar, 0, len(ks))
			for _, k := range ks {
				v := value.UndefValue()
				if hv != nil {
					v = hv.GetKey(k)
				}
				if kv {
					out = append(out, k)
				}
				out = append(out, v)
			}
			return out
		}
	}
	arr := c.arrayOf(x.Container, false)
	kv := x.KV
	return func(fr *frame) []value.Scalar {
		a := arr(fr)
		ks := keys(fr)
		out := make([]value.Scalar, 0, len(ks))
		for _, k := range ks {
			v := value.UndefValue()
			if a != nil {
				v = a.Get(int(k.Int()))
			}
			if kv {
				out = append(out, k)
			}
			out = append(out, v)
		}
		return out
	}
}

// sliceLvalues compiles the elements of a slice as assignment targets;
// the keys are evaluated when the assignment runs.
func (c *compiler) sliceLvalues(x *parser.Slice) func(*frame) []*value.Scalar {
	if x.KV {
		c.fail(x.At().Line, "Can't modify key/value hash slice in list assignment")
	}
	keys := c.list(x.Keys)
	if x.Hash {
		h := c.hashOf(x.Container, true)
		return func(fr *frame) []*value.Scalar {
			hv := h(fr)
			ks := keys(fr)
			out := make([]*value.Scalar, len(ks))
			for i, k := range ks {
				out[i] = hv.ElemKey(k)
			}
			return out
		}
	}
	arr := c.arrayOf(x.Container, true)
	file, line := c.file, c.line
	return func(fr *frame) []*value.Scalar {
		a := arr(fr)
		ks := keys(fr)
		out := make([]*value.Scalar, len(ks))
		for i, k := range ks {
			if out[i] = a.Elem(int(k.Int())); out[i] == nil {
				fr.it.dieAt(file, line, "Modification of non-creatable array value attempted, subscript %d", k.Int())
			}
		}
		return out
	}
}

// listSlice compiles (LIST)[...].
func (c *compiler) listSlice(x *parser.ListSlice) listFn {
	list := c.list(x.List)
	keys := c.list(x.Keys)
	return func(fr *frame) []value.Scalar {
		vals := list(fr)
		ks := keys(fr)
		if len(vals) == 0 {
			return nil
		}
		out := make([]value.Scalar, 0, len(ks))
		for _, k := range ks {
			i := int(k.Int())
			if i < 0 {
				i += len(vals)
			}
			if i < 0 || i >= len(vals) {
				out = append(out, value.UndefValue())
				continue
			}
			out = append(out, vals[i])
		}
		return out
	}
}
