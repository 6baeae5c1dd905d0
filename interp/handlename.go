package interp

import "github.com/miniperl/miniperl/parser"

// autovivName is the name perl gives a handle glob made by open(my $fh),
// accept(my $s, ...) and the like: the variable's name ($fh), an element
// as $h{...} or $a[...], __ANONIO__ for anything else. It shows in die's
// ", <$fh> line 3".
func autovivName(n parser.Node) string {
	if d, ok := n.(*parser.Decl); ok && len(d.Vars) == 1 {
		n = d.Vars[0]
	}
	switch x := n.(type) {
	case *parser.Var:
		if x.Sigil == '$' {
			return "$" + x.Name
		}
	case *parser.Elem:
		if v, ok := x.Container.(*parser.Var); ok {
			if x.Hash {
				return "$" + v.Name + "{...}"
			}
			return "$" + v.Name + "[...]"
		}
	}
	return "__ANONIO__"
}
