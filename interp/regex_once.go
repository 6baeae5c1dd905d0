package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// matchOnceSite numbers an m?...? match, which matches only once until
// reset(); 0 for any other match.
func (c *compiler) matchOnceSite(x *parser.Pattern) int {
	if x.Op != "m" || !strings.HasPrefix(strings.TrimLeft(strings.TrimPrefix(x.Text, "m"), " \t\n"), "?") {
		return 0
	}
	c.nPatterns++
	return c.nPatterns
}

// resetCall compiles reset: with no argument (or an empty string) it
// re-arms every m?...? search. Resetting variables by their first letter
// (reset 'X') is refused.
func (c *compiler) resetCall(x *parser.Call) scalarFn {
	if len(x.Args) > 0 {
		if s, ok := x.Args[0].(*parser.StringLit); !ok || s.Value != "" {
			c.fail(x.At().Line, "reset with an argument (clearing variables by name) is not supported by miniperl")
		}
	}
	return func(fr *frame) value.Scalar {
		fr.it.matchedOnce = nil
		return value.IntValue(1)
	}
}

// constTargetSite numbers an m//g whose target is a literal, whose pos()
// must survive between evaluations (`1 while "aaa" =~ /a/g`); 0 for
// other matches.
func (c *compiler) constTargetSite(x *parser.Pattern) int {
	switch x.Target.(type) {
	case *parser.StringLit, *parser.NumberLit:
		c.nPatterns++
		return c.nPatterns
	}
	return 0
}

// constTarget returns the run's container for the constant of a site.
func (it *Interp) constTarget(site int, v value.Scalar) *value.Scalar {
	if p, ok := it.constTargets[site]; ok {
		return p
	}
	if it.constTargets == nil {
		it.constTargets = map[int]*value.Scalar{}
	}
	p := &v
	it.constTargets[site] = p
	return p
}
