package interp

import "github.com/miniperl/miniperl/parser"

// condLogical compiles the boolean forms that need no scalar built for
// them: `A && B`, `A || B` (and `and`, `or`) as the truth of each side,
// short-circuited as perl does; `!A` and `not A`; an array, which is
// true when it has elements; and string comparisons (strCond). It
// returns nil for anything else.
func (c *compiler) condLogical(n parser.Node) func(*frame) bool {
	switch x := n.(type) {
	case *parser.Logical:
		switch x.Op {
		case "&&", "and":
			c.precedenceWarn(x)
			l, r := c.condChecked(x.L), c.cond(x.R)
			return func(fr *frame) bool { return l(fr) && r(fr) }
		case "||", "or":
			c.precedenceWarn(x)
			l, r := c.condChecked(x.L), c.cond(x.R)
			return func(fr *frame) bool { return l(fr) || r(fr) }
		}
	case *parser.Unary:
		if x.Op == "!" || x.Op == "not" {
			if _, isList := x.X.(*parser.List); isList {
				return nil
			}
			f := c.cond(x.X)
			return func(fr *frame) bool { return !f(fr) }
		}
	case *parser.Binary:
		return c.strCond(x)
	case *parser.Var:
		if x.Sigil == '@' {
			arr := c.arrayVar(x.Name)
			return func(fr *frame) bool { return arr(fr).Len() > 0 }
		}
	}
	return nil
}
