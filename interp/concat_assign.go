package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// concatPart is one operand of $s .= a . b . c: a constant, a lexical
// scalar read straight from its slot, or any other expression. The first
// two need no closure call, which is most of the cost of a short part.
type concatPart struct {
	fn    scalarFn
	konst value.Scalar
	slot  int // lexical slot, or -1
	isK   bool
	name  namer
}

// compileConcatParts compiles the operands of a chain of . operators,
// left to right, for appendConcat; with w, names for the warnings.
func (c *compiler) compileConcatParts(x *parser.Binary, w *warnSite) []concatPart {
	var parts []concatPart
	for _, n := range concatNodes(x) {
		p := concatPart{fn: c.scalar(n), slot: -1}
		switch v := n.(type) {
		case *parser.StringLit, *parser.NumberLit, *parser.CharStringLit:
			// A literal's closure ignores its frame.
			p.konst, p.isK = p.fn(nil), true
		case *parser.Var:
			if v.Sigil == '$' {
				if slot, ok := c.lookup('$', v.Name); ok {
					p.slot = slot
				}
			}
		}
		if w != nil && !p.isK {
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
		switch {
		case p.isK:
			vals[i] = p.konst
			continue
		case p.slot >= 0:
			vals[i] = *fr.scalars[p.slot]
		default:
			vals[i] = p.fn(fr)
		}
		if w != nil && vals[i].IsUndef() {
			w.checkStr(fr, vals[i], p.name)
		}
	}
}
