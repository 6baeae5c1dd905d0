package interp

import "github.com/miniperl/miniperl/parser"

// adoptableList reports whether n in list context always returns a slice
// built for this evaluation that nothing else refers to or reuses, so an
// array assigned from it may take it over as its storage instead of
// copying it (`my @s = sort { ... } @n`, `@w = map { ... } @x`). sort and
// reverse reorder their argument list in place, so they are fresh when
// it is.
func adoptableList(n parser.Node) bool {
	if freshList(n) {
		return true
	}
	switch x := n.(type) {
	case *parser.List:
		if len(x.Items) == 1 {
			return adoptableList(x.Items[0])
		}
		// Two or more items are gathered into a new slice.
		return len(x.Items) > 1
	case *parser.Var:
		// Values() and hashList copy out.
		return x.Sigil == '@' || x.Sigil == '%'
	case *parser.Deref:
		return x.Sigil == '@' || x.Sigil == '%'
	case *parser.Range, *parser.WordList:
		return true
	case *parser.Call:
		if x.Amp {
			return false
		}
		switch x.Name {
		case "map", "grep":
			return true
		case "keys", "values":
			return len(x.Args) == 1
		case "sort", "reverse":
			return adoptableList(&parser.List{Items: x.Args})
		}
	}
	return false
}
