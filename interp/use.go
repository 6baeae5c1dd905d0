package interp

import (
	"strconv"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
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
	if v := u.Version; v != "" || (len(u.Module) > 1 && u.Module[0] == 'v' && u.Module[1] >= '0' && u.Module[1] <= '9') {
		// use VERSION; from 5.12 on it also turns on strict, as in perl.
		if v == "" {
			v = u.Module
		}
		if u.Keyword == "use" && versionMinor(v) >= 11 {
			c.setStrict(&parser.UseDecl{Keyword: "use", Module: "strict", Pos: u.Pos})
		}
		if versionMinor(v) >= 12 {
			c.strictStack[len(c.strictStack)-1].unicodeStrings = u.Keyword == "use"
		}
		return nil
	}
	if u.Module == "strict" {
		c.setStrict(u)
		return nil
	}
	c.unsupportedUse(u)
	if u.Module == "warnings" {
		c.setWarnings(u)
		if u.Keyword == "use" {
			c.prog.warnings = true
		}
		return nil
	}
	if u.Module == "integer" {
		c.strictStack[len(c.strictStack)-1].integer = u.Keyword == "use"
		return nil
	}
	if u.Module == "vars" {
		names, _ := c.constantList(u)
		for _, n := range names {
			if len(n) > 1 {
				c.ours[n[:1]+c.qualify(n[1:])] = true
			}
		}
		return nil
	}
	if u.Module == "feature" {
		names, _ := c.constantList(u)
		for _, n := range names {
			if n == "unicode_strings" || n == ":all" || (strings.HasPrefix(n, ":5.") && versionMinor(n[1:]) >= 12) {
				c.strictStack[len(c.strictStack)-1].unicodeStrings = u.Keyword == "use"
			}
		}
		return nil
	}
	if u.Module == "open" {
		c.useOpen(u)
		return nil
	}
	if u.Module == "utf8" {
		c.strictStack[len(c.strictStack)-1].utf8 = u.Keyword == "use"
		return nil
	}
	if ok := pragmas[u.Module]; ok {
		if u.Module == "warnings" && u.Keyword == "use" {
			c.prog.warnings = true
		}
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
		if c.rt != nil {
			// Compiled while the program runs (eval "use lib ..."): the
			// run's @INC changes now, as perl's BEGIN-time use lib does.
			inc := c.rt.glob("main::INC").Array
			vals := make([]value.Scalar, len(dirs))
			for i, d := range dirs {
				vals[i] = value.StrValue(d)
			}
			inc.Unshift(vals...)
		}
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

// versionMinor reads the minor version of a perl version: 10 for "5.010",
// "5.10.1" or "v5.10".
func versionMinor(v string) int {
	v = strings.TrimPrefix(v, "v")
	_, rest, ok := strings.Cut(v, ".")
	if !ok {
		return 0
	}
	if !strings.Contains(rest, ".") && !strings.HasPrefix(v, "v") && len(rest) >= 3 {
		// 5.010001: three digits a component.
		rest = rest[:3]
	} else if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	n, _ := strconv.Atoi(strings.TrimLeft(rest, "0"))
	return n
}
