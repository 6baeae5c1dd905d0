package interp

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/miniperl/miniperl/value"
)

// dataDumperModule is Data::Dumper's Dumper, with the configuration
// variables scripts set: $Data::Dumper::Indent (0, 1, 2), Sortkeys, Terse.
func dataDumperModule() *module {
	return &module{
		name:     "Data::Dumper",
		subs:     map[string]nativeFn{"Dumper": dumperFn, "Dump": dumpMethod},
		defaults: []string{"Dumper"},
		tags:     map[string][]string{},
	}
}

// dumper holds one Dumper call's settings.
type dumper struct {
	indent   int
	sortkeys bool
	terse    bool
	seen     map[any]bool
	sb       strings.Builder
}

func dumperFn(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	vals := make([]value.Scalar, len(args))
	for i, a := range args {
		vals[i] = *a
	}
	return dumpValues(fr, vals, nil)
}

// dumpMethod is Data::Dumper->Dump([VALUES], [NAMES]): the values under
// the given names ($VARn for the missing ones).
func dumpMethod(fr *frame, args []*value.Scalar, _ wantCtx) []value.Scalar {
	var vals []value.Scalar
	var names []string
	if len(args) > 1 {
		if a, ok := args[1].Pointer().(*value.Array); ok && args[1].Kind() == value.Ref {
			vals = a.Values()
		}
	}
	if len(args) > 2 {
		if a, ok := args[2].Pointer().(*value.Array); ok && args[2].Kind() == value.Ref {
			for _, n := range a.Values() {
				names = append(names, strings.TrimPrefix(n.String(), "$"))
			}
		}
	}
	return dumpValues(fr, vals, names)
}

// dumpValues dumps values as Dumper does, named $VAR1... or by names.
func dumpValues(fr *frame, args []value.Scalar, names []string) []value.Scalar {
	it := fr.it
	setting := func(name string, def int64) int64 {
		if g := it.symbols["Data::Dumper::"+name]; g != nil && !g.Scalar.IsUndef() {
			return g.Scalar.Int()
		}
		return def
	}
	d := &dumper{indent: int(setting("Indent", 2)), sortkeys: setting("Sortkeys", 0) != 0, terse: setting("Terse", 0) != 0}
	for i, a := range args {
		d.seen = map[any]bool{}
		prefix := ""
		if !d.terse {
			prefix = "$VAR" + strconv.Itoa(i+1) + " = "
			if i < len(names) && names[i] != "" {
				prefix = "$" + names[i] + " = "
			}
		}
		d.sb.WriteString(prefix)
		col := len(prefix)
		if d.indent < 2 {
			col = 0
		}
		d.value(a, col, 0)
		if !d.terse {
			d.sb.WriteByte(';')
		}
		if d.indent > 0 {
			d.sb.WriteByte('\n')
		}
	}
	return []value.Scalar{value.StrValue(d.sb.String())}
}

// newline starts a line indented for an element: by column (Indent 2) or
// by nesting level (Indent 1).
func (d *dumper) newline(col, level int) {
	switch d.indent {
	case 0:
		return
	case 1:
		d.sb.WriteString("\n" + strings.Repeat("  ", level))
	default:
		d.sb.WriteString("\n" + strings.Repeat(" ", col))
	}
}

// value writes v; col is the column its first character starts at.
func (d *dumper) value(v value.Scalar, col, level int) {
	switch v.Kind() {
	case value.Undef:
		d.sb.WriteString("undef")
		return
	case value.Int, value.Uint:
		if s := v.String(); len(s) <= 10 {
			d.sb.WriteString(s)
			return
		}
	case value.Ref:
		d.ref(v, col, level)
		return
	}
	d.sb.WriteString(dumperQuote(v))
}

func (d *dumper) ref(v value.Scalar, col, level int) {
	p := v.Pointer()
	if d.seen[p] {
		d.sb.WriteString("$VAR1")
		return
	}
	d.seen[p] = true
	defer delete(d.seen, p)
	class := ""
	if b, ok := p.(value.Blessable); ok {
		class = b.BlessedInto()
	}
	if class != "" {
		d.sb.WriteString("bless( ")
		col += 7
	}
	switch r := p.(type) {
	case *value.Array:
		d.sb.WriteByte('[')
		for i, e := range r.Values() {
			if i > 0 {
				d.sb.WriteByte(',')
			}
			d.newline(col+2, level+1)
			d.value(e, col+2, level+1)
		}
		if r.Len() > 0 {
			d.newline(col, level)
		}
		d.sb.WriteByte(']')
	case *value.Hash:
		d.sb.WriteByte('{')
		keys := r.KeyScalars()
		if d.sortkeys {
			sort.SliceStable(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		}
		for i, k := range keys {
			if i > 0 {
				d.sb.WriteByte(',')
			}
			d.newline(col+2, level+1)
			key := dumperQuote(k) + " => "
			d.sb.WriteString(key)
			d.value(r.Get(k.String()), col+2+utf8.RuneCountInString(key), level+1)
		}
		if len(keys) > 0 {
			d.newline(col, level)
		}
		d.sb.WriteByte('}')
	case *value.Scalar:
		d.sb.WriteByte('\\')
		d.value(*r, col+1, level)
	case *Closure:
		d.sb.WriteString(`sub { "DUMMY" }`)
	default:
		d.sb.WriteString(quoteSingle(v.String()))
	}
	if class != "" {
		d.sb.WriteString(", " + quoteSingle(class) + " )")
	}
}

// quoteSingle quotes a string as perl's single quotes need.
func quoteSingle(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, `'`, `\'`).Replace(s) + "'"
}
