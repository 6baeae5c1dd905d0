package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// Perl features miniperl does not have fail loudly, naming the
// construct, rather than misbehaving quietly.

// unsupportedUse rejects modules whose effect miniperl cannot give.
func (c *compiler) unsupportedUse(u *parser.UseDecl) {
	if u.Keyword == "use" && u.Module == "overload" {
		c.fail(u.Pos.Line, "Operator overloading (use overload) is not supported by miniperl")
	}
}

// tieCall compiles tie, tied and untie. No variable is ever tied, so
// tied gives undef and untie succeeds; tie itself dies.
func (c *compiler) tieCall(x *parser.Call) scalarFn {
	args := c.listArgs(x)
	file, line, name := c.file, c.line, x.Name
	return func(fr *frame) value.Scalar {
		args(fr)
		switch name {
		case "tied":
			return value.UndefValue()
		case "untie":
			return value.IntValue(1)
		}
		fr.it.dieAt(file, line, "tie is not supported by miniperl (tied variables)")
		return value.UndefValue()
	}
}

// noOpCall compiles study, a no-op since perl 5.16: it says whether
// the string could be studied (a non-empty, non-numeric byte string).
func (c *compiler) noOpCall(x *parser.Call) scalarFn {
	arg := c.topicOr(x)
	return func(fr *frame) value.Scalar {
		v := arg(fr)
		return value.BoolValue(v.Kind() == value.Str && v.String() != "" && !v.IsUTF8())
	}
}

// processGroupCall compiles setpgrp, getpriority and setpriority, which
// would act on the whole host process that miniperl runs in.
func (c *compiler) processGroupCall(x *parser.Call) scalarFn {
	args := c.listArgs(x)
	file, line, name := c.file, c.line, x.Name
	return func(fr *frame) value.Scalar {
		args(fr)
		fr.it.dieAt(file, line, "%s() is not supported by miniperl: it would act on the whole host process", name)
		return value.UndefValue()
	}
}
