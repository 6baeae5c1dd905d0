package interp

import "github.com/miniperl/miniperl/parser"

// splitWithImplicitLimit returns the right side of a list assignment,
// where a split without a limit assigned to N scalars gets the limit N+1,
// as perl gives it: ($a, $b) = split ... splits at most three fields, and
// () = split ... one.
func splitWithImplicitLimit(x *parser.Assign) parser.Node {
	call, ok := x.R.(*parser.Call)
	if !ok || call.Name != "split" || call.Amp || len(call.Args) < 1 || len(call.Args) > 2 {
		return x.R
	}
	n, ok := countScalarTargets(x.L)
	if !ok {
		return x.R
	}
	args := append([]parser.Node(nil), call.Args...)
	if len(args) == 1 {
		args = append(args, &parser.Var{Sigil: '$', Name: "_"})
	}
	lim := &parser.NumberLit{IsInt: true, Int: int64(n + 1)}
	limited := *call // keeps the position for messages
	limited.Args, limited.Paren = append(args, lim), true
	return &limited
}

// countScalarTargets counts the left side of a list assignment when it is
// made only of scalars (and undef placeholders).
func countScalarTargets(n parser.Node) (int, bool) {
	switch t := n.(type) {
	case nil:
		return 1, true
	case *parser.List:
		total := 0
		for _, it := range t.Items {
			k, ok := countScalarTargets(it)
			if !ok {
				return 0, false
			}
			total += k
		}
		return total, true
	case *parser.Decl:
		if t.Kind == "local" {
			return 0, false
		}
		total := 0
		for _, v := range t.Vars {
			k, ok := countScalarTargets(v)
			if !ok {
				return 0, false
			}
			total += k
		}
		return total, true
	case *parser.Var:
		return 1, t.Sigil == '$'
	case *parser.Elem:
		return 1, true
	}
	return 0, false
}

// freshList reports whether n in list context always builds a new slice
// that nothing else refers to, which an array may then take over.
func freshList(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.Call:
		return x.Name == "split" && !x.Amp
	case *parser.Pattern:
		return x.Op == "m" && !x.Negate
	}
	return false
}
