package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// intCall compiles the built-in calls that can be leaves of an integer
// expression: length of a plain scalar variable, as protocol code sums
// the lengths of what it packed and unpacked
// (`$off += 4 + length($body)`). It returns nil for any other call.
func (c *compiler) intCall(x *parser.Call) intFn {
	if x.Name != "length" || x.Amp || len(x.Args) != 1 {
		return c.intCallString(x)
	}
	v, ok := x.Args[0].(*parser.Var)
	if !ok || v.Sigil != '$' || c.magicGet(v.Name) != nil {
		return c.intCallString(x)
	}
	// A string's length is its byte count; anything else (undef, whose
	// length is undef, or a number, which must be formatted first) takes
	// the general path.
	if slot, ok := c.lookup('$', v.Name); ok {
		return func(fr *frame) (int64, bool) { return strLen(fr.scalars[slot]) }
	}
	gi := c.global(c.qualify(v.Name))
	return func(fr *frame) (int64, bool) { return strLen(fr.it.globs[gi].Scalar) }
}

// strLen is the length of a byte string scalar; false for other kinds.
func strLen(v *value.Scalar) (int64, bool) {
	// A character string's length counts characters: the general path.
	return byteLen(v)
}
