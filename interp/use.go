package interp

import (
	"github.com/miniperl/miniperl/parser"
)

// pragmas are the modules use accepts today. strict and warnings are
// accepted and not yet enforced; the others change nothing miniperl does.
var pragmas = map[string]bool{
	"strict": true, "warnings": true, "utf8": true, "feature": true,
	"vars": false, "integer": false,
}

// use compiles use/no MODULE LIST. Modules miniperl does not have fail as
// perl fails for a module that is not installed.
func (c *compiler) use(u *parser.UseDecl) stmtFn {
	if u.Version != "" {
		return nil
	}
	if ok := pragmas[u.Module]; ok {
		return nil
	}
	if u.Module == "parent" || u.Module == "base" {
		// use parent LIST: the classes become @ISA entries as the program
		// starts, before any of its code runs, as a BEGIN-time push would.
		names, ok := c.constantList(u)
		if !ok {
			c.fail(u.Pos.Line, "use %s: the class list must be constant strings", u.Module)
		}
		for _, n := range names {
			if n != "-norequire" {
				c.prog.inherits = append(c.prog.inherits, [2]string{c.pkg, n})
			}
		}
		return nil
	}
	if u.Module == "constant" {
		c.useConstant(u)
		return nil
	}
	if u.Module == "lib" {
		dirs, ok := c.constantList(u)
		if !ok {
			c.fail(u.Pos.Line, "use lib: the directories must be constant strings")
		}
		c.inc = append(append([]string(nil), dirs...), c.inc...)
		return nil
	}
	if m := builtinModule(u.Module); m != nil {
		if u.Keyword == "use" {
			c.importModule(u, m)
		}
		return nil
	}
	if u.Keyword == "no" {
		return nil
	}
	c.requireModule(u, false)
	return nil
}
