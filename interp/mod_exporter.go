package interp

import (
	"fmt"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// exporterModule is perl's Exporter: its import copies the names a
// module lists in @EXPORT (by default) or @EXPORT_OK / %EXPORT_TAGS (on
// request) into the package that said use.
func exporterModule() *module {
	return &module{
		name:     "Exporter",
		subs:     map[string]nativeFn{"import": exporterImport},
		defaults: nil,
		tags:     map[string][]string{},
	}
}

func exporterImport(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	it := fr.it
	pkg := classOf(argOr(args, 0))
	if pkg == "Exporter" {
		// use Exporter 'import': give the caller Exporter's import.
		for _, a := range args[1:] {
			if a.String() == "import" {
				it.glob(it.importTarget() + "::import").Code = it.glob("Exporter::import").Code
			}
		}
		return nil
	}
	into := it.importTarget()
	allowed := map[string]bool{}
	var defaults []string
	for _, v := range it.glob(pkg + "::EXPORT").Array.Values() {
		allowed[v.String()] = true
		defaults = append(defaults, v.String())
	}
	for _, v := range it.glob(pkg + "::EXPORT_OK").Array.Values() {
		allowed[v.String()] = true
	}
	var names []string
	for _, a := range args[1:] {
		names = append(names, a.String())
	}
	if len(names) == 0 {
		names = defaults
	}
	var failed []string
	for _, n := range it.expandTags(pkg, names, defaults) {
		if !allowed[n] && !allowed["&"+n] && !(strings.HasPrefix(n, "&") && allowed[n[1:]]) {
			failed = append(failed, fmt.Sprintf("\"%s\" is not exported by the %s module\n", n, pkg))
			continue
		}
		alias(it, pkg, into, n)
	}
	if failed != nil {
		it.dieMsg(strings.Join(failed, "") + it.withPosition("Can't continue after import errors", it.callFile, it.callLine))
	}
	return nil
}

// importTarget is the package an import is for: the one whose use
// statement is running, or main.
func (it *Interp) importTarget() string {
	if it.importInto != "" {
		return it.importInto
	}
	return "main"
}

// expandTags replaces :tag entries by %EXPORT_TAGS's lists.
func (it *Interp) expandTags(pkg string, names, defaults []string) []string {
	var out []string
	for _, n := range names {
		if !strings.HasPrefix(n, ":") {
			out = append(out, n)
			continue
		}
		if n == ":DEFAULT" {
			out = append(out, defaults...)
			continue
		}
		tag := it.glob(pkg + "::EXPORT_TAGS").Hash.Get(n[1:])
		if a, ok := tag.Pointer().(*value.Array); ok && tag.Kind() == value.Ref {
			for _, v := range a.Values() {
				out = append(out, v.String())
			}
		}
	}
	return out
}

// alias makes into::NAME the same variable or sub as pkg::NAME.
func alias(it *Interp, pkg, into, name string) {
	sigil := byte('&')
	if name != "" && strings.ContainsRune("$@%&*", rune(name[0])) {
		sigil, name = name[0], name[1:]
	}
	from, to := it.glob(pkg+"::"+name), it.glob(into+"::"+name)
	switch sigil {
	case '$':
		to.Scalar = from.Scalar
	case '@':
		to.Array = from.Array
	case '%':
		to.Hash = from.Hash
	case '*':
		*to = *from
	default:
		to.Code = from.Code
	}
}
