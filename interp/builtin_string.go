package interp

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
	"unsafe"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// stringFunc compiles the string built-ins; nil when x is not one.
func (c *compiler) stringFunc(x *parser.Call) scalarFn {
	if c.strict().unicodeStrings {
		if f := c.unicodeCase(x); f != nil {
			return f
		}
	}
	switch x.Name {
	case "length":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			if v.IsUndef() {
				return v
			}
			return value.IntValue(int64(v.Length()))
		})
	case "chr":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			n := v.Int()
			if n < 0 {
				return value.UTF8Value("\uFFFD")
			}
			if n < 256 {
				return value.StrValue(string([]byte{byte(n)}))
			}
			return value.UTF8Value(string(rune(n)))
		})
	case "ord":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			s := v.String()
			if s == "" {
				return value.IntValue(0)
			}
			if v.IsUTF8() {
				r, _ := utf8.DecodeRuneInString(s)
				return value.IntValue(int64(r))
			}
			return value.IntValue(int64(s[0]))
		})
	case "lc":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			if v.IsUTF8() {
				return value.UTF8Value(strings.ToLower(v.String()))
			}
			return value.StrValue(asciiLower(v.String()))
		})
	case "uc":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			if v.IsUTF8() {
				return value.UTF8Value(upperChars(v.String()))
			}
			return value.StrValue(asciiUpper(v.String()))
		})
	case "lcfirst":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			s := v.String()
			if s == "" {
				return v
			}
			if v.IsUTF8() {
				return value.UTF8Value(lowerFirst(s))
			}
			return value.StrValue(asciiLower(s[:1]) + s[1:])
		})
	case "ucfirst":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			s := v.String()
			if s == "" {
				return v
			}
			if v.IsUTF8() {
				return value.UTF8Value(titleFirst(s))
			}
			return value.StrValue(asciiUpper(s[:1]) + s[1:])
		})
	case "quotemeta":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar { return v.WithString(quotemeta(v.String())) })
	case "hex":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar { return parseBase(v.String(), 16) })
	case "oct":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar { return octValue(v.String()) })
	case "join":
		if len(x.Args) == 0 {
			c.fail(x.At().Line, "Not enough arguments for join or string")
		}
		if f := c.joinFixed(x); f != nil {
			return f
		}
		if f := c.joinArray(x); f != nil {
			return f
		}
		sep := c.scalar(x.Args[0])
		rest := c.warnList(c.list(&parser.List{Items: x.Args[1:]}), x.Args[1:], "join or string", 0)
		return func(fr *frame) value.Scalar {
			return value.Join(sep(fr), rest(fr))
		}
	case "sprintf":
		if f := c.sprintfConst(x); f != nil {
			return f
		}
		args := c.listArgs(x)
		fw := c.formatWarner("sprintf", x.Args)
		ff := c.constFastFormat(x)
		return func(fr *frame) value.Scalar {
			vals := args(fr)
			if len(vals) == 0 {
				return value.StrValue("")
			}
			fw.check(fr, vals)
			if ff != nil {
				if s, ok := sprintfFast(ff, vals[1:]); ok {
					return value.StrValue(s)
				}
			}
			return sprintfValue(vals[0], vals[1:])
		}
	case "substr":
		return c.substrCall(x)
	case "index", "rindex":
		args := c.scalarArgs(x, 2, 3)
		rev := x.Name == "rindex"
		return func(fr *frame) value.Scalar {
			sv, subv := args[0](fr), args[1](fr)
			if sv.IsUTF8() || subv.IsUTF8() {
				return charsIndex(sv, subv, args, fr, rev)
			}
			s, sub := sv.String(), subv.String()
			if len(args) == 3 {
				return value.IntValue(int64(indexAt(s, sub, int(args[2](fr).Int()), rev)))
			}
			if rev {
				return value.IntValue(int64(strings.LastIndex(s, sub)))
			}
			return value.IntValue(int64(strings.Index(s, sub)))
		}
	case "pack":
		return c.packCall(x)
	}
	return nil
}

// numericFunc compiles the numeric built-ins; nil when x is not one.
func (c *compiler) numericFunc(x *parser.Call) scalarFn {
	f1 := func(f func(float64) float64) scalarFn {
		return c.unaryFn(x, func(v value.Scalar) value.Scalar { return value.FloatValue(f(v.Float())) })
	}
	switch x.Name {
	case "abs":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			n := v.Num()
			if n.Kind() == value.Int {
				if i := n.Int(); i < 0 && i != math.MinInt64 {
					return value.IntValue(-i)
				}
				return n
			}
			return value.FloatValue(math.Abs(n.Float()))
		})
	case "int":
		return c.unaryFn(x, func(v value.Scalar) value.Scalar {
			n := v.Num()
			if n.Kind() != value.Float {
				return n
			}
			f := math.Trunc(n.Float())
			switch {
			case f >= -9223372036854775808 && f < 9223372036854775808:
				return value.IntValue(int64(f))
			case f >= 0 && f < 18446744073709551616:
				// Past the signed range perl keeps an unsigned integer.
				return value.UintValue(uint64(f))
			}
			return value.FloatValue(f)
		})
	case "sqrt":
		file, line := c.file, c.line
		arg := c.topicOr(c.warnArgs(x, x.Name, 1, true))
		return func(fr *frame) value.Scalar {
			f := arg(fr).Float()
			if f < 0 {
				fr.it.dieAt(file, line, "Can't take sqrt of %s", value.FormatFloat(f))
			}
			return value.FloatValue(math.Sqrt(f))
		}
	case "log":
		file, line := c.file, c.line
		arg := c.topicOr(c.warnArgs(x, x.Name, 1, true))
		return func(fr *frame) value.Scalar {
			f := arg(fr).Float()
			if f <= 0 {
				fr.it.dieAt(file, line, "Can't take log of %s", value.FormatFloat(f))
			}
			return value.FloatValue(math.Log(f))
		}
	case "sin":
		return f1(math.Sin)
	case "cos":
		return f1(math.Cos)
	case "exp":
		return f1(math.Exp)
	case "atan2":
		args := c.scalarArgs(x, 2, 2)
		return func(fr *frame) value.Scalar {
			return value.FloatValue(math.Atan2(args[0](fr).Float(), args[1](fr).Float()))
		}
	case "rand":
		var arg scalarFn
		if len(x.Args) > 0 {
			arg = c.scalar(x.Args[0])
		}
		return func(fr *frame) value.Scalar {
			m := 1.0
			if arg != nil {
				if m = arg(fr).Float(); m == 0 {
					m = 1
				}
			}
			return value.FloatValue(fr.it.random().Float64() * m)
		}
	case "srand":
		var arg scalarFn
		if len(x.Args) > 0 {
			arg = c.scalar(x.Args[0])
		}
		return func(fr *frame) value.Scalar {
			seed := uint64(nowUnix())
			if arg != nil {
				seed = uint64(arg(fr).Int())
			}
			fr.it.rng = rand.New(newDrand48(uint32(seed)))
			return value.IntValue(int64(seed))
		}
	}
	return nil
}

// random returns the run's generator, seeding it on first use as perl's
// rand does.
func (it *Interp) random() *rand.Rand {
	if it.rng == nil {
		it.rng = rand.New(newDrand48(rand.Uint32()))
	}
	return it.rng
}

func asciiLower(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'A' && b[j] <= 'Z' {
					b[j] += 32
				}
			}
			return unsafe.String(&b[0], len(b)) // b is ours: one copy, not two
		}
	}
	return s
}

func asciiUpper(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 'a' && s[i] <= 'z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] >= 'a' && b[j] <= 'z' {
					b[j] -= 32
				}
			}
			return unsafe.String(&b[0], len(b)) // b is ours: one copy, not two
		}
	}
	return s
}

func reverseString(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

// indexAt is index/rindex with a position, clamped as perl clamps it.
func indexAt(s, sub string, pos int, rev bool) int {
	if pos < 0 {
		pos = 0
	}
	if pos > len(s) {
		pos = len(s)
	}
	if rev {
		end := pos + len(sub)
		if end > len(s) {
			end = len(s)
		}
		return strings.LastIndex(s[:end], sub)
	}
	i := strings.Index(s[pos:], sub)
	if i < 0 {
		return -1
	}
	return i + pos
}

// parseBase reads hex digits (with optional 0x and underscores) as hex()
// does.
func parseBase(s string, base int) value.Scalar {
	s = strings.TrimSpace(s)
	switch base {
	case 16:
		s = strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
		s = strings.TrimPrefix(s, "x")
	case 2:
		s = strings.TrimPrefix(strings.TrimPrefix(s, "0b"), "0B")
		s = strings.TrimPrefix(s, "b")
	case 8:
		s = strings.TrimPrefix(strings.TrimPrefix(s, "0o"), "o")
	}
	var n uint64
	overflow := false
	f := 0.0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			continue
		}
		d := digitVal(c)
		if d < 0 || d >= base {
			break
		}
		if !overflow && n > (math.MaxUint64-uint64(d))/uint64(base) {
			overflow = true
			f = float64(n)
		}
		if overflow {
			f = f*float64(base) + float64(d)
		} else {
			n = n*uint64(base) + uint64(d)
		}
	}
	if overflow {
		return value.FloatValue(f)
	}
	return value.UintValue(n)
}

func digitVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// octValue is oct(): "0x" hex, "0b" binary, "0o" or plain octal.
func octValue(s string) value.Scalar {
	t := strings.TrimLeft(s, " \t\n\r\f\v")
	switch {
	case strings.HasPrefix(t, "0x"), strings.HasPrefix(t, "0X"), strings.HasPrefix(t, "x"), strings.HasPrefix(t, "X"):
		return parseBase(t, 16)
	case strings.HasPrefix(t, "0b"), strings.HasPrefix(t, "0B"), strings.HasPrefix(t, "b"), strings.HasPrefix(t, "B"):
		return parseBase(t, 2)
	}
	return parseBase(t, 8)
}

// substrCall compiles substr EXPR, OFFSET [, LENGTH [, REPLACEMENT]].
func (c *compiler) substrCall(x *parser.Call) scalarFn {
	args := c.scalarArgs(x, 2, 4)
	var lv lvalueFn
	if len(args) == 4 {
		lv = c.lvalue(x.Args[0])
	}
	file, line := c.file, c.line
	// Undefined arguments warn; the checks are inline, substr runs in
	// loops.
	w := c.site("substr", wUninit)
	var names [3]namer
	if w != nil {
		for i := 0; i < 3 && i < len(x.Args); i++ {
			names[i] = c.varName(x.Args[i])
		}
	}
	return func(fr *frame) value.Scalar {
		sv := args[0](fr)
		if sv.IsUTF8() {
			return substrChars(fr, sv, args, lv, file, line)
		}
		ov := args[1](fr)
		if w != nil && (sv.IsUndef() || ov.IsUndef()) {
			w.checkStr(fr, sv, names[0])
			w.checkStr(fr, ov, names[1])
		}
		s := sv.String()
		off := int(ov.Int())
		length, hasLen := 0, len(args) > 2
		if hasLen {
			lv := args[2](fr)
			if w != nil && lv.IsUndef() {
				w.checkStr(fr, lv, names[2])
			}
			length = int(lv.Int())
		}
		start, end, ok := substrRange(len(s), off, length, hasLen)
		if !ok {
			if lv != nil {
				fr.it.dieAt(file, line, "substr outside of string")
			}
			if fr.it.warnOn(wSubstr, file, line) {
				fr.it.warnAt(file, line, "substr outside of string")
			}
			return value.UndefValue()
		}
		out := value.StrValue(s[start:end])
		if lv != nil {
			rv := args[3](fr)
			if rv.IsUTF8() {
				*lv(fr) = value.UTF8Value(value.Upgrade(s[:start]) + rv.String() + value.Upgrade(s[end:]))
			} else {
				*lv(fr) = value.StrValue(s[:start] + rv.String() + s[end:])
			}
		}
		return out
	}
}

// substrRange resolves substr's offset and length against a string of
// length n as perl's translate_substr_offsets does: negative values count
// from the end, a start before the beginning is clamped to it (and the
// length shortened) unless the whole substring lies before it, and ok
// is false when the substring is outside the string.
func substrRange(n, off, length int, hasLen bool) (int, int, bool) {
	pos1 := off
	if pos1 < 0 && n > 0 {
		pos1 += n
	}
	if pos1 > n {
		return 0, 0, false
	}
	var pos2 int
	switch {
	case !hasLen:
		pos2 = n
	case length < 0:
		pos2 = n + length
	case pos1 < 0:
		pos2 = pos1 + length
	case length > n-pos1:
		pos2 = n
	default:
		pos2 = pos1 + length
	}
	if pos2 < 0 {
		if pos1 < 0 {
			return 0, 0, false
		}
		pos2 = 0
	} else if pos1 < 0 {
		pos1 = 0
	}
	if pos2 < pos1 {
		pos2 = pos1
	}
	if pos2 > n {
		pos2 = n
	}
	return pos1, pos2, true
}

// chompCall compiles chomp and chop over their lvalue arguments.
func (c *compiler) chompCall(x *parser.Call) scalarFn {
	var targets []func(*frame) []*value.Scalar
	if len(x.Args) == 0 {
		targets = append(targets, c.aliases(&parser.Var{Sigil: '$', Name: "_"}))
	}
	for _, a := range x.Args {
		if d, ok := a.(*parser.Decl); ok {
			// chomp(my $line = <STDIN>) arrives as an assignment; a bare
			// declaration has nothing to chomp.
			f := c.void(d)
			targets = append(targets, func(fr *frame) []*value.Scalar { f(fr); return nil })
			continue
		}
		if as, ok := a.(*parser.Assign); ok && !isListAssign(as.L) {
			lv := c.lvalue(as)
			targets = append(targets, func(fr *frame) []*value.Scalar { return []*value.Scalar{lv(fr)} })
			continue
		}
		if v, ok := a.(*parser.Var); ok && v.Sigil == '%' {
			// chomp(%h) chomps the values.
			targets = append(targets, c.valuesAliases(&parser.Call{Name: "values", Args: []parser.Node{a}}))
			continue
		}
		targets = append(targets, c.aliases(a))
	}
	chop := x.Name == "chop"
	rs := c.global("main::/")
	return func(fr *frame) value.Scalar {
		var count int64
		var last string
		sep := fr.it.globs[rs].Scalar
		for _, t := range targets {
			for _, p := range t(fr) {
				if p.IsUndef() {
					continue
				}
				s := p.String()
				if chop {
					if s != "" {
						n := 1
						if p.IsUTF8() {
							_, n = utf8.DecodeLastRuneInString(s)
						}
						last = s[len(s)-n:]
						*p = p.WithString(s[:len(s)-n])
					}
					continue
				}
				if sep.IsUndef() {
					continue
				}
				sepStr := sep.String()
				if sepStr == "" {
					// Paragraph mode chomps every trailing newline.
					t := strings.TrimRight(s, "\n")
					count += int64(len(s) - len(t))
					*p = p.WithString(t)
					continue
				}
				if strings.HasSuffix(s, sepStr) {
					*p = p.WithString(s[:len(s)-len(sepStr)])
					count += int64(len(sepStr))
				}
			}
		}
		if chop {
			return value.StrValue(last)
		}
		return value.IntValue(count)
	}
}

// refOf is ref(): the referent's type, or "" for a non-reference.
func refOf(v value.Scalar) value.Scalar {
	if v.Kind() != value.Ref {
		return value.StrValue("")
	}
	if b, ok := v.Pointer().(value.Blessable); ok && b.BlessedInto() != "" {
		return value.StrValue(b.BlessedInto())
	}
	return value.StrValue(value.RefType(v.Pointer()))
}

// splitCall compiles split with a literal separator: ' ' (awk mode), a
// string, or a pattern without metacharacters such as /,/ or /\t/.
func (c *compiler) splitCall(x *parser.Call) listFn {
	if len(x.Args) == 0 {
		x.Args = []parser.Node{&parser.StringLit{Value: " "}}
	}
	// Exactly one of these says how to split: awk mode (' '), runs of
	// white space, a literal separator, or a regular expression.
	var sepFn scalarFn
	var reFn func(*frame) *regex.Regexp
	awk, spaces := false, false
	file, line := c.file, c.line
	switch p := x.Args[0].(type) {
	case *parser.Pattern:
		lit, isLit := p.Re.(*parser.StringLit)
		switch {
		case isLit && p.Flags == "" && lit.Value == `\s+`:
			spaces = true
		case isLit && p.Flags == "" && lit.Value != "" && isLiteralPattern(lit.Value):
			v := value.StrValue(mustLiteral(lit.Value))
			sepFn = func(*frame) value.Scalar { return v }
		default:
			reFn = c.patternSource(p.Re, p.Flags, x.At().Line)
		}
	default:
		// A string is a pattern too, except ' ', which is awk mode.
		arg := c.scalar(x.Args[0])
		c.nPatterns++
		site := c.nPatterns
		sepFn = arg
		reFn = func(fr *frame) *regex.Regexp {
			return fr.it.cachedRegex(site, arg(fr).String(), file, line)
		}
	}
	var str scalarFn
	if len(x.Args) > 1 {
		str = c.scalar(x.Args[1])
	} else {
		str = c.scalar(&parser.Var{Sigil: '$', Name: "_"})
	}
	var limit scalarFn
	if len(x.Args) > 2 {
		limit = c.scalar(x.Args[2])
	}
	emptyPat := false
	if p, ok := x.Args[0].(*parser.Pattern); ok {
		if lit, isLit := p.Re.(*parser.StringLit); isLit && lit.Value == "" {
			emptyPat = true
		}
	}
	var inner func(fr *frame, sv value.Scalar) []value.Scalar
	split := func(fr *frame) []value.Scalar {
		sv := str(fr)
		if sv.IsUTF8() {
			return splitWide(fr, sv, emptyPat, limit, inner)
		}
		return inner(fr, sv)
	}
	inner = func(fr *frame, sv value.Scalar) []value.Scalar {
		s := sv.String()
		lim := 0
		if limit != nil {
			lim = int(limit(fr).Int())
		}
		var out []value.Scalar
		switch {
		case awk:
			t := strings.TrimLeft(s, " \t\n\r\f\v")
			out = splitSpaceFields(t, lim)
		case spaces:
			out = splitSpaceFields(s, lim)
		case reFn != nil && sepFn != nil:
			// split EXPR, STR: ' ' is awk mode; a plain string splits
			// literally; anything else is a pattern.
			sep := sepFn(fr).String()
			switch {
			case sep == " ":
				t := strings.TrimLeft(s, " \t\n\r\f\v")
				out = splitSpaceFields(t, lim)
			case sep != "" && isLiteralPattern(sep):
				lit := mustLiteral(sep)
				out = splitLiteralFields(s, lit, lim)
			default:
				return splitRegex(fr, reFn(fr), s, lim, file, line)
			}
		case reFn != nil:
			return splitRegex(fr, reFn(fr), s, lim, file, line)
		default:
			sep := sepFn(fr).String()
			out = splitLiteralFields(s, sep, lim)
		}
		if lim == 0 {
			out = trimEmptyTail(out)
		}
		return out
	}
	return split
}

// isLiteralPattern reports whether a pattern has no metacharacters.
func isLiteralPattern(p string) bool {
	_, ok := literalPattern(p)
	return ok
}

// mustLiteral is literalPattern for a pattern known to be literal.
func mustLiteral(p string) string {
	s, _ := literalPattern(p)
	return s
}

// splitRegex splits with a compiled pattern, perl's rules applied by the
// regex package (captures kept, trailing empty fields dropped when the
// limit is 0).
func splitRegex(fr *frame, re *regex.Regexp, s string, lim int, file string, line int) []value.Scalar {
	if s == "" {
		return nil
	}
	idx, err := re.SplitIndex(&fr.it.scratch, s, lim)
	if err != nil {
		fr.it.dieAt(file, line, "%s", err.Error())
	}
	out := make([]value.Scalar, len(idx)/2)
	for i := range out {
		if idx[2*i] >= 0 {
			out[i] = value.StrValue(s[idx[2*i]:idx[2*i+1]])
		}
	}
	return out
}

// literalPattern returns the string a pattern matches when it has no
// regex metacharacters (escapes of punctuation and \t \n allowed).
func literalPattern(p string) (string, bool) {
	var sb strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		switch {
		case c == '\\' && i+1 < len(p):
			i++
			switch e := p[i]; e {
			case 't':
				sb.WriteByte('\t')
			case 'n':
				sb.WriteByte('\n')
			case 'r':
				sb.WriteByte('\r')
			default:
				if isIdentStart(e) || (e >= '0' && e <= '9') {
					return "", false
				}
				sb.WriteByte(e)
			}
		case strings.IndexByte(`.^$*+?()[]{}|`, c) >= 0:
			return "", false
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String(), true
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// formatInt is strconv.FormatInt, kept short at call sites.
func formatInt(i int64) string { return strconv.FormatInt(i, 10) }
