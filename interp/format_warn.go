package interp

import (
	"fmt"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// formatWarner gives sprintf's and printf's warnings in perl's order: as
// each argument is formatted, "Use of uninitialized value" for an
// undefined one or "isn't numeric" for a string a numeric conversion
// reads; then "Missing argument" for each one the format lacks, or
// "Redundant argument" when it was given more than it uses.
type formatWarner struct {
	uninit *warnSite
	names  func(*frame, int) string
	other  *warnSite // numeric, missing and redundant
}

// formatWarner compiles the warnings of sprintf or printf (op) over the
// argument nodes, format first; nil when no warning can be on there.
func (c *compiler) formatWarner(op string, argNodes []parser.Node) *formatWarner {
	if len(argNodes) == 1 {
		// printf FH ("%d\n", $x): the parenthesised list is the arguments.
		if l, ok := argNodes[0].(*parser.List); ok && l.Paren {
			argNodes = l.Items
		}
	}
	fw := &formatWarner{uninit: c.site(op, wUninit), other: c.site(op, wOther|wNumeric)}
	if fw.uninit == nil && fw.other == nil {
		return nil
	}
	if fw.uninit != nil {
		fw.names = c.listNamer(argNodes)
	}
	return fw
}

// check warns about vals, the format and its arguments.
func (fw *formatWarner) check(fr *frame, vals []value.Scalar) {
	if fw == nil || len(vals) == 0 {
		return
	}
	it := fr.it
	fw.undef(fr, vals, 0)
	args := vals[1:]
	convs, ok := it.formatConvs(vals[0].String())
	if !ok {
		// Explicit indexes (%2$s): every undefined argument, in order.
		for i := range args {
			fw.undef(fr, vals, i+1)
		}
		return
	}
	numeric := fw.other.active(it, wNumeric)
	for i, conv := range convs {
		if i >= len(args) {
			break
		}
		switch a := args[i]; {
		case a.IsUndef():
			fw.undef(fr, vals, i+1)
		case numeric && conv != 's' && a.Kind() == value.Str && !a.LooksLikeNumber():
			fw.other.emit(it, wNumeric, fmt.Sprintf("Argument \"%s\" isn't numeric in %s", displayArg(a.String()), fw.other.op))
		}
	}
	if !fw.other.active(it, wOther) {
		return
	}
	switch {
	case len(args) > len(convs):
		fw.other.emit(it, wOther, "Redundant argument in "+fw.other.op)
	case len(args) < len(convs):
		// perl warns once for each argument missing.
		for range len(convs) - len(args) {
			fw.other.emit(it, wOther, "Missing argument in "+fw.other.op)
		}
	}
}

// undef warns when vals[i] is undefined, naming it as perl does.
func (fw *formatWarner) undef(fr *frame, vals []value.Scalar, i int) {
	if fw.uninit != nil && vals[i].IsUndef() {
		fw.uninit.checkStr(fr, vals[i], func(fr *frame) string { return fw.names(fr, i) })
	}
}
