package interp

import (
	"os"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// scalarVar compiles a read of $name.
func (c *compiler) scalarVar(v *parser.Var) scalarFn {
	if slot, ok := c.lookup('$', v.Name); ok {
		return func(fr *frame) value.Scalar { return *fr.scalars[slot] }
	}
	if get := c.magicGet(v.Name); get != nil {
		return get
	}
	c.checkGlobal('$', v.Name)
	gi := c.globalVar('$', v.Name)
	return func(fr *frame) value.Scalar { return *fr.it.globs[gi].Scalar }
}

// scalarLvalue compiles the container of $name.
func (c *compiler) scalarLvalue(v *parser.Var) lvalueFn {
	if slot, ok := c.lookup('$', v.Name); ok {
		return func(fr *frame) *value.Scalar { return fr.scalars[slot] }
	}
	c.checkGlobal('$', v.Name)
	gi := c.globalVar('$', v.Name)
	return func(fr *frame) *value.Scalar { return fr.it.globs[gi].Scalar }
}

// arrayVar compiles @name as a container.
func (c *compiler) arrayVar(name string) arrayFn {
	if slot, ok := c.lookup('@', name); ok {
		return func(fr *frame) *value.Array { return fr.arrays[slot] }
	}
	if name == "-" || name == "+" {
		end := name == "+"
		return func(fr *frame) *value.Array { return fr.it.offsetsArray(end) }
	}
	if name == "_" {
		return func(fr *frame) *value.Array {
			if fr.args == nil {
				fr.args = &value.Array{}
			}
			return fr.args
		}
	}
	c.checkGlobal('@', name)
	gi := c.globalVar('@', name)
	return func(fr *frame) *value.Array { return fr.it.globs[gi].Array }
}

// hashVar compiles %name as a container.
func (c *compiler) hashVar(name string) hashFn {
	if slot, ok := c.lookup('%', name); ok {
		return func(fr *frame) *value.Hash { return fr.hashes[slot] }
	}
	if name == "-" || name == "+" {
		all := name == "-"
		return func(fr *frame) *value.Hash { return fr.it.namedCaptures(all) }
	}
	if name == "!" {
		return func(fr *frame) *value.Hash { return fr.it.errnoHash() }
	}
	if pkg, ok := stashName(name); ok {
		return stashHash(pkg)
	}
	c.checkGlobal('%', name)
	gi := c.globalVar('%', name)
	return func(fr *frame) *value.Hash { return fr.it.globs[gi].Hash }
}

// magicGet returns a getter for the special variables whose value is
// computed rather than stored, or nil.
func (c *compiler) magicGet(name string) scalarFn {
	switch name {
	case "~", "^", "=", "-", "%":
		return formVarGet(name)
	case "|":
		return func(fr *frame) value.Scalar {
			if h := fr.it.selected.IO; h != nil && h.Autoflush() {
				return value.IntValue(1)
			}
			return value.IntValue(0)
		}
	case "!":
		return func(fr *frame) value.Scalar { return fr.it.errnoValue() }
	case "$":
		return func(fr *frame) value.Scalar { return value.IntValue(int64(os.Getpid())) }
	case "^T":
		return func(fr *frame) value.Scalar { return fr.it.startTime() }
	case "^O":
		return func(fr *frame) value.Scalar { return value.StrValue("linux") }
	case "<", ">", "(", ")":
		return idVar(name)
	case "&", "`", "'", "+":
		return captureVar(name)
	case "^N":
		return func(fr *frame) value.Scalar { return fr.it.lastClosedGroup() }
	case "^GLOBAL_PHASE":
		return func(fr *frame) value.Scalar { return value.StrValue(fr.it.globalPhase()) }
	case ".":
		return func(fr *frame) value.Scalar {
			if g := fr.it.lastRead; g != nil && g.IO != nil {
				return value.IntValue(int64(g.IO.LineNo()))
			}
			return value.UndefValue()
		}
	}
	if f := captureVar(name); f != nil {
		return f
	}
	return nil
}

// magicSet returns a setter for special variables with side effects on
// assignment, or nil.
func (c *compiler) magicSet(name string) func(fr *frame, v value.Scalar) {
	if _, lexical := c.lookup('$', name); lexical {
		return nil
	}
	switch name {
	case "~", "^", "=", "-", "%":
		return formVarSet(name, c.pkg)
	case "|":
		return func(fr *frame, v value.Scalar) {
			if h := fr.it.selected.IO; h != nil {
				h.SetAutoflush(v.Bool())
				if v.Bool() {
					h.Flush()
				}
			}
		}
	case "!":
		return func(fr *frame, v value.Scalar) { fr.it.errno = int(v.Int()) }
	case "^T":
		return func(fr *frame, v value.Scalar) { fr.it.sys.start = v.Int() }
	case ".":
		return func(fr *frame, v value.Scalar) {
			if g := fr.it.lastRead; g != nil && g.IO != nil {
				g.IO.SetLineNo(v.Int())
			}
		}
	}
	return nil
}
