package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// The string comparisons, as codes for one switch.
const (
	scEq = iota
	scNe
	scLt
	scGt
	scLe
	scGe
	scCmp
)

// strCmpCodes maps the string comparison operators to their codes.
var strCmpCodes = map[string]int{"eq": scEq, "ne": scNe, "lt": scLt, "gt": scGt, "le": scLe, "ge": scGe, "cmp": scCmp}

// strOperand is an operand of a string comparison: a constant or a
// lexical scalar is looked at where it is, without a closure call or a
// copy of the scalar; anything else is evaluated.
type strOperand struct {
	fn   scalarFn
	k    value.Scalar
	isK  bool
	slot int // lexical slot, or -1
	// leaf reads a substr or an array element as a byte string in
	// place, when it is one; fn runs otherwise.
	leaf strLeafFn
}

func (c *compiler) strOperand(n parser.Node) strOperand {
	o := strOperand{fn: c.scalar(n), slot: -1}
	switch v := n.(type) {
	case *parser.StringLit, *parser.NumberLit, *parser.CharStringLit:
		// A literal's closure ignores its frame.
		o.k, o.isK = o.fn(nil), true
	case *parser.Var:
		if v.Sigil == '$' {
			if slot, ok := c.lookup('$', v.Name); ok {
				o.slot = slot
			}
		}
	case *parser.Call, *parser.Elem:
		o.leaf = c.strLeaf(n)
	}
	return o
}

// get evaluates the operand into t unless it can be looked at where it
// is; the result points at the value. Small enough to inline.
func (o *strOperand) get(fr *frame, t *value.Scalar) *value.Scalar {
	if o.isK {
		return &o.k
	}
	if o.slot >= 0 {
		return fr.scalars[o.slot]
	}
	return o.eval(fr, t)
}

// eval is get for an operand that is evaluated.
func (o *strOperand) eval(fr *frame, t *value.Scalar) *value.Scalar {
	if o.leaf != nil {
		if s, ok := o.leaf(fr); ok {
			*t = value.StrValue(s)
			return t
		}
	}
	*t = o.fn(fr)
	return t
}

// strCompareOperands compiles the operands and warning site of a string
// comparison as binary does; ok is false for other operators.
func (c *compiler) strCompareOperands(x *parser.Binary) (l, r strOperand, code int, w *warnSite, ln, rn namer, ok bool) {
	code, ok = strCmpCodes[x.Op]
	if !ok {
		return l, r, 0, nil, nil, nil, false
	}
	l, r = c.strOperand(x.L), c.strOperand(x.R)
	if w = c.site(opDescs[x.Op], wUninit); w != nil {
		match := !isLiteral(x.L) && !isLiteral(x.R)
		ln, rn = c.varNameMatch(x.L, match), c.varNameMatch(x.R, match)
	}
	return l, r, code, w, ln, rn, true
}

// strCond compiles eq, ne, lt, gt, le, ge and cmp used as a condition,
// straight to a bool: no result scalar is made, and two byte strings
// are compared directly. nil for other expressions.
func (c *compiler) strCond(x *parser.Binary) func(*frame) bool {
	l, r, code, w, ln, rn, ok := c.strCompareOperands(x)
	if !ok {
		return nil
	}
	return func(fr *frame) bool {
		var ta, tb value.Scalar
		pa := l.get(fr, &ta)
		pb := r.get(fr, &tb)
		if w != nil && (pa.IsUndef() || pb.IsUndef()) {
			w.str2(fr, *pa, *pb, ln, rn)
		}
		return strCompareBool(code, pa, pb)
	}
}

// strCompareBool is the truth of a string comparison; cmp is true when
// the strings differ.
func strCompareBool(code int, pa, pb *value.Scalar) bool {
	a, b := operandStrings(pa, pb)
	switch code {
	case scEq:
		return a == b
	case scNe, scCmp:
		return a != b
	}
	cmp := strings.Compare(a, b)
	switch code {
	case scLt:
		return cmp < 0
	case scGt:
		return cmp > 0
	case scLe:
		return cmp <= 0
	}
	return cmp >= 0
}

// operandStrings are the strings two comparison operands compare as:
// their bytes when both are byte strings, else both as characters.
func operandStrings(pa, pb *value.Scalar) (string, string) {
	a, aok := pa.ByteString()
	b, bok := pb.ByteString()
	if !aok || !bok {
		return strPair(*pa, *pb)
	}
	return a, b
}

// strCompareExpr compiles a string comparison for its value: perl's
// true or false, or cmp's -1, 0 or 1. Operands are read as strCond
// reads them. nil for other operators.
func (c *compiler) strCompareExpr(x *parser.Binary) scalarFn {
	l, r, code, w, ln, rn, ok := c.strCompareOperands(x)
	if !ok {
		return nil
	}
	return func(fr *frame) value.Scalar {
		var ta, tb value.Scalar
		pa := l.get(fr, &ta)
		pb := r.get(fr, &tb)
		if w != nil && (pa.IsUndef() || pb.IsUndef()) {
			w.str2(fr, *pa, *pb, ln, rn)
		}
		if code == scCmp {
			a, b := operandStrings(pa, pb)
			return value.IntValue(int64(strings.Compare(a, b)))
		}
		return value.BoolValue(strCompareBool(code, pa, pb))
	}
}
