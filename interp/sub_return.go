package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// setReturn records the value of a return (or of a sub's or block's last
// statement) for the frame's context. A list-context value that is
// always exactly one scalar is kept in retOne, flagged by retSingle, so
// that `return $x * 2` allocates no one-element list; retValues makes
// the list when a caller needs one.
func (fr *frame) setReturn(sf scalarFn, lf listFn, single bool) {
	switch {
	case fr.want != listCtx:
		fr.retOne = sf(fr)
		fr.retSingle = false
	case single:
		fr.retOne = sf(fr)
		fr.ret, fr.retSingle = nil, true
	default:
		fr.ret = lf(fr)
		fr.retSingle = false
	}
}

// retValues is the list a list-context return left in the frame.
func (fr *frame) retValues() []value.Scalar {
	if fr.retSingle {
		return []value.Scalar{fr.retOne}
	}
	return fr.ret
}

// listCopied compiles n for list context for a caller that copies the
// values out before it evaluates anything else (a call's argument list,
// the items of a list): a sub called there may hand back its one value
// in a scratch slice.
func (c *compiler) listCopied(n parser.Node) listFn {
	switch x := n.(type) {
	case *parser.Call:
		return c.callListOpt(x, true)
	case *parser.CallRef:
		call := c.callRefCallOpt(x, true)
		return func(fr *frame) []value.Scalar {
			_, many := call(fr, listCtx)
			return many
		}
	}
	return c.list(n)
}

// blockScalarOf runs a compiled block for its value in scalar context, as
// blockValueOf does, without making a list of the one value: a grep or
// sort block of several statements runs once per element or comparison.
func blockScalarOf(body stmtFn) func(*frame) value.Scalar {
	return func(fr *frame) value.Scalar {
		saved := fr.want
		fr.want = scalarCtx
		r := body(fr)
		fr.want = saved
		if r != ctlReturn {
			return value.UndefValue()
		}
		return fr.retOne
	}
}
