package interp

import "github.com/miniperl/miniperl/parser"

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
	switch {
	case max >= 0 && nargs > max:
		c.fail(x.At().Line, "Too many arguments for %s", full)
	case nargs < min:
		c.fail(x.At().Line, "Not enough arguments for %s", full)
	}
}
