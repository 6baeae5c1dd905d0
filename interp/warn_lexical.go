package interp

import (
	"strings"

	"github.com/miniperl/miniperl/parser"
)

// qwWarn gives perl's (W qw) warnings for a qw() list that looks like a
// mistake: words with commas, or a word starting with #.
func (c *compiler) qwWarn(x *parser.WordList) {
	var comma, comment bool
	for _, w := range x.Words {
		comma = comma || strings.Contains(w, ",")
		comment = comment || strings.HasPrefix(w, "#")
	}
	if comma {
		c.warnCompile(wQw, "Possible attempt to separate words with commas")
	}
	if comment {
		c.warnCompile(wQw, "Possible attempt to put comments in qw() list")
	}
}

// aggregateTargetWarn gives perl's (W misc) warning for a pattern
// operator bound to an array or hash, which sees only its scalar value:
// "Applying pattern match (m//) to @a will act on scalar(@a)".
func (c *compiler) aggregateTargetWarn(x *parser.Pattern) {
	var sigil byte
	var name string
	switch t := x.Target.(type) {
	case *parser.Var:
		if t.Sigil == '@' || t.Sigil == '%' {
			sigil, name = t.Sigil, t.Name[strings.LastIndex(t.Name, "::")+1:]
			name = strings.TrimPrefix(name, ":")
		}
	case *parser.Deref:
		switch t.Sigil {
		case '@':
			sigil, name = '@', "array"
		case '%':
			sigil, name = '%', "hash"
		}
	}
	if sigil == 0 {
		return
	}
	op := "pattern match (m//)"
	switch x.Op {
	case "s":
		op = "substitution (s///)"
	case "tr", "y":
		op = "transliteration (tr///)"
	}
	c.warnCompile(wMisc, "Applying %s to %c%s will act on scalar(%c%s)", op, sigil, name, sigil, name)
}
