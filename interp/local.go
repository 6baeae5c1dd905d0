package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// localSave is one value saved by `local`, restored when the enclosing
// block is left.
type localSave struct {
	restore func()
}

// unwindLocals restores everything localised since mark.
func (it *Interp) unwindLocals(mark int) {
	for len(it.locals) > mark {
		s := it.locals[len(it.locals)-1]
		it.locals = it.locals[:len(it.locals)-1]
		s.restore()
	}
}

// localTargets compiles `local X` into assignment targets that first
// save X's current value.
func (c *compiler) localTargets(d *parser.Decl) []target {
	c.usesLocal = true
	var out []target
	for _, v := range d.Vars {
		out = append(out, c.localTarget(v))
	}
	return out
}

func (c *compiler) localTarget(n parser.Node) target {
	switch x := n.(type) {
	case *parser.Var:
		if _, lexical := c.lookup(x.Sigil, x.Name); lexical && x.Sigil != '*' {
			c.fail(x.At().Line, "Can't localize lexical variable %c%s", x.Sigil, x.Name)
		}
		gi := c.global(c.qualify(x.Name))
		switch x.Sigil {
		case '$':
			set := c.magicSet(x.Name)
			get := c.magicGet(x.Name)
			return target{scalar: func(fr *frame) *value.Scalar {
				g := fr.it.globs[gi]
				saved := g.Scalar
				var savedMagic value.Scalar
				if get != nil {
					savedMagic = get(fr)
				}
				g.Scalar = new(value.Scalar)
				local := g.Scalar
				fr.it.locals = append(fr.it.locals, localSave{func() {
					if fr.it.rc {
						old := *local
						*local = value.UndefValue()
						fr.it.decRef(old)
					}
					g.Scalar = saved
					if set != nil {
						set(fr, savedMagic)
					}
				}})
				return g.Scalar
			}}
		case '@':
			return target{array: func(fr *frame) *value.Array {
				g := fr.it.globs[gi]
				saved := g.Array
				g.Array = &value.Array{}
				local := g.Array
				fr.it.locals = append(fr.it.locals, localSave{func() { g.Array = saved; fr.it.arrayClear(local) }})
				return g.Array
			}}
		case '*':
			// local *FH: the whole glob, its handle included, is
			// saved and emptied (the capture-STDOUT idiom).
			return target{scalar: func(fr *frame) *value.Scalar {
				return fr.it.localGlob(fr.it.globs[gi])
			}}
		case '%':
			return target{hash: func(fr *frame) *value.Hash {
				g := fr.it.globs[gi]
				saved := g.Hash
				g.Hash = value.NewHash()
				local := g.Hash
				fr.it.locals = append(fr.it.locals, localSave{func() { g.Hash = saved; fr.it.hashClear(local) }})
				return g.Hash
			}}
		}
	case *parser.Elem:
		if x.Hash {
			// local $h{k}: the element is undef for the scope, and a key
			// that did not exist before is deleted again afterwards.
			h := c.hashOf(x.Container, true)
			key := c.hashKey(x.Key)
			return target{scalar: func(fr *frame) *value.Scalar {
				hv, k := h(fr), key(fr)
				existed := hv.Exists(k)
				p := hv.Elem(k)
				saved := *p
				// The saved value keeps the element's count until it is
				// put back (store counts it again, decRef evens that).
				*p = value.UndefValue()
				fr.it.locals = append(fr.it.locals, localSave{func() {
					if existed {
						fr.it.store(hv.Elem(k), saved)
					} else {
						fr.it.store(hv.Elem(k), value.UndefValue())
						hv.Delete(k)
					}
					fr.it.decRef(saved)
				}})
				return p
			}}
		}
		lv := c.elemLvalue(x)
		return target{scalar: func(fr *frame) *value.Scalar {
			p := lv(fr)
			saved := *p
			// The saved value keeps the element's count until it is put
			// back (store counts it again, decRef evens that); the
			// element starts undefined, as in perl.
			*p = value.UndefValue()
			fr.it.locals = append(fr.it.locals, localSave{func() {
				fr.it.store(p, saved)
				fr.it.decRef(saved)
			}})
			return p
		}}
	}
	c.fail(n.At().Line, "Can't localize %s", describe(n))
	return target{}
}

// withLocals wraps a block that uses local so that its saved values are
// restored however the block is left.
func withLocals(body stmtFn) stmtFn {
	return func(fr *frame) ctl {
		mark := len(fr.it.locals)
		defer fr.it.unwindLocals(mark)
		return body(fr)
	}
}
