package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// &$name and &{"name"} without a call: defined &$name, exists &$name and
// \&$name look the sub up without running it. perl allows these even
// under strict refs.

// symCode compiles the lookup of the sub a &$x / &{EXPR} names: a code
// reference gives its sub, a string the sub of that name in the package
// compiled in. The glob is returned too, for messages.
func (c *compiler) symCode(x *parser.CallRef) func(*frame) (*Closure, *Glob) {
	code := c.scalar(x.Code)
	pkg := c.pkg
	return func(fr *frame) (*Closure, *Glob) {
		v := code(fr)
		if v.Kind() == value.Ref {
			cl, _ := v.Pointer().(*Closure)
			return cl, nil
		}
		g := fr.it.globNamed(v.String(), pkg)
		return g.Code, g
	}
}

// symCodeDefined compiles defined &$name and exists &$name.
func (c *compiler) symCodeDefined(x *parser.CallRef) scalarFn {
	look := c.symCode(x)
	return func(fr *frame) value.Scalar {
		cl, _ := look(fr)
		return value.BoolValue(cl != nil)
	}
}

// symCodeRef compiles \&$name: a reference to the sub, or, as perl
// gives for a name with no sub yet, one that dies when called.
func (c *compiler) symCodeRef(x *parser.CallRef) scalarFn {
	look := c.symCode(x)
	file, line := c.file, c.line
	return func(fr *frame) value.Scalar {
		cl, g := look(fr)
		if cl == nil {
			if g == nil {
				fr.it.dieAt(file, line, "Not a CODE reference")
			}
			name := g.Pkg + "::" + g.Name
			cl = &Closure{name: name, native: func(fr *frame, _ []*value.Scalar, _ wantCtx) []value.Scalar {
				fr.it.dieAt(fr.it.callFile, fr.it.callLine, "Undefined subroutine &%s called", name)
				return nil
			}}
		}
		return value.RefValue(cl)
	}
}
