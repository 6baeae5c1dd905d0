package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// mapRangeChunk is how many of map's $_ values over a range are
// allocated together.
const mapRangeChunk = 256

// mapRange compiles map BLOCK A .. B over a numeric range without
// building the range first: each $_ is still a scalar of its own (the
// block may keep a reference to it), allocated a chunk at a time, but
// the whole range never exists at once. nil when the list is not one
// range; a range of strings takes the general path at run time.
func (c *compiler) mapRange(args []parser.Node, each listFn, one scalarFn, us int) listFn {
	if len(args) != 1 {
		return nil
	}
	n := args[0]
	if l, ok := n.(*parser.List); ok && l.Paren && len(l.Items) == 1 {
		n = l.Items[0]
	}
	r, ok := n.(*parser.Range)
	if !ok {
		return nil
	}
	lo, hi := c.scalar(r.L), c.scalar(r.R)
	return func(fr *frame) []value.Scalar {
		g := fr.it.globs[us]
		saved := g.Scalar
		defer func() { g.Scalar = saved }()
		from, to := lo(fr), hi(fr)
		if !rangeIsNumeric(from, to) {
			vals := rangeList(from, to)
			out := make([]value.Scalar, 0, len(vals))
			for i := range vals {
				g.Scalar = &vals[i]
				if one != nil {
					out = append(out, one(fr))
				} else {
					out = append(out, each(fr)...)
				}
			}
			return out
		}
		a, b := from.Int(), to.Int()
		if b < a {
			return nil
		}
		var out []value.Scalar
		if b-a < 1<<26 {
			out = make([]value.Scalar, 0, b-a+1)
		}
		var chunk []value.Scalar
		for i := a; ; i++ {
			fr.it.tick()
			if len(chunk) == 0 {
				chunk = make([]value.Scalar, min(uint64(mapRangeChunk), uint64(b-i)+1))
			}
			p := &chunk[0]
			chunk = chunk[1:]
			*p = value.IntValue(i)
			g.Scalar = p
			if one != nil {
				out = append(out, one(fr))
			} else {
				out = append(out, each(fr)...)
			}
			if i == b {
				break
			}
		}
		return out
	}
}
