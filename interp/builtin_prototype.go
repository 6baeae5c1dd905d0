package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// coreProtos are the prototypes prototype("CORE::name") gives for the
// built-ins scripts ask about; the others give undef.
var coreProtos = map[string]string{
	"push": `\@@`, "unshift": `\@@`, "pop": `;\@`, "shift": `;\@`, "splice": `\@;$$@`,
	"keys": `\[%@]`, "values": `\[%@]`, "each": `\[%@]`, "length": `_`, "defined": "",
	"abs": `_`, "lc": `_`, "uc": `_`, "ord": `_`, "chr": `_`, "join": `$@`, "time": ``,
	"open": `*;$@`, "close": `;*`, "binmode": `*;$`, "sprintf": `$@`, "ref": `_`,
	"rand": `;$`, "int": `_`, "hex": `_`, "oct": `_`, "sleep": `;$`, "die": `@`, "warn": `@`,
}

// prototypeCall compiles prototype FUNCTION: the prototype of a sub
// named by a string or given as a code reference, or undef when it has
// none.
func (c *compiler) prototypeCall(x *parser.Call) scalarFn {
	arg := c.topicOr(x)
	pkg := c.pkg
	return func(fr *frame) value.Scalar {
		v := arg(fr)
		var full string
		if cl, ok := v.Pointer().(*Closure); ok && v.Kind() == value.Ref {
			if cl.code == nil || cl.name == "" || strings.HasSuffix(cl.name, "__ANON__") {
				return value.UndefValue()
			}
			full = cl.name
		} else {
			name := strings.TrimPrefix(v.String(), "&")
			if core, ok := strings.CutPrefix(name, "CORE::"); ok {
				if p, known := coreProtos[core]; known && core != "defined" {
					return value.StrValue(p)
				}
				return value.UndefValue()
			}
			switch {
			case strings.HasPrefix(name, "::"):
				full = "main" + name
			case strings.Contains(name, "::"):
				full = name
			default:
				full = pkg + "::" + name
			}
		}
		if p, ok := fr.it.prog.protos[full]; ok {
			return value.StrValue(p)
		}
		return value.UndefValue()
	}
}
