package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// concatPart is one operand of $s .= a . b . c: read in place where it
// can be, as a string comparison's operand is (strOperand), which saves
// the closure call that is most of the cost of a short part.
type concatPart struct {
	op   strOperand
	name namer
}

// compileConcatParts compiles the operands of a chain of . operators,
// left to right, for appendConcat; with w, names for the warnings.
func (c *compiler) compileConcatParts(x *parser.Binary, w *warnSite) []concatPart {
	var parts []concatPart
	for _, n := range concatNodes(x) {
		p := concatPart{op: c.strOperand(n)}
		if w != nil && !p.op.isK {
			p.name = c.varName(n)
		}
		parts = append(parts, p)
	}
	return parts
}

// appendConcat compiles $s .= a . b . c: the parts are all evaluated
// first, as perl does, then appended in one go (value.AppendValues)
// without building the joined string. With w, undefined parts warn.
func (c *compiler) appendConcat(x *parser.Binary, lv lvalueFn, w *warnSite, finish func(*frame, *value.Scalar) value.Scalar) scalarFn {
	parts := c.compileConcatParts(x, w)
	if len(parts) > 8 {
		return nil
	}
	return func(fr *frame) value.Scalar {
		var buf [8]value.Scalar
		vals := buf[:len(parts)]
		evalConcatParts(fr, parts, vals, w)
		t := lv(fr)
		t.AppendValues(vals)
		return finish(fr, t)
	}
}

// evalConcatParts evaluates the parts into vals, left to right; with w,
// an undefined part warns as it is met.
func evalConcatParts(fr *frame, parts []concatPart, vals []value.Scalar, w *warnSite) {
	for i := range parts {
		p := &parts[i]
		vals[i] = *p.op.get(fr, &vals[i])
		if w != nil && !p.op.isK && vals[i].IsUndef() {
			w.checkStr(fr, vals[i], p.name)
		}
	}
}
