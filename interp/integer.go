package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// integerOp compiles an arithmetic operator under use integer: the
// operands are truncated to integers and the result is the C result
// (division truncates toward zero, % takes the sign of the left
// operand). It returns nil for the operators use integer leaves alone.
func (c *compiler) integerOp(x *parser.Binary) scalarFn {
	var op func(a, b int64) (int64, string)
	switch x.Op {
	case "+":
		op = func(a, b int64) (int64, string) { return a + b, "" }
	case "-":
		op = func(a, b int64) (int64, string) { return a - b, "" }
	case "*":
		op = func(a, b int64) (int64, string) { return a * b, "" }
	case "/":
		op = func(a, b int64) (int64, string) {
			if b == 0 {
				return 0, "Illegal division by zero"
			}
			return a / b, ""
		}
	case "%":
		op = func(a, b int64) (int64, string) {
			if b == 0 {
				return 0, "Illegal modulus zero"
			}
			return a % b, ""
		}
	case "**":
		op = func(a, b int64) (int64, string) {
			if b < 0 {
				return 0, ""
			}
			r := int64(1)
			for ; b > 0; b-- {
				r *= a
			}
			return r, ""
		}
	default:
		return nil
	}
	l, r := c.scalar(x.L), c.scalar(x.R)
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		v, err := op(l(fr).Int(), r(fr).Int())
		if err != "" {
			fr.it.dieAt(file, line, "%s", err)
		}
		return value.IntValue(v)
	}
}
