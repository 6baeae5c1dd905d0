package interp

import (
	"math"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// A keyed sort is a sort block that only compares keys of $a with the
// same keys of $b: `$h{$a} <=> $h{$b} || $a cmp $b`, `$b->[0] <=> $a->[0]
// or lc($a) cmp lc($b)`. Each key is read once per element instead of
// twice per comparison, and the elements are then merge sorted by their
// keys. The result is the block's: the keys are pure reads, a chain of
// || returns the first non-zero comparison, and a stable sort under the
// same comparison gives one order. Anything that would make reading or
// comparing a key warn or die (an undef element or key, a key that is
// not a number for <=>, an element of the wrong reference type for
// ->[ ] or ->{ }) makes the sort run the block instead, so perl's
// messages come out as perl gives them.

// sortKeySpec is one comparison of a keyed sort.
type sortKeySpec struct {
	key  scalarFn // the key of $a
	num  bool     // <=> rather than cmp
	desc bool     // $b's key on the left
	// need is what an element must be for the key to be read without
	// dying: 0 anything defined, '@' an array reference, '%' a hash
	// reference.
	need byte
}

// keyedSortFn sorts vals by precomputed keys, returning the sorted list,
// or false (having done nothing visible) when the block must run.
type keyedSortFn func(fr *frame, vals []value.Scalar) ([]value.Scalar, bool)

// keyedSort compiles a sort block of keyed comparisons, or returns nil for
// any other block. ga is the glob of $a.
func (c *compiler) keyedSort(b *parser.Block, ga int) keyedSortFn {
	e := singleExpr(b)
	if e == nil || c.strict().integer {
		return nil
	}
	if _, ok := c.lookup('$', "a"); ok {
		return nil
	}
	if _, ok := c.lookup('$', "b"); ok {
		return nil
	}
	var cmps []*parser.Binary
	var flatten func(n parser.Node) bool
	flatten = func(n parser.Node) bool {
		switch x := n.(type) {
		case *parser.Logical:
			if x.Op != "||" && x.Op != "or" {
				return false
			}
			return flatten(x.L) && flatten(x.R)
		case *parser.Binary:
			if x.Op != "<=>" && x.Op != "cmp" {
				return false
			}
			cmps = append(cmps, x)
			return true
		}
		return false
	}
	if !flatten(e) {
		return nil
	}
	// Check every comparison before compiling any key.
	type side struct {
		n    parser.Node
		desc bool
		need byte
	}
	var sides []side
	for _, x := range cmps {
		la, needA, okA := sortKeyShape(x.L, "a")
		rb, _, okB := sortKeyShape(x.R, "b")
		if okA && okB && la == rb {
			sides = append(sides, side{x.L, false, needA})
			continue
		}
		lb, _, okB := sortKeyShape(x.L, "b")
		ra, needA, okA := sortKeyShape(x.R, "a")
		if okA && okB && lb == ra {
			sides = append(sides, side{x.R, true, needA})
			continue
		}
		return nil
	}
	specs := make([]sortKeySpec, len(cmps))
	c.pushScope()
	for i, s := range sides {
		specs[i] = sortKeySpec{key: c.scalar(s.n), num: cmps[i].Op == "<=>", desc: s.desc, need: s.need}
	}
	c.popScope()
	return func(fr *frame, vals []value.Scalar) ([]value.Scalar, bool) {
		return keyedSortRun(fr, vals, specs, ga)
	}
}

// sortKeyShape describes n as a key of the sort variable v: a text that
// is the same for $a's and $b's form of one key, and what an element
// must be for reading the key not to die.
func sortKeyShape(n parser.Node, v string) (string, byte, bool) {
	isVar := func(n parser.Node) bool {
		x, ok := n.(*parser.Var)
		return ok && x.Sigil == '$' && x.Name == v
	}
	switch x := n.(type) {
	case *parser.Var:
		if isVar(x) {
			return "$", 0, true
		}
	case *parser.Call:
		switch x.Name {
		case "lc", "uc", "length":
			if len(x.Args) != 1 || x.Amp || x.Block != nil || x.Handle != nil {
				break
			}
			if isVar(x.Args[0]) {
				return x.Name + "($)", 0, true
			}
			// length of undef is undef without a warning; lc and uc
			// would warn, so they take only the element itself.
			if inner, need, ok := sortKeyShape(x.Args[0], v); ok && x.Name == "length" {
				return "length(" + inner + ")", need, true
			}
		}
	case *parser.Elem:
		if h, ok := x.Container.(*parser.Var); ok && x.Hash && h.Sigil == '%' && isVar(x.Key) {
			switch h.Name {
			case "+", "-", "!":
				return "", 0, false
			}
			return "%" + h.Name + "{$}", 0, true
		}
		d, ok := x.Container.(*parser.Deref)
		if !ok || !isVar(d.Expr) {
			break
		}
		if x.Hash && d.Sigil == '%' {
			if k, ok := x.Key.(*parser.StringLit); ok {
				return "->{" + k.Value + "}", '%', true
			}
		}
		if !x.Hash && d.Sigil == '@' {
			if k, ok := x.Key.(*parser.NumberLit); ok && k.IsInt && !k.IsUint {
				return "->[" + value.IntValue(k.Int).String() + "]", '@', true
			}
		}
	}
	return "", 0, false
}

// keyedSortRun reads the keys and sorts; see keyedSort.
func keyedSortRun(fr *frame, vals []value.Scalar, specs []sortKeySpec, ga int) ([]value.Scalar, bool) {
	n := len(vals)
	if n < 2 {
		return vals, true
	}
	for i := range vals {
		v := &vals[i]
		if v.IsUndef() {
			return nil, false
		}
		for _, s := range specs {
			switch s.need {
			case '@':
				if _, ok := v.Pointer().(*value.Array); !ok || v.Kind() != value.Ref {
					return nil, false
				}
			case '%':
				if _, ok := v.Pointer().(*value.Hash); !ok || v.Kind() != value.Ref {
					return nil, false
				}
			}
		}
	}
	k := len(specs)
	keys := sortKeys(fr, vals, specs, ga)
	if keys == nil {
		return nil, false
	}
	if k == 1 && specs[0].num && allIntKeys(keys) {
		// One integer key: compare bare int64s.
		ints := make([]int64, n)
		for i := range keys {
			ints[i] = keys[i].RawInt()
		}
		if specs[0].desc {
			return sortByIndex(vals, func(x, y int32) int { return cmpInt(ints[y], ints[x]) }), true
		}
		return sortByIndex(vals, func(x, y int32) int { return cmpInt(ints[x], ints[y]) }), true
	}
	return sortByIndex(vals, func(x, y int32) int {
		a, b := keys[int(x)*k:int(x)*k+k], keys[int(y)*k:int(y)*k+k]
		for j := range specs {
			p, q := &a[j], &b[j]
			if specs[j].desc {
				p, q = q, p
			}
			var r int
			switch {
			case !specs[j].num:
				if p.IsUTF8() == q.IsUTF8() {
					r = strings.Compare(p.String(), q.String())
				} else {
					r = strCmp(*p, *q)
				}
			case p.Kind() == value.Int && q.Kind() == value.Int:
				r = cmpInt(p.RawInt(), q.RawInt())
			default:
				r, _ = numCompare(*p, *q)
			}
			if r != 0 {
				return r
			}
		}
		return 0
	}), true
}

// sortKeys reads every element's keys with $a aliased to the element, or
// returns nil when a key is not fit for comparing.
func sortKeys(fr *frame, vals []value.Scalar, specs []sortKeySpec, ga int) []value.Scalar {
	k := len(specs)
	keys := make([]value.Scalar, len(vals)*k)
	g := fr.it.globs[ga]
	saved := g.Scalar
	defer func() { g.Scalar = saved }()
	for i := range vals {
		g.Scalar = &vals[i]
		for j, s := range specs {
			key, ok := sortKeyValue(s.key(fr), s.num)
			if !ok {
				return nil
			}
			keys[i*k+j] = key
		}
	}
	return keys
}

// sortKeyValue makes a key ready for comparing: a number for <=>, a
// string for cmp. It reports false for a key whose comparison would warn
// (undef, a string that is not a number) or that is NaN.
func sortKeyValue(v value.Scalar, num bool) (value.Scalar, bool) {
	switch v.Kind() {
	case value.Undef:
		return v, false
	case value.Str, value.Dual:
		if !num {
			return v, true
		}
		if v.Kind() == value.Str && !v.LooksLikeNumber() {
			return v, false
		}
		v = v.Num()
	case value.Int, value.Float, value.Uint:
		if !num {
			return value.StrValue(v.String()), true
		}
	case value.Ref:
		if !num {
			return value.StrValue(v.String()), true
		}
		v = v.Num()
	default:
		return v, false
	}
	if v.Kind() == value.Float && math.IsNaN(v.Float()) {
		return v, false
	}
	return v, true
}

func allIntKeys(keys []value.Scalar) bool {
	for i := range keys {
		if keys[i].Kind() != value.Int {
			return false
		}
	}
	return true
}

func cmpInt(x, y int64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	}
	return 0
}

// sortByIndex merge sorts vals by comparing indexes into it with cmp and
// returns the sorted values in a new list.
func sortByIndex(vals []value.Scalar, cmp func(x, y int32) int) []value.Scalar {
	if len(vals) < 2 {
		return vals
	}
	idx := make([]int32, len(vals))
	for i := range idx {
		idx[i] = int32(i)
	}
	mergeSort(idx, cmp)
	out := make([]value.Scalar, len(vals))
	for p, i := range idx {
		out[p] = vals[i]
	}
	return out
}
