package interp

import (
	"strconv"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// flipFlop compiles .. and ... in scalar context: false until the left
// operand is true, then the count of iterations (the last with "E0")
// until the right one is. A constant operand is compared with $., as in
// `if (2 .. 4)` over input lines.
func (c *compiler) flipFlop(x *parser.Range) scalarFn {
	c.nPatterns++
	site := c.nPatterns
	operand := func(n parser.Node) func(*frame) bool {
		if num, ok := n.(*parser.NumberLit); ok {
			want := int64(num.Int)
			if !num.IsInt {
				want = int64(num.Float)
			}
			return func(fr *frame) bool {
				g := fr.it.lastRead
				return g != nil && g.IO != nil && int64(g.IO.LineNo()) == want
			}
		}
		return c.cond(n)
	}
	left, right := operand(x.L), operand(x.R)
	three := x.Three
	return func(fr *frame) value.Scalar {
		it := fr.it
		if it.flipFlops == nil {
			it.flipFlops = map[int]int{}
		}
		seq := it.flipFlops[site]
		if seq == 0 {
			if !left(fr) {
				return value.StrValue("")
			}
			seq = 1
			if !three && right(fr) {
				it.flipFlops[site] = 0
				return value.StrValue("1E0")
			}
			it.flipFlops[site] = seq
			return value.IntValue(1)
		}
		seq++
		if right(fr) {
			it.flipFlops[site] = 0
			return value.StrValue(strconv.Itoa(seq) + "E0")
		}
		it.flipFlops[site] = seq
		return value.IntValue(int64(seq))
	}
}
