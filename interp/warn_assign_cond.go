package interp

import "github.com/miniperl/miniperl/parser"

// condChecked compiles the condition of if, unless, while, until, a
// statement modifier, ?: or the left side of && || and or (not elsif,
// which perl leaves unchecked), giving perl's "Found = in conditional,
// should be ==" when it is a scalar assignment of a constant, the likely
// typo for a comparison.
func (c *compiler) condChecked(n parser.Node) func(*frame) bool {
	c.assignInCond(n)
	return c.cond(n)
}

// assignInCond warns, as perl's scalarboolean does, for a condition that
// assigns a constant to a scalar.
func (c *compiler) assignInCond(n parser.Node) {
	if l, ok := n.(*parser.List); ok && l.Paren && len(l.Items) == 1 {
		n = l.Items[0]
	}
	a, ok := n.(*parser.Assign)
	if !ok || a.Op != "=" || isListAssign(a.L) || !isConstExpr(a.R) {
		return
	}
	c.warnCompile(wSyntax, "Found = in conditional, should be ==")
}

// isConstExpr reports whether n is a constant perl folds at compile
// time: a number or plain string, or an operator over such constants.
func isConstExpr(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.NumberLit, *parser.StringLit:
		return true
	case *parser.List:
		return x.Paren && len(x.Items) == 1 && isConstExpr(x.Items[0])
	case *parser.Unary:
		return (x.Op == "neg" || x.Op == "!" || x.Op == "~") && isConstExpr(x.X)
	case *parser.Binary:
		switch x.Op {
		case "+", "-", "*", "/", "%", "**", ".", "x", "<<", ">>", "&", "|", "^":
			return isConstExpr(x.L) && isConstExpr(x.R)
		}
	}
	return false
}
