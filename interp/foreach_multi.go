package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// foreachMulti compiles for my ($k, $v) (LIST): each iteration aliases
// the next few elements; missing ones at the end are undef.
func (c *compiler) foreachMulti(s *parser.ForStmt, label string) stmtFn {
	c.pushScope()
	defer c.popScope()
	var listExpr parser.Node = &parser.List{}
	if s.Init != nil {
		listExpr = s.Init.Node
	}
	elems := c.aliases(listExpr)
	slots := make([]int, len(s.Var.Names))
	for i, n := range s.Var.Names {
		slots[i] = c.declare('$', n[1:])
	}
	body, cont := c.loopBody(s.Body, s.Continue)
	return func(fr *frame) ctl {
		es := elems(fr)
		for i := 0; i < len(es); i += len(slots) {
			fr.it.tick()
			for k, slot := range slots {
				if i+k < len(es) {
					fr.scalars[slot] = es[i+k]
				} else {
					fr.scalars[slot] = new(value.Scalar)
				}
			}
			if stop, out := iterationCont(fr, body, cont, label); stop {
				return out
			}
		}
		return ctlNormal
	}
}
