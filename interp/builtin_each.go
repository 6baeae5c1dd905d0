package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// arrayEach is each @array: the next index and value, or the empty list
// at the end (which resets the iterator).
func (it *Interp) arrayEach(a *value.Array) []value.Scalar {
	if it.arrayIters == nil {
		it.arrayIters = map[*value.Array]int{}
	}
	i := it.arrayIters[a]
	if i >= a.Len() {
		delete(it.arrayIters, a)
		return nil
	}
	it.arrayIters[a] = i + 1
	return []value.Scalar{value.IntValue(int64(i)), a.Get(i)}
}

// resetArrayEach is what keys @array does to each's position.
func (it *Interp) resetArrayEach(a *value.Array) {
	if it.arrayIters != nil {
		delete(it.arrayIters, a)
	}
}

// valuesAliases compiles values %h (or @a) where aliases are wanted, as
// in `$_++ for values %h`: the containers themselves, so that changes
// reach the hash. It returns nil for anything else.
func (c *compiler) valuesAliases(n parser.Node) func(*frame) []*value.Scalar {
	x, ok := n.(*parser.Call)
	if !ok || x.Name != "values" || x.Amp {
		return nil
	}
	h, a := c.hashArg(x)
	return func(fr *frame) []*value.Scalar {
		if h != nil {
			return h(fr).ValueContainers()
		}
		return arrayAliases(a(fr))
	}
}

// rangeIsNumeric is perl's RANGE_IS_NUMERIC: a range counts numbers
// unless both ends are strings and the left one is not a number or
// starts with a zero ('a'..'e', '08'..'11'), which use the magic string
// increment.
func rangeIsNumeric(lo, hi value.Scalar) bool {
	isNum := func(v value.Scalar) bool {
		switch v.Kind() {
		case value.Int, value.Float, value.Uint, value.Dual:
			return true
		}
		return false
	}
	if isNum(lo) || isNum(hi) {
		return true
	}
	if lo.IsUndef() {
		return true
	}
	s := lo.String()
	return s != "" && lo.LooksLikeNumber() && s[0] != '0' && (hi.IsUndef() || hi.LooksLikeNumber())
}
