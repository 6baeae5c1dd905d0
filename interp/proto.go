package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
)

// applyProto rewrites the arguments of a call to a sub with a prototype
// the way perl compiles them: `\@` and `\%` (and `\[@%]`) pass a
// reference to the array or hash written there, `$` gives its argument
// scalar context. &name(...) calls bypass prototypes, as in perl.
func (c *compiler) applyProto(x *parser.Call) *parser.Call {
	if x.Amp {
		return x
	}
	proto, ok := c.protos[c.qualify(x.Name)]
	if !ok {
		return x
	}
	args := x.Args
	if len(args) == 1 {
		if l, ok := args[0].(*parser.List); ok && !l.Paren {
			args = l.Items
		}
	}
	if x.Block == nil {
		c.checkProtoArity(x, c.qualify(x.Name), proto, len(args))
	}
	if proto == "" {
		return x
	}
	out := make([]parser.Node, 0, len(args))
	changed := false
	i := 0
	p := 0
	for ; p < len(proto) && i < len(args); p++ {
		switch ch := proto[p]; ch {
		case ';':
			continue
		case '\\':
			p++
			if p < len(proto) && proto[p] == '[' {
				for p < len(proto) && proto[p] != ']' {
					p++
				}
			}
			out = append(out, &parser.Unary{Op: "\\", X: args[i]})
			changed = true
		case '$', '_':
			out = append(out, &parser.Call{Name: "scalar", Args: []parser.Node{args[i]}, Paren: true})
			changed = true
		case '@', '%':
			out = append(out, args[i:]...)
			i = len(args)
			continue
		default:
			out = append(out, args[i])
		}
		i++
	}
	if i == len(args) && p < len(proto) && strings.TrimLeft(proto[p:], ";") != "" && strings.TrimLeft(proto[p:], ";")[0] == '_' {
		// A missing (_) argument is $_.
		out = append(out, &parser.Var{Sigil: '$', Name: "_"})
		changed = true
	}
	if !changed {
		return x
	}
	out = append(out, args[i:]...)
	cp := *x
	cp.Args = out
	return &cp
}
