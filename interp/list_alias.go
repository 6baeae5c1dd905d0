package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// moreAliases compiles the foreach lists whose elements are containers
// beyond plain variables: `for (my @copy = @list)` aliases the new
// array's elements, `for (values %h)` the hash's values. nil when n is
// none of them.
func (c *compiler) moreAliases(n parser.Node) func(*frame) []*value.Scalar {
	switch x := n.(type) {
	case *parser.Assign:
		if x.Op != "=" {
			return nil
		}
		target := x.L
		if d, ok := target.(*parser.Decl); ok && len(d.Vars) == 1 && d.Kind != "local" {
			target = d.Vars[0]
		}
		v, ok := target.(*parser.Var)
		if !ok || v.Sigil != '@' {
			return nil
		}
		assign := c.listAssign(x)
		arr := c.arrayVar(v.Name)
		return func(fr *frame) []*value.Scalar {
			assign(fr)
			return arrayAliases(arr(fr))
		}
	case *parser.Call:
		if x.Name != "values" || x.Amp || len(x.Args) != 1 {
			return nil
		}
		hv, ok := x.Args[0].(*parser.Var)
		if !ok || hv.Sigil != '%' {
			return nil
		}
		h := c.hashVar(hv.Name)
		return func(fr *frame) []*value.Scalar {
			return h(fr).ValueContainers()
		}
	}
	return nil
}
