package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// callerFrame is the sub frame caller(level) describes: level 0 is the
// sub running the caller call. It is nil at the top level or past the
// outermost sub. Frames of eval blocks are not counted: miniperl runs
// eval BLOCK in the frame of its sub, so caller never reports "(eval)".
func callerFrame(fr *frame, level int64) *frame {
	f := fr
	for i := int64(0); f != nil && i < level; i++ {
		f = f.caller
	}
	if f == nil || f.caller == nil || f.code == nil {
		return nil
	}
	return f
}

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
// hints, bitmask, hinthash), of which miniperl knows the first six.
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
		f := callerFrame(fr, n)
		if f == nil {
			return nil
		}
		out := []value.Scalar{value.StrValue(f.callPkg), value.StrValue(f.callFile), value.IntValue(int64(f.callLine))}
		if level == nil {
			return out
		}
		want := value.UndefValue()
		switch f.want {
		case listCtx:
			want = value.IntValue(1)
		case scalarCtx:
			want = value.StrValue("")
		}
		return append(out, value.StrValue(subName(f.code)), value.IntValue(1), want,
			value.UndefValue(), value.UndefValue(), value.IntValue(0), value.StrValue(""), value.UndefValue())
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
