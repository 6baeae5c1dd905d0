package interp

import (
	"fmt"
	"strings"

	"github.com/miniperl/miniperl/parser"
)

// strictness is the state of `use strict` in a lexical scope.
type strictness struct {
	vars, refs, subs bool
	// utf8 is use utf8: string literals in the source are characters.
	utf8 bool
	// unicodeStrings is the unicode_strings feature: case mapping of
	// byte strings uses Unicode rules for 0x80-0xFF too.
	unicodeStrings bool
	// openLayer is the default layer use open gives open() (":utf8").
	openLayer string
	// integer is use integer, which is scoped the same way.
	integer bool
}

// strict returns the strictness in force where the compiler is.
func (c *compiler) strict() strictness {
	if len(c.strictStack) == 0 {
		return strictness{}
	}
	return c.strictStack[len(c.strictStack)-1]
}

// setStrict changes the strictness of the current scope for use/no strict
// with an optional list of 'vars', 'refs', 'subs'.
func (c *compiler) setStrict(u *parser.UseDecl) {
	on := u.Keyword == "use"
	names, ok := c.constantList(u)
	if !ok || names == nil {
		names = []string{"vars", "refs", "subs"}
	}
	s := c.strict()
	for _, n := range names {
		switch n {
		case "vars":
			s.vars = on
		case "refs":
			s.refs = on
		case "subs":
			s.subs = on
		default:
			c.fail(u.Pos.Line, "Unknown 'strict' tag(s) '%s'", n)
		}
	}
	c.strictStack[len(c.strictStack)-1] = s
}

// strictExempt are the names strict vars allows unqualified: the ones
// perl keeps in main, and sort's $a and $b.
var strictExempt = map[string]bool{
	"ENV": true, "INC": true, "ARGV": true, "ARGVOUT": true, "SIG": true,
	"STDIN": true, "STDOUT": true, "STDERR": true, "_": true,
}

// checkGlobal reports, under strict vars, a global named without a
// package and not declared with our or use vars. The error is collected
// and compilation goes on, so that perl's list of errors comes out whole.
func (c *compiler) checkGlobal(sigil byte, name string) {
	if !c.strict().vars || strings.Contains(name, "::") || strings.Contains(name, "'") ||
		name == "" || !isIdentStart(name[0]) || strictExempt[name] ||
		(sigil == '$' && (name == "a" || name == "b")) || c.isOur(string(sigil)+c.pkg+"::"+name) {
		return
	}
	if sigil == '#' {
		sigil = '@'
	}
	c.errorf("Global symbol \"%c%s\" requires explicit package name (did you forget to declare \"my %c%s\"?) at %s line %d.",
		sigil, name, sigil, name, c.file, c.line)
}

// errorf collects a compile error; duplicates (the same construct
// compiled for two contexts) are reported once.
func (c *compiler) errorf(format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	for _, e := range c.errors {
		if e == msg {
			return
		}
	}
	c.errors = append(c.errors, msg)
}

// symbolicRefError is strict refs' message for a string used as a
// reference; kind is "an ARRAY", "a HASH", "a SCALAR" or "a subroutine".
func symbolicRefError(s, kind string) string {
	return fmt.Sprintf("Can't use string (\"%.32s\"%s) as %s ref while \"strict refs\" in use", s, ellipsis(s), kind)
}

func ellipsis(s string) string {
	if len(s) > 32 {
		return "..."
	}
	return ""
}
