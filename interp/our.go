package interp

import "strings"

// globalVar returns the index of the package variable a name refers to:
// the one an enclosing `our` declared under that name (which stays
// visible across package statements, as a lexical alias), or the name in
// the current package.
func (c *compiler) globalVar(sigil byte, name string) int {
	if !strings.Contains(name, "::") {
		if gi, ok := ourAlias(c.sub, sigil, name); ok {
			return gi
		}
	}
	return c.global(c.qualify(name))
}

// ourAlias finds an `our` declaration of sigil+name in the enclosing
// lexical scopes; a `my` of the same name found first hides it.
func ourAlias(st *subState, sigil byte, name string) (int, bool) {
	key := string(sigil) + name
	ourKey := "our" + key
	for ; st != nil; st = st.parent {
		for i := len(st.scopes) - 1; i >= 0; i-- {
			if gi, ok := st.scopes[i][ourKey]; ok {
				return gi, true
			}
			if _, ok := st.scopes[i][key]; ok {
				return 0, false
			}
		}
	}
	return 0, false
}
