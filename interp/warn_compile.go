package interp

import (
	"strconv"

	"github.com/miniperl/miniperl/parser"
)

// voidWarn gives perl's "Useless use of ... in void context" for an
// expression statement whose value is thrown away.
func (c *compiler) voidWarn(x parser.Node) {
	switch n := x.(type) {
	case *parser.StringLit:
		c.warnCompilePhase(phaseVoid, wVoid, "Useless use of a constant (%s) in void context", strconv.Quote(n.Value))
	case *parser.NumberLit:
		if n.IsInt && (n.Int == 0 || n.Int == 1) {
			return
		}
		v := c.scalar(n)(nil)
		c.warnCompilePhase(phaseVoid, wVoid, "Useless use of a constant (%s) in void context", v.String())
	case *parser.Var:
		what := "a variable"
		if _, ok := c.lookup(n.Sigil, n.Name); ok {
			switch n.Sigil {
			case '$':
				what = "private variable"
			case '@':
				what = "private array"
			case '%':
				what = "private hash"
			}
		}
		if n.Sigil == '$' || n.Sigil == '@' || n.Sigil == '%' {
			c.warnCompilePhase(phaseVoid, wVoid, "Useless use of %s in void context", what)
		}
	case *parser.Binary:
		if d, ok := opDescs[n.Op]; ok {
			c.warnCompilePhase(phaseVoid, wVoid, "Useless use of %s in void context", d)
		}
	case *parser.Call:
		if n.Name == "sort" && !n.Amp {
			c.warnCompilePhase(phaseVoid, wVoid, "Useless use of sort in void context")
			c.voidSort = n
		}
	}
}

// sliceWarn gives "Scalar value @a[0] better written as $a[0]" for a
// slice of one constant subscript.
func (c *compiler) sliceWarn(x *parser.Slice) {
	v, ok := x.Container.(*parser.Var)
	if !ok || x.KV {
		return
	}
	key := x.Keys
	if l, ok := key.(*parser.List); ok && len(l.Items) == 1 {
		key = l.Items[0]
	}
	var sub string
	switch k := key.(type) {
	case *parser.NumberLit:
		if !k.IsInt {
			return
		}
		sub = strconv.FormatInt(k.Int, 10)
	case *parser.StringLit:
		sub = strconv.Quote(k.Value)
	case *parser.Var:
		if k.Sigil != '$' {
			return
		}
		sub = "..."
	default:
		return
	}
	open, close := "[", "]"
	if x.Hash {
		open, close = "{", "}"
	}
	c.warnCompilePhase(phasePeep, wSyntax, "Scalar value @%s%s%s%s better written as $%s%s%s%s", v.Name, open, sub, close, v.Name, open, sub, close)
}

// precedenceWarn gives perl's warning for `return $x or die`, where the
// low-precedence operator can never see the return's value.
func (c *compiler) precedenceWarn(x *parser.Logical) {
	if x.Op != "or" && x.Op != "and" && x.Op != "||" && x.Op != "&&" && x.Op != "xor" && x.Op != "//" {
		return
	}
	if ctl, ok := x.L.(*parser.Control); ok && ctl.Op != "" {
		c.warnCompile(wSyntax, "Possible precedence issue with control flow operator")
	}
}

// comparisonOps are the operators whose result under a bitwise operator
// suggests a precedence mistake.
var comparisonOps = map[string]bool{
	"==": true, "!=": true, "<": true, ">": true, "<=": true, ">=": true,
	"eq": true, "ne": true, "lt": true, "gt": true, "le": true, "ge": true,
}

// bitopWarn gives "Possible precedence problem on bitwise | operator"
// when an operand of & | ^ is an unparenthesised comparison perl would
// not fold to a constant.
func (c *compiler) bitopWarn(x *parser.Binary) {
	if x.Op != "&" && x.Op != "|" && x.Op != "^" {
		return
	}
	for _, n := range []parser.Node{x.L, x.R} {
		b, ok := n.(*parser.Binary)
		if !ok || !comparisonOps[b.Op] || (isLiteral(b.L) && isLiteral(b.R)) {
			continue
		}
		c.warnCompile(wPrecedence, "Possible precedence problem on bitwise %s operator", x.Op)
		return
	}
}

func isLiteral(n parser.Node) bool {
	switch n.(type) {
	case *parser.NumberLit, *parser.StringLit:
		return true
	}
	return false
}
