package interp

import (
	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// callScalar compiles a named call in scalar context: a built-in, or a
// user sub.
func (c *compiler) callScalar(x *parser.Call) scalarFn {
	if x.Name == "sort" && !x.Amp && x != c.voidSort {
		c.warnCompile(wVoid, "Useless use of sort in scalar context")
	}
	if !x.Amp {
		if f := c.builtinScalar(x); f != nil {
			return f
		}
		if l := c.builtinList(x); l != nil {
			// A list-only built-in in scalar context gives its last value
			// unless it has its own scalar form (handled above).
			return lastOf(l)
		}
	}
	call := c.userCall(x, scalarCtx)
	return func(fr *frame) value.Scalar {
		v, _ := call(fr)
		return v
	}
}

// callList compiles a named call in list context.
func (c *compiler) callList(x *parser.Call) listFn {
	return c.callListOpt(x, false)
}

// callListOpt is callList; scratch is runSubOpt's.
func (c *compiler) callListOpt(x *parser.Call, scratch bool) listFn {
	if !x.Amp {
		if l := c.builtinList(x); l != nil {
			return l
		}
		if f := c.builtinScalar(x); f != nil {
			return func(fr *frame) []value.Scalar { return []value.Scalar{f(fr)} }
		}
	}
	call := c.userCallOpt(x, listCtx, scratch)
	return func(fr *frame) []value.Scalar {
		_, vals := call(fr)
		return vals
	}
}

// callVoid compiles a named call in void context, or returns nil to use
// the scalar form.
func (c *compiler) callVoid(x *parser.Call) func(*frame) {
	if x.Amp {
		return nil
	}
	if x.Name == "eval" {
		f := c.evalString(x)
		return func(fr *frame) { f(fr, voidCtx) }
	}
	if x.Name == "print" || x.Name == "printf" || x.Name == "say" {
		return c.printVoid(x)
	}
	if _, isBuiltin := builtins.Lookup(x.Name); isBuiltin {
		return nil
	}
	call := c.userCall(x, voidCtx)
	return func(fr *frame) { call(fr) }
}

// topicOr compiles the single argument of a function that defaults to $_.
func (c *compiler) topicOr(x *parser.Call) scalarFn {
	if len(x.Args) == 0 {
		return c.scalar(&parser.Var{Sigil: '$', Name: "_"})
	}
	return c.scalar(x.Args[0])
}

// scalarArgs compiles each argument in scalar context, as functions with
// a ($$;$)-style prototype see them.
func (c *compiler) scalarArgs(x *parser.Call, min, max int) []scalarFn {
	if len(x.Args) < min {
		c.fail(x.At().Line, "Not enough arguments for %s", x.Name)
	}
	if max >= 0 && len(x.Args) > max {
		c.fail(x.At().Line, "Too many arguments for %s", x.Name)
	}
	out := make([]scalarFn, len(x.Args))
	for i, a := range x.Args {
		out[i] = c.scalar(a)
	}
	return out
}

// listArgs compiles all arguments as one flattened list.
func (c *compiler) listArgs(x *parser.Call) listFn {
	return c.list(&parser.List{Items: x.Args})
}

// unaryFn builds a one-argument built-in that defaults to $_.
func (c *compiler) unaryFn(x *parser.Call, f func(value.Scalar) value.Scalar) scalarFn {
	if len(x.Args) > 1 {
		c.fail(x.At().Line, "Too many arguments for %s", x.Name)
	}
	arg := c.topicOr(x)
	if numeric, ok := unaryWarns[x.Name]; ok {
		// The check is inline rather than a wrapped argument: these are
		// called in loops.
		cats := wUninit
		if numeric {
			cats |= wNumeric
		}
		if w := c.site(x.Name, cats); w != nil {
			var name namer
			if len(x.Args) > 0 {
				name = c.varName(x.Args[0])
			} else {
				name = func(*frame) string { return "$_" }
			}
			return func(fr *frame) value.Scalar {
				v := arg(fr)
				if k := v.Kind(); k == value.Undef || (numeric && k == value.Str) {
					w.checkNum(fr, v, name)
				}
				return f(v)
			}
		}
	}
	return func(fr *frame) value.Scalar { return f(arg(fr)) }
}

// builtinScalar compiles the built-ins that have a scalar form; nil when
// x is not one.
func (c *compiler) builtinScalar(x *parser.Call) scalarFn {
	if f := c.fileFunc(x); f != nil {
		return f
	}
	switch x.Name {
	case "print", "printf", "say":
		return c.printCall(x)
	case "open":
		return c.openCall(x)
	case "socket", "bind", "listen", "accept", "connect", "shutdown", "getsockname", "getpeername":
		return c.socketCall(x)
	case "close", "eof", "binmode", "fileno", "select":
		return c.handleFunc(x)
	case "setsockopt", "getsockopt":
		return c.sockoptCall(x)
	case "sysread", "syswrite", "read", "send", "recv", "socketpair":
		return c.sysioCall(x)
	case "vec":
		return c.vecCall(x)
	case "getprotobyname", "getprotobynumber", "gethostbyname", "gethostbyaddr", "getservbyname", "getservbyport":
		s, _ := c.netdbCall(x)
		return s
	case "die":
		return c.dieCall(x)
	case "write":
		return c.formWriteCall(x)
	case "formline":
		return c.formlineCall(x)
	case "prototype":
		return c.prototypeCall(x)
	case "tie", "tied", "untie":
		return c.tieCall(x)
	case "study":
		return c.noOpCall(x)
	case "setpgrp", "getpriority", "setpriority":
		return c.processGroupCall(x)
	case "bless":
		return c.blessCall(x)
	case "warn":
		return c.warnCall(x)
	case "exit":
		return c.exitCall(x)
	case "defined":
		return c.definedCall(x)
	case "undef":
		return c.undefCall(x)
	case "scalar":
		if len(x.Args) != 1 {
			c.fail(x.At().Line, "Not enough arguments for scalar")
		}
		return c.scalar(x.Args[0])
	case "chomp", "chop":
		return c.chompCall(x)
	case "push", "unshift":
		return c.pushCall(x)
	case "pop", "shift":
		return c.popCall(x)
	case "reverse":
		l := c.listArgs(x)
		if len(x.Args) == 0 {
			l = c.list(&parser.Var{Sigil: '$', Name: "_"})
		}
		return func(fr *frame) value.Scalar {
			vals := l(fr)
			if anyUTF8(vals) {
				return value.UTF8Value(reverseChars(value.Join(value.StrValue(""), vals).String()))
			}
			return value.StrValue(reverseString(joinValues("", vals)))
		}
	case "wantarray":
		return func(fr *frame) value.Scalar {
			switch fr.want {
			case listCtx:
				return value.IntValue(1)
			case scalarCtx:
				return value.BoolValue(false)
			}
			return value.UndefValue()
		}
	case "time":
		return func(*frame) value.Scalar { return value.IntValue(nowUnix()) }
	case "sleep":
		return c.sleepCall(x)
	case "readline":
		if len(x.Args) != 1 {
			c.fail(x.At().Line, "Not enough arguments for readline")
		}
		return c.readlineScalar(readlineOf(x.Args[0]))
	case "exists", "delete":
		return c.existsDelete(x)
	case "keys", "values", "each":
		return c.hashFuncScalar(x)
	case "ref":
		return c.unaryFn(x, refOf)
	case "eval":
		f := c.evalString(x)
		return func(fr *frame) value.Scalar { return lastValue(f(fr, scalarCtx)) }
	case "alarm":
		return c.alarmCall(x)
	case "system", "exec":
		return c.systemCall(x)
	case "reset":
		return c.resetCall(x)
	case "pos":
		t := parser.Node(&parser.Var{Sigil: '$', Name: "_"})
		if len(x.Args) > 0 {
			t = x.Args[0]
		}
		lv := c.lvalue(t)
		return func(fr *frame) value.Scalar {
			if st, ok := fr.it.posFor(lv(fr)); ok {
				return value.IntValue(int64(st.at))
			}
			return value.UndefValue()
		}
	case "require":
		return c.requireCall(x)
	case "goto":
		// goto &sub: the sub runs with the current @_ and its result is
		// the current sub's; caller sees the frame of the goto.
		if len(x.Args) == 1 {
			switch a := x.Args[0].(type) {
			case *parser.Call:
				if a.Amp && !a.Paren && a.Args == nil {
					return c.controlExpr(&parser.Control{Op: "return", Value: a})
				}
			case *parser.CallRef:
				if a.NoArgs {
					return c.controlExpr(&parser.Control{Op: "return", Value: a})
				}
			case *parser.Bareword:
				return c.gotoLabel(a.Name, x.At().Line)
			default:
				// goto $coderef is goto &$coderef.
				return c.controlExpr(&parser.Control{Op: "return", Value: &parser.CallRef{Code: a, NoArgs: true}})
			}
		}
		c.fail(x.At().Line, "goto must have label")
	case "fork":
		file, line := c.file, c.line
		return func(fr *frame) value.Scalar {
			fr.it.dieAt(file, line, forkMessage)
			return value.UndefValue()
		}
	case "map", "grep", "split":
		// In scalar context these count.
		l := c.builtinList(x)
		return func(fr *frame) value.Scalar { return value.IntValue(int64(len(l(fr)))) }
	case "unpack":
		// unpack in scalar context gives the first value.
		return c.unpackScalar(x)
	case "localtime", "gmtime":
		return c.timeScalar(x)
	case "caller":
		return c.callerScalar(x)
	case "sort", "splice":
		return nil
	}
	if f := c.stringFunc(x); f != nil {
		return f
	}
	if f := c.numericFunc(x); f != nil {
		return f
	}
	if _, ok := builtins.Lookup(x.Name); ok {
		file, line, name := c.file, c.line, x.Name
		return func(fr *frame) value.Scalar {
			fr.it.dieAt(file, line, "%s() is not supported yet", name)
			return value.UndefValue()
		}
	}
	return nil
}

// builtinList compiles the built-ins whose list form differs from their
// scalar one; nil otherwise.
func (c *compiler) builtinList(x *parser.Call) listFn {
	if l := c.fileFuncList(x); l != nil {
		return l
	}
	if f := c.deleteSliceCall(x); f != nil {
		return f
	}
	switch x.Name {
	case "reverse":
		l := c.listArgs(x)
		return func(fr *frame) []value.Scalar {
			vals := l(fr)
			for i, j := 0, len(vals)-1; i < j; i, j = i+1, j-1 {
				vals[i], vals[j] = vals[j], vals[i]
			}
			return vals
		}
	case "split":
		return c.splitCall(x)
	case "unpack":
		return c.unpackCall(x)
	case "sort":
		return c.sortCall(x)
	case "map", "grep":
		return c.mapGrep(x)
	case "keys", "values", "each":
		return c.hashFuncList(x)
	case "splice":
		return c.spliceCall(x)
	case "caller":
		return c.callerList(x)
	case "localtime", "gmtime":
		return c.timeCall(x)
	case "select":
		if len(x.Args) == 4 {
			return c.select4List(x)
		}
	case "getprotobyname", "getprotobynumber", "gethostbyname", "gethostbyaddr", "getservbyname", "getservbyport":
		_, l := c.netdbCall(x)
		return l
	case "readline":
		if len(x.Args) == 1 {
			return c.readlineList(readlineOf(x.Args[0]))
		}
	case "eval":
		f := c.evalString(x)
		return func(fr *frame) []value.Scalar { return f(fr, listCtx) }
	case "wantarray", "time":
		return nil
	}
	return nil
}
