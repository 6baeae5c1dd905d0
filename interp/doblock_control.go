package interp

import (
	"github.com/miniperl/miniperl/value"
)

// loopControlOut compiles a do block that holds next, last or redo
// statements (`... or do { warn ...; next }`): the block is inside an
// expression, so a loop control leaving it unwinds to the loop as the
// expression forms do.
func (c *compiler) loopControlOut(body stmtFn) func(*frame, wantCtx) []value.Scalar {
	c.exprControl = true
	return func(fr *frame, want wantCtx) []value.Scalar {
		saved := fr.want
		fr.want = want
		r := body(fr)
		fr.want = saved
		switch r {
		case ctlNext, ctlLast, ctlRedo:
			panic(&ctlSignal{op: r, label: fr.label})
		case ctlReturn:
			if want == listCtx {
				return fr.retValues()
			}
			return []value.Scalar{fr.retOne}
		}
		return nil
	}
}
