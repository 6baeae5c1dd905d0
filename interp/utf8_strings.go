package interp

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/regex"
	"github.com/miniperl/miniperl/value"
)

// sourceString is a string literal under use utf8: its non-ASCII source
// bytes are the UTF-8 of characters, so it is a character string (perl
// marks such literals UTF-8 even when every character is below 0x100).
func sourceString(s string) value.Scalar {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			if utf8.ValidString(s) {
				return value.UTF8Value(s)
			}
			break
		}
	}
	return value.StrValue(s)
}

// charIndex converts a character offset of a character string to a byte
// offset; offsets past the end give len(s).
func charIndex(s string, chars int) int {
	if chars <= 0 {
		return 0
	}
	n := 0
	for i := range s {
		if n == chars {
			return i
		}
		n++
	}
	return len(s)
}

// byteToChar converts a byte offset of a character string to characters.
func byteToChar(s string, b int) int {
	if b < 0 {
		return b
	}
	return utf8.RuneCountInString(s[:b])
}

// reverseChars reverses a character string by characters.
func reverseChars(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

// caseChars maps the characters of a character string with perl's
// Unicode case rules (full mappings such as ß → SS for uc).
func upperChars(s string) string {
	if !strings.ContainsRune(s, 'ß') {
		return strings.ToUpper(s)
	}
	var b strings.Builder
	for _, r := range s {
		if r == 'ß' {
			b.WriteString("SS")
		} else {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}

// titleFirst upper-cases (title-cases) the first character of a
// character string, as ucfirst does.
func titleFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToTitle(r)) + s[n:]
}

// lowerFirst lower-cases the first character of a character string.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// strPair gives the strings of two values to compare them: a byte string
// compared with a character string is upgraded first, so "\xe9" equals
// "\x{e9}" as in perl.
func strPair(a, b value.Scalar) (string, string) {
	if a.IsUTF8() != b.IsUTF8() {
		return a.UTF8String(), b.UTF8String()
	}
	return a.String(), b.String()
}

// interpWide finishes an interpolated string once a part is a character
// string: the rest is joined with perl's upgrade rules.
func interpWide(fr *frame, done string, v value.Scalar, rest []scalarFn) value.Scalar {
	acc := value.Concat(value.StrValue(done), v)
	for _, p := range rest {
		acc = value.Concat(acc, p(fr))
	}
	return acc
}

// caseModChars applies \U \L \u \l \Q \F to a character string.
func caseModChars(mod byte, s string) string {
	switch mod {
	case 'U':
		return upperChars(s)
	case 'L', 'F':
		return strings.ToLower(s)
	case 'u':
		return titleFirst(s)
	case 'l':
		return lowerFirst(s)
	}
	return quotemeta(s)
}

// splitWide is split of a character string: split // gives its
// characters; other separators split the UTF-8 (the separators the
// engine matches are whole characters) and the fields are characters.
func splitWide(fr *frame, sv value.Scalar, emptyPat bool, limit scalarFn, inner func(*frame, value.Scalar) []value.Scalar) []value.Scalar {
	if emptyPat {
		lim := 0
		if limit != nil {
			lim = int(limit(fr).Int())
		}
		s := sv.String()
		var out []value.Scalar
		for i, r := range s {
			if lim > 0 && len(out) == lim-1 {
				out = append(out, value.UTF8Value(s[i:]))
				return out
			}
			out = append(out, value.UTF8Value(string(r)))
		}
		return out
	}
	if b, ok := value.Downgrade(sv.String()); ok {
		// One byte a character for the engine, characters again after.
		out := inner(fr, value.StrValue(b))
		for i := range out {
			if out[i].Kind() == value.Str {
				out[i] = value.UTF8Value(value.Upgrade(out[i].String()))
			}
		}
		return out
	}
	out := inner(fr, sv)
	for i := range out {
		if out[i].Kind() == value.Str {
			out[i] = value.UTF8Value(out[i].String())
		}
	}
	return out
}

// strCmp is cmp with perl's rule for a byte string against a character
// string; UTF-8 order is code point order.
func strCmp(a, b value.Scalar) int {
	return strings.Compare(strPair(a, b))
}

// concatWide finishes a chain of . once an operand is a character string.
func concatWide(fr *frame, done []string, v value.Scalar, rest []scalarFn) value.Scalar {
	acc := value.StrValue(strings.Join(done, ""))
	acc = value.Concat(acc, v)
	for _, p := range rest {
		acc = value.Concat(acc, p(fr))
	}
	return acc
}

// unicodeCase compiles lc, uc, lcfirst and ucfirst under the
// unicode_strings feature: bytes 0x80-0xFF are Latin-1 characters with
// Unicode case rules (uc "\xe9" is "\xc9"; uc "\xff" is the wide
// "\x{178}"). nil for other names.
func (c *compiler) unicodeCase(x *parser.Call) scalarFn {
	var f func(string) string
	switch x.Name {
	case "lc":
		f = strings.ToLower
	case "uc":
		f = upperChars
	case "lcfirst":
		f = lowerFirst
	case "ucfirst":
		f = titleFirst
	default:
		return nil
	}
	return c.unaryFn(x, func(v value.Scalar) value.Scalar {
		if v.IsUTF8() {
			return value.UTF8Value(f(v.String()))
		}
		s := v.String()
		if s == "" {
			return value.StrValue(s)
		}
		out := f(value.Upgrade(s))
		if b, ok := value.Downgrade(out); ok {
			return value.StrValue(b)
		}
		return value.UTF8Value(out)
	})
}

// dumperQuote quotes a string as Data::Dumper does: single quotes, or
// for a character string with non-ASCII characters double quotes with
// \x{...} escapes (Dumper's qquote).
func dumperQuote(v value.Scalar) string {
	s := v.String()
	if !v.IsUTF8() || isASCII(s) {
		return quoteSingle(s)
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '\\' || r == '"' || r == '$' || r == '@':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\f':
			b.WriteString(`\f`)
		case r == '\b':
			b.WriteString(`\b`)
		case r == '\a':
			b.WriteString(`\a`)
		case r == 0x1b:
			b.WriteString(`\e`)
		case r < 0x20 || r == 0x7f:
			b.WriteString(`\` + strconv.FormatInt(int64(r), 8))
		case r > 0x7f:
			b.WriteString(`\x{` + strconv.FormatInt(int64(r), 16) + `}`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// subjectKind says what the bytes of a match subject are.
type subjectKind uint8

const (
	// subjectBytes is a byte string.
	subjectBytes subjectKind = iota
	// subjectUTF8 is a character string with characters above 0xFF, as
	// its UTF-8 (the byte engine sees the encoding).
	subjectUTF8
	// subjectLatin1 is a character string whose characters all fit in a
	// byte, downgraded so that the engine sees one byte a character.
	subjectLatin1
)

// matchSubject is the string a pattern is matched against, and what it
// holds.
func matchSubject(v value.Scalar) (string, subjectKind) {
	if !v.IsUTF8() {
		return v.String(), subjectBytes
	}
	if b, ok := value.Downgrade(v.String()); ok {
		return b, subjectLatin1
	}
	return v.String(), subjectUTF8
}

// value makes a piece of a subject of this kind a string of the same
// kind as the subject.
func (k subjectKind) value(s string) value.Scalar {
	switch k {
	case subjectUTF8:
		return value.UTF8Value(s)
	case subjectLatin1:
		return value.UTF8Value(value.Upgrade(s))
	}
	return value.StrValue(s)
}

// charRules is the pattern to match a subject of kind k with: for a
// character string, the pattern under Unicode rules (/u), as perl matches
// character strings (é is \w, /i folds É), unless the pattern chose its
// rules (/a, /aa, /l, /u). The variants are kept per run.
func (it *Interp) charRules(re *regex.Regexp, k subjectKind) *regex.Regexp {
	if k == subjectBytes {
		return re
	}
	if u, ok := it.rtc.unicodeRes[re]; ok {
		return u
	}
	flags := ""
	if str := re.String(); strings.HasPrefix(str, "(?^") {
		if i := strings.IndexByte(str, ':'); i > 0 {
			flags = str[3:i]
		}
	}
	u := re
	if !strings.ContainsAny(flags, "alu") {
		if c, err := regex.CompileOptions(re.Pattern(), flags+"u", regex.Options{MatchTimeout: it.prog.base.matchTimeout}); err == nil {
			u = c
		}
	}
	if it.rtc.unicodeRes == nil || len(it.rtc.unicodeRes) >= 256 {
		// Bounded: patterns interpolated anew each time would pile up.
		it.rtc.unicodeRes = map[*regex.Regexp]*regex.Regexp{}
	}
	it.rtc.unicodeRes[re] = u
	return u
}
