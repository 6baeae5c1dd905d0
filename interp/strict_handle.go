package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// placeLexicalStrict is a lexical handle of print, printf or say under
// strict refs: a handle name in a string there is an error.
const placeLexicalStrict = placeLexical + 16

// strictHandleArg compiles the handle argument of print, printf, say and
// open under strict refs, where perl refuses a handle named by a string
// ("Can't use string ("FH") as a symbol ref"); the other built-ins
// taking handles accept names. nil when strict refs is off or n names
// its handle literally (a bareword or a glob), for handleArg to compile.
func (c *compiler) strictHandleArg(n parser.Node, create bool) func(*frame) *Glob {
	if !c.strict().refs || namesHandle(n) || isDecl(n) {
		// A fresh my $fh holds no string, and compiling the declaration
		// twice would make two variables.
		return nil
	}
	if fh, ok := n.(*parser.FileHandle); ok {
		n = fh.Expr
	}
	file, line := c.file, c.line
	if create && canAutoviv(n) {
		h := c.handleArg(n, create)
		lv := c.lvalue(n)
		return func(fr *frame) *Glob {
			strictSymbol(fr, *lv(fr), file, line)
			return h(fr)
		}
	}
	f := c.scalar(n)
	return func(fr *frame) *Glob {
		v := f(fr)
		strictSymbol(fr, v, file, line)
		return fr.it.globOf(v)
	}
}

// namesHandle reports whether n names a handle itself: a bareword, a
// glob or a FileHandle without an expression.
func namesHandle(n parser.Node) bool {
	switch x := n.(type) {
	case *parser.FileHandle:
		return x.Expr == nil
	case *parser.Bareword:
		return true
	case *parser.Var:
		return x.Sigil == '*'
	case *parser.Decl:
		return x.Kind == "local"
	}
	return false
}

// strictSymbol dies as perl does under strict refs when v, used as a
// filehandle, is a string or number rather than a glob or reference.
func strictSymbol(fr *frame, v value.Scalar, file string, line int) {
	switch v.Kind() {
	case value.Glob, value.Ref, value.Undef:
		return
	}
	fr.it.dieAt(file, line, "%s", symbolicRefError(v.String(), "a symbol"))
}
