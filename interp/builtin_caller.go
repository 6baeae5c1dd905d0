package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// subName is the full name caller gives a sub: Pkg::name, or
// Pkg::__ANON__ for an anonymous one.
func subName(code *subCode) string {
	if strings.Contains(code.name, "::") {
		return code.name
	}
	return code.pkg + "::" + code.name
}

// callerList compiles caller and caller(EXPR) in list context: without
// an argument (package, file, line); with one, perl's eleven values
// (package, file, line, sub, hasargs, wantarray, evaltext, is_require,
// hints, bitmask, hinthash), of which miniperl knows the first eight.
// Evals count as frames named "(eval)", as in perl (caller_eval.go).
func (c *compiler) callerList(x *parser.Call) listFn {
	var level scalarFn
	if len(x.Args) > 0 {
		level = c.scalar(x.Args[0])
	}
	return func(fr *frame) []value.Scalar {
		var n int64
		if level != nil {
			n = level(fr).Int()
		}
		return fr.it.callerValues(fr, n, level != nil)
	}
}

// callerScalar compiles caller in scalar context: the calling package,
// or undef at the top level.
func (c *compiler) callerScalar(x *parser.Call) scalarFn {
	l := c.callerList(x)
	return func(fr *frame) value.Scalar {
		vals := l(fr)
		if len(vals) == 0 {
			return value.UndefValue()
		}
		return vals[0]
	}
}
