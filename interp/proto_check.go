package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
)

// protoArity is how many arguments a prototype takes: at least min, at
// most max (max < 0: any number).
func protoArity(proto string) (min, max int) {
	optional := false
	for p := 0; p < len(proto); p++ {
		switch proto[p] {
		case ';':
			optional = true
			continue
		case '@', '%':
			return min, -1
		case '\\':
			p++
			if p < len(proto) && proto[p] == '[' {
				for p < len(proto) && proto[p] != ']' {
					p++
				}
			}
		case '_':
			// $_ stands in for a missing last argument.
			optional = true
		case ' ':
			continue
		}
		max++
		if !optional {
			min++
		}
	}
	return min, max
}

// checkProtoArity gives perl's compile-time error for a call of a sub
// with a prototype that has too many or too few arguments.
func (c *compiler) checkProtoArity(x *parser.Call, full, proto string, nargs int) {
	min, max := protoArity(proto)
	// perl queues these and goes on compiling, then aborts.
	switch {
	case max >= 0 && nargs > max:
		c.errorf("Too many arguments for %s at %s line %d.", full, c.file, x.At().Line)
	case nargs < min:
		c.errorf("Not enough arguments for %s at %s line %d.", full, c.file, x.At().Line)
	}
}

// subCallModify is the message for assigning to a call of a user sub:
// perl's for a plain sub, or that miniperl lacks :lvalue subs. It is ""
// when n is not such a call.
func (c *compiler) subCallModify(n parser.Node) string {
	var name string
	switch x := n.(type) {
	case *parser.Call:
		if _, builtin := builtins.Lookup(x.Name); builtin && !x.Amp {
			return ""
		}
		name = x.Name
	case *parser.Bareword:
		name = x.Name
	default:
		return ""
	}
	full := c.qualify(name)
	if c.lvalueSubs[full] {
		return "lvalue subroutines (:lvalue) are not supported by miniperl: &" + full + " cannot be assigned to"
	}
	if !c.declared[full] {
		return ""
	}
	return "Can't modify non-lvalue subroutine call of &" + full + " in scalar assignment"
}
