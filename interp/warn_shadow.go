package interp

import "github.com/miniperl/miniperl/parser"

// shadowDecl records a my/our/state declaration in an open scope for
// perl's "masks earlier declaration" and "redeclared" warnings.
type shadowDecl struct {
	v    *parser.Var // the declaring node: compiling it again is no redeclaration
	stmt int         // the statement it is in (compiler.stmtSeq)
	our  int         // for our, the global's index; -1 for my and state
}

// shadowWarn gives perl's (W shadow) warnings for declaring v with kind
// (my, our or state) where the same name is already declared: in the
// same scope "\"my\" variable $x masks earlier declaration in same
// scope" (or "statement" within one statement), an our over an our of
// the same global "\"our\" variable $x redeclared", with perl's hint to
// use local when that earlier our is in an enclosing scope of the sub.
// gi is the global an our names, unused for my and state.
func (c *compiler) shadowWarn(kind string, v *parser.Var, gi int) {
	st := c.sub
	for len(st.shadow) < len(st.scopes) {
		st.shadow = append(st.shadow, nil)
	}
	key := string(v.Sigil) + v.Name
	top := len(st.scopes) - 1
	d := shadowDecl{v: v, stmt: c.stmtSeq, our: -1}
	if kind == "our" {
		d.our = gi
	}
	prev, found := st.shadow[top][key]
	if found && prev.v == v {
		return
	}
	if st.shadow[top] == nil {
		st.shadow[top] = map[string]shadowDecl{}
	}
	st.shadow[top][key] = d
	name := string(v.Sigil) + v.Name
	switch {
	case found && !(d.our >= 0 && prev.our >= 0):
		where := "scope"
		if prev.stmt == d.stmt {
			where = "statement"
		}
		c.warnCompile(wShadow, "%q variable %s masks earlier declaration in same %s", kind, name, where)
	case d.our >= 0:
		c.ourRedeclared(st, key, name, gi, found && prev.our == gi)
	}
}

// ourRedeclared warns for an our of a global that an our in an open
// scope of the sub already declared: perl's "redeclared", with a hint to
// use local when that one is in an enclosing scope. sameScope says the
// innermost scope has it.
func (c *compiler) ourRedeclared(st *subState, key, name string, gi int, sameScope bool) {
	if sameScope {
		c.warnCompile(wShadow, "\"our\" variable %s redeclared", name)
		return
	}
	for i := len(st.scopes) - 2; i >= 0; i-- {
		if p, ok := st.shadow[i][key]; ok && p.our == gi {
			c.warnCompile(wShadow, "\"our\" variable %s redeclared", name)
			c.warnCompileRaw(wShadow, "\t(Did you mean \"local\" instead of \"our\"?)\n")
			return
		}
	}
}

// warnCompileRaw records a compile-time warning line given as is, with
// no " at FILE line N." of its own.
func (c *compiler) warnCompileRaw(cat warnCat, msg string) {
	s := c.warnings()
	if s.set && s.on&cat == 0 {
		return
	}
	c.addCompileWarning(compileWarning{msg: msg, dyn: !s.set, key: c.warnKey})
}
