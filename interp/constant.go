package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// useConstant compiles use constant NAME => VALUE(S) and
// use constant { NAME => VALUE, ... }: each name becomes a sub of the
// current package returning its value, defined as the program starts (in
// the order of the use statements), and a bareword from then on.
func (c *compiler) useConstant(u *parser.UseDecl) {
	if u.Args == nil {
		return
	}
	type def struct {
		full string
		vals listFn
	}
	var defs []def
	add := func(nameNode parser.Node, vals []parser.Node) {
		var name string
		switch n := nameNode.(type) {
		case *parser.StringLit:
			name = n.Value
		case *parser.Bareword:
			name = n.Name
		default:
			c.fail(u.Pos.Line, "Constant name must be a string")
		}
		full := c.pkg + "::" + name
		c.declared[full] = true
		defs = append(defs, def{full, c.list(&parser.List{Items: vals})})
	}
	switch x := u.Args.Node.(type) {
	case *parser.AnonHash:
		items := flattenList(x.List)
		for i := 0; i < len(items); i += 2 {
			var v []parser.Node
			if i+1 < len(items) {
				v = items[i+1 : i+2]
			}
			add(items[i], v)
		}
	default:
		items := flattenList(x)
		add(items[0], items[1:])
	}
	unit := c.unitIndex
	c.prog.inits = append(c.prog.inits, initStep{do: func(it *Interp, frames []*frame) {
		for _, d := range defs {
			vals := d.vals(frames[unit])
			it.glob(d.full).Code = &Closure{name: d.full, native: func(*frame, []*value.Scalar, wantCtx) []value.Scalar {
				return append([]value.Scalar(nil), vals...)
			}}
		}
	}})
}

// flattenList returns the items of a list expression.
func flattenList(n parser.Node) []parser.Node {
	if l, ok := n.(*parser.List); ok {
		var out []parser.Node
		for _, it := range l.Items {
			out = append(out, flattenList(it)...)
		}
		return out
	}
	return []parser.Node{n}
}
