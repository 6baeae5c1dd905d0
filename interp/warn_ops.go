package interp

import (
	"fmt"
	"strings"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// opDescs are perl's names of the binary operators in warnings.
var opDescs = map[string]string{
	"+": "addition (+)", "-": "subtraction (-)", "*": "multiplication (*)",
	"/": "division (/)", "%": "modulus (%)", "**": "exponentiation (**)",
	".": "concatenation (.) or string", "x": "repeat (x)",
	"==": "numeric eq (==)", "!=": "numeric ne (!=)", "<": "numeric lt (<)",
	">": "numeric gt (>)", "<=": "numeric le (<=)", ">=": "numeric ge (>=)",
	"<=>": "numeric comparison (<=>)",
	"eq":  "string eq", "ne": "string ne", "lt": "string lt", "gt": "string gt",
	"le": "string le", "ge": "string ge", "cmp": "string comparison (cmp)",
	"&": "bitwise and (&)", "|": "bitwise or (|)", "^": "bitwise xor (^)",
	"<<": "left bitshift (<<)", ">>": "right bitshift (>>)",
}

// numericOps are the operators whose operands are numbers (and so also
// warn "isn't numeric").
var numericOps = map[string]bool{
	"+": true, "-": true, "*": true, "/": true, "%": true, "**": true,
	"==": true, "!=": true, "<": true, ">": true, "<=": true, ">=": true, "<=>": true,
	"<<": true, ">>": true,
}

// num2 checks the operands of a numeric operator, the right one first
// as perl does. A nil site checks nothing.
func (w *warnSite) num2(fr *frame, a, b value.Scalar, ln, rn namer) {
	if w == nil {
		return
	}
	if k := b.Kind(); k == value.Undef || k == value.Str {
		w.checkNum(fr, b, rn)
	}
	if k := a.Kind(); k == value.Undef || k == value.Str {
		w.checkNum(fr, a, ln)
	}
}

// str2 checks the operands of a string operator, left first.
func (w *warnSite) str2(fr *frame, a, b value.Scalar, ln, rn namer) {
	if a.IsUndef() {
		w.checkStr(fr, a, ln)
	}
	if b.IsUndef() {
		w.checkStr(fr, b, rn)
	}
}

// concatWarn compiles a chain of . operators or an interpolated string
// whose undefined parts warn; nil when the warnings are off here.
func (c *compiler) concatWarn(nodes []parser.Node, parts []scalarFn, op string) scalarFn {
	w := c.site(op, wUninit)
	if w == nil {
		return nil
	}
	names := make([]namer, len(nodes))
	for i, n := range nodes {
		names[i] = c.varName(n)
	}
	return func(fr *frame) value.Scalar {
		// As concat: the parts first, then one allocation.
		var buf [8]string
		strs := buf[:0]
		n := 0
		for i, p := range parts {
			v := p(fr)
			if v.IsUndef() {
				w.checkStr(fr, v, names[i])
			}
			if v.IsUTF8() {
				// A character string makes the result characters.
				acc := value.Concat(value.StrValue(strings.Join(strs, "")), v)
				for j := i + 1; j < len(parts); j++ {
					u := parts[j](fr)
					if u.IsUndef() {
						w.checkStr(fr, u, names[j])
					}
					acc = value.Concat(acc, u)
				}
				return acc
			}
			s := v.String()
			n += len(s)
			strs = append(strs, s)
		}
		if len(strs) == 2 {
			return value.StrValue(strs[0] + strs[1])
		}
		var sb strings.Builder
		sb.Grow(n)
		for _, s := range strs {
			sb.WriteString(s)
		}
		return value.StrValue(sb.String())
	}
}

// concatNodes lists the operands of a chain of . operators, left to
// right, as concatParts compiles them.
func concatNodes(x *parser.Binary) []parser.Node {
	var out []parser.Node
	var walk func(n parser.Node)
	walk = func(n parser.Node) {
		if b, ok := n.(*parser.Binary); ok && b.Op == "." {
			walk(b.L)
			walk(b.R)
			return
		}
		out = append(out, n)
	}
	walk(x)
	return out
}

// unaryWarns are the named unary built-ins whose undefined argument
// warns; true for those that also warn about a non-numeric one.
var unaryWarns = map[string]bool{
	"lc": false, "uc": false, "lcfirst": false, "ucfirst": false, "quotemeta": false,
	"hex": false, "oct": false, "ord": false, "chr": true, "abs": true, "int": true,
	"sqrt": true, "sin": true, "cos": true, "exp": true, "log": true,
}

// warnList makes a list operator's arguments warn when undefined, in
// perl's words for op; unchanged when the warnings are off here.
func (c *compiler) warnList(f listFn, items []parser.Node, op string, offset int) listFn {
	w := c.site(op, wUninit)
	if w == nil {
		return f
	}
	names := c.listNamer(items)
	return func(fr *frame) []value.Scalar {
		vals := f(fr)
		for i, v := range vals {
			if v.IsUndef() {
				w.checkStr(fr, v, func(fr *frame) string { return names(fr, i+offset) })
			}
		}
		return vals
	}
}

// oddList warns when a list assigned to a hash has an odd number of
// elements; a lone reference gets perl's more specific message.
func (w *warnSite) oddList(fr *frame, vals []value.Scalar) {
	if len(vals)%2 == 0 || !w.active(fr.it, wMisc) {
		return
	}
	if len(vals) == 1 && vals[0].Kind() == value.Ref {
		w.emit(fr.it, wMisc, "Reference found where even-sized list expected")
		return
	}
	w.emit(fr.it, wMisc, "Odd number of elements in "+w.op)
}

// readClosed warns, as perl's readline does, about reading a handle that
// was never opened or is closed.
func (it *Interp) readClosed(g *Glob, file string, line int) {
	if g == nil {
		return
	}
	if g.IO == nil {
		it.warnIf(wUnopened, file, line, "readline() on unopened filehandle %s", g.Name)
		return
	}
	it.warnIf(wClosed, file, line, "readline() on closed filehandle %s", g.Name)
}

// opAssignWarn checks the operands of an assignment operator such as *=
// as they reach the operator: the right one always, the left one unless
// perl exempts it (+= -= |= ^= on an undefined variable are silent).
type opAssignWarn struct {
	site         *warnSite
	ln, rn       namer
	numeric, lhs bool
}

// opAssignSite returns the checks of an assignment operator, or nil
// when its warnings are off.
func (c *compiler) opAssignSite(x *parser.Assign) *opAssignWarn {
	desc, ok := opDescs[x.Op]
	if !ok || x.Op == "." {
		return nil
	}
	cats := wUninit
	numeric := numericOps[x.Op]
	if numeric {
		cats |= wNumeric
	}
	w := c.site(desc, cats)
	if w == nil {
		return nil
	}
	rn := c.varNameMatch(x.R, true)
	if v, ok := x.R.(*parser.Var); ok && v.Name == "_" {
		rn = nil
	}
	lhs := x.Op != "+" && x.Op != "-" && x.Op != "|" && x.Op != "^"
	return &opAssignWarn{site: w, ln: c.varNameMatch(x.L, true), rn: rn, numeric: numeric, lhs: lhs}
}

// check warns about the operands, right first.
func (o *opAssignWarn) check(fr *frame, a, b value.Scalar) {
	w := o.site
	if o.numeric || b.IsUndef() {
		if k := b.Kind(); k == value.Undef || (o.numeric && k == value.Str) {
			w.checkNum(fr, b, o.rn)
		}
	}
	if !o.lhs && a.IsUndef() {
		return
	}
	if k := a.Kind(); k == value.Undef || (o.numeric && k == value.Str) {
		w.checkNum(fr, a, o.ln)
	}
}

// formatConvs lists what each argument of a sprintf format is used for:
// 's' for strings and other non-numeric uses, 'n' for numeric
// conversions and * widths. ok is false for formats with explicit
// indexes. Results are cached per run: formats repeat in loops.
func (it *Interp) formatConvs(format string) (convs []byte, ok bool) {
	if c, hit := it.formats[format]; hit {
		return c, c != nil
	}
	convs, ok = parseFormatConvs(format)
	if it.formats == nil || len(it.formats) > 256 {
		it.formats = map[string][]byte{}
	}
	if !ok {
		it.formats[format] = nil
		return nil, false
	}
	if convs == nil {
		convs = []byte{}
	}
	it.formats[format] = convs
	return convs, true
}

// parseFormatConvs is formatConvs without the cache.
func parseFormatConvs(format string) ([]byte, bool) {
	var convs []byte
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		vector := false
		for ; i < len(format); i++ {
			c := format[i]
			if c == '$' {
				return nil, false
			}
			if c == '*' {
				if i+1 < len(format) && format[i+1] == 'v' {
					// %*vd: the join string of a vector.
					convs = append(convs, 's')
				} else {
					convs = append(convs, 'n')
				}
				continue
			}
			if c == 'v' {
				// The vector flag: the argument is a string of
				// characters, each formatted as a number.
				vector = true
				continue
			}
			if strings.IndexByte("-+ #0.123456789hlqLV", c) >= 0 {
				continue
			}
			if !vector && strings.IndexByte("diuoxXbBeEfFgGc", c) >= 0 {
				convs = append(convs, 'n')
			} else {
				convs = append(convs, 's')
			}
			break
		}
	}
	return convs, true
}

// recursionWarnDepth is the depth of one sub's recursion at which perl
// warns "Deep recursion".
const recursionWarnDepth = 100

// checkRecursion warns when a call of cl from caller makes cl's 100th
// activation. It walks the callers only while the stack is that deep,
// and stops once it has counted past the limit.
func (it *Interp) checkRecursion(w *warnSite, cl *Closure, caller *frame) {
	if cl.code == nil || !w.active(it, wRecursion) {
		return
	}
	n := 0
	for f := caller; f != nil && n < recursionWarnDepth; f = f.caller {
		if f.code == cl.code {
			n++
		}
	}
	if n != recursionWarnDepth-1 {
		return
	}
	if cl.name == "" || strings.HasSuffix(cl.name, "__ANON__") {
		w.emit(it, wRecursion, "Deep recursion on anonymous subroutine")
		return
	}
	w.emit(it, wRecursion, fmt.Sprintf("Deep recursion on subroutine \"%s\"", cl.name))
}

// negativeRepeat gives perl's warning for x with a count below zero.
func negativeRepeat(fr *frame, w *warnSite, count value.Scalar) {
	if w.active(fr.it, wNumeric) && count.Int() < 0 {
		w.emit(fr.it, wNumeric, "Negative repeat count does nothing")
	}
}
