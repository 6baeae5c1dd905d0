package interp

import (
	"slices"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// sortSourceArray compiles the argument of `sort ... @a` or `sort ...
// @$r` as the array itself, so the sort can read the elements in place
// instead of copying them out first; nil for other arguments.
func (c *compiler) sortSourceArray(x *parser.Call) arrayFn {
	if len(x.Args) != 1 {
		return nil
	}
	switch a := x.Args[0].(type) {
	case *parser.Var:
		if a.Sigil == '@' {
			return c.arrayVar(a.Name)
		}
	case *parser.Deref:
		// Only a variable: the argument may be evaluated again when
		// the elements are not all integers.
		if _, ok := a.Expr.(*parser.Var); ok && a.Sigil == '@' {
			return c.derefArray(a.Expr, false)
		}
	}
	return nil
}

// sortIntElems sorts elements that are all integers numerically, reading
// them in place; it reports false, doing nothing, when one is not an
// integer. Equal integers are identical values, so stability does not
// matter.
func sortIntElems(a *value.Array, desc bool) ([]value.Scalar, bool) {
	if a == nil {
		return nil, false
	}
	keys := make([]int64, len(a.Elems))
	for i, e := range a.Elems {
		if e == nil || e.Kind() != value.Int {
			return nil, false
		}
		keys[i] = e.RawInt()
	}
	sortInt64s(keys)
	if desc {
		slices.Reverse(keys)
	}
	out := make([]value.Scalar, len(keys))
	value.FillInts(out, keys)
	return out, true
}
