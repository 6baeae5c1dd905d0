package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// goto LABEL, for a label on a statement of a block that encloses the
// goto in the same sub (perl's common case: a retry loop written with
// goto). The goto unwinds by panic to the statement list holding the
// label, which carries on from the labelled statement; locals and
// scopes left on the way are unwound as for die. Only statement lists
// that a goto targets install the catch, so programs without goto pay
// nothing. Jumping into a construct, or out of a sub, is a run-time
// "Can't find label", as perl says when it cannot find one.

// gotoSignal is a goto LABEL unwinding to its statement list.
type gotoSignal struct {
	label string
	fr    *frame
}

// gotoScope is a statement list being compiled that has labels.
type gotoScope struct {
	sub      *subState
	labels   map[string]int // label → index among the compiled statements
	targeted bool           // a goto inside names one of the labels
}

// listLabels returns the labels of a statement list, or nil.
func listLabels(list []*parser.Stmt) map[string]int {
	var labels map[string]int
	for _, s := range list {
		if name := stmtLabel(s); name != "" {
			if labels == nil {
				labels = map[string]int{}
			}
			labels[name] = -1
		}
	}
	return labels
}

// stmtLabel is a statement's label, or "".
func stmtLabel(s *parser.Stmt) string {
	switch {
	case s.Label != nil:
		return s.Label.Name
	case s.Rare != nil:
		return s.Rare.EndLabel
	}
	return ""
}

// gotoLabel compiles goto LABEL.
func (c *compiler) gotoLabel(label string, line int) scalarFn {
	file := c.file
	for i := len(c.gotoScopes) - 1; i >= 0; i-- {
		sc := c.gotoScopes[i]
		if sc.sub != c.sub {
			break
		}
		if _, ok := sc.labels[label]; ok {
			sc.targeted = true
			return func(fr *frame) value.Scalar {
				panic(&gotoSignal{label: label, fr: fr})
			}
		}
	}
	return func(fr *frame) value.Scalar {
		fr.it.dieAt(file, line, "Can't find label %s", label)
		return value.UndefValue()
	}
}

// gotoRunner runs a statement list that a goto can jump into.
func gotoRunner(fns []stmtFn, labels map[string]int) stmtFn {
	return func(fr *frame) ctl {
		start := 0
		for {
			r, next := runFromLabel(fns, start, labels, fr)
			if next < 0 {
				return r
			}
			start = next
		}
	}
}

// runFromLabel runs fns from start; a goto to one of labels in this
// frame gives the index to go on from.
func runFromLabel(fns []stmtFn, start int, labels map[string]int, fr *frame) (r ctl, next int) {
	next = -1
	defer func() {
		if p := recover(); p != nil {
			if g, ok := p.(*gotoSignal); ok && g.fr == fr {
				if i, ok := labels[g.label]; ok {
					r, next = ctlNormal, i
					return
				}
			}
			panic(p)
		}
	}()
	for i := start; i < len(fns); i++ {
		if r := fns[i](fr); r != ctlNormal {
			return r, -1
		}
	}
	return ctlNormal, -1
}
