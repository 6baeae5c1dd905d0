package parser

import (
	"strconv"
	"strings"
	"unicode/utf8"

	plex "github.com/alecthomas/participle/v2/lexer"
)

// interpolate splits a double-quoted body into literal text and the
// variables and expressions perl interpolates, processing escapes.
func (p *exprParser) interpolate(t *plex.Token) Node {
	in := &interpolator{src: t.Value, pos: t.Pos, p: p}
	parts, _ := in.parts(0, false)
	if len(parts) == 1 {
		switch s := parts[0].(type) {
		case *StringLit:
			return s
		case *CharStringLit:
			return s
		}
	}
	if len(parts) == 0 {
		return &StringLit{base{t.Pos}, ""}
	}
	return &InterpString{base{t.Pos}, parts}
}

type interpolator struct {
	src string
	pos plex.Position
	p   *exprParser
	// regex keeps escapes raw for the regex engine and reads fewer things
	// as variables, as perl does inside patterns.
	regex bool
	// wide holds the byte ranges of the literal being built that are
	// UTF-8 encoded characters (\x{263A}, \N{U+...}); non-nil makes the
	// literal a character string.
	wide [][2]int
	// caseActive is set inside \U, \L or \F.
	caseActive bool
}

// parts scans from i; with stopAtE it returns at \E (consumed).
func (in *interpolator) parts(i int, stopAtE bool) ([]Node, int) {
	var out []Node
	var lit strings.Builder
	outerWide := in.wide
	in.wide = nil
	defer func() { in.wide = outerWide }()
	flush := func() {
		if lit.Len() > 0 {
			if in.wide != nil {
				out = append(out, &CharStringLit{base{in.pos}, charString(lit.String(), in.wide)})
			} else {
				out = append(out, &StringLit{base{in.pos}, lit.String()})
			}
			lit.Reset()
			in.wide = nil
		}
	}
	s := in.src
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && in.regex && strings.IndexByte("EULQulF", s[i+1]) < 0:
			// In a pattern an escape is the engine's business.
			lit.WriteByte(c)
			lit.WriteByte(s[i+1])
			i += 2
		case c == '\\' && i+1 < len(s):
			e := s[i+1]
			switch e {
			case 'E':
				i += 2
				if stopAtE {
					flush()
					return out, i
				}
				continue
			case 'U', 'L', 'Q', 'F':
				if e != 'Q' && in.caseActive && stopAtE {
					// \L inside \U (or the reverse) ends the \U first,
					// as perl's case modifiers do not nest.
					flush()
					return out, i
				}
				flush()
				saved := in.caseActive
				in.caseActive = in.caseActive || e != 'Q'
				inner, j := in.parts(i+2, true)
				in.caseActive = saved
				out = append(out, &CaseMod{base{in.pos}, e, &InterpString{base{in.pos}, inner}})
				i = j
				continue
			case 'u', 'l':
				flush()
				inner, j := in.parts(i+2, stopAtE)
				out = append(out, &CaseMod{base{in.pos}, e, &InterpString{base{in.pos}, inner}})
				return out, j
			}
			n := in.escape(&lit, i+1)
			i = n
		case c == '$' && i+1 < len(s) && in.regex && !regexVarStart(s[i+1:]):
			lit.WriteByte(c)
			i++
		case c == '@' && in.regex && (i+1 >= len(s) || !isIdentStart(s[i+1])):
			lit.WriteByte(c)
			i++
		case c == '$' && i+1 < len(s):
			end := in.scalarExtent(i)
			if end <= i+1 {
				lit.WriteByte(c)
				i++
				continue
			}
			flush()
			out = append(out, in.expr(s[i:end], i))
			i = end
		case c == '@' && i+1 < len(s):
			end := in.arrayExtent(i)
			if end <= i+1 {
				lit.WriteByte(c)
				i++
				continue
			}
			flush()
			out = append(out, &JoinArray{base{in.pos}, in.expr(s[i:end], i)})
			i = end
		default:
			lit.WriteByte(c)
			i++
		}
	}
	flush()
	return out, i
}

// expr parses an interpolated variable expression.
func (in *interpolator) expr(text string, off int) Node {
	text = oldSeparator(unbraceName(text))
	line := in.pos.Line + strings.Count(in.src[:off], "\n")
	n, err := ParseExpr(in.pos.Filename, text, line)
	if err != nil {
		e := toError(err)
		e.Near = false
		panic(e)
	}
	return n
}

func isIdentStart(c byte) bool {
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
}

func isIdentChar(c byte) bool { return isIdentStart(c) || (c >= '0' && c <= '9') }

// identEnd returns the end of a (possibly package-qualified) name at i.
func identEnd(s string, i int) int {
	for i < len(s) {
		switch {
		case isIdentChar(s[i]):
			i++
		case s[i] == ':' && i+2 < len(s) && s[i+1] == ':' && isIdentStart(s[i+2]):
			i += 2
		case s[i] == '\'' && i+1 < len(s) && isIdentStart(s[i+1]):
			// The old package separator: "$name's" is $name::s.
			i++
		default:
			return i
		}
	}
	return i
}

// matchBracket returns the index after the bracket closing the one at i.
func matchBracket(s string, i int) int {
	open := s[i]
	close := map[byte]byte{'[': ']', '{': '}', '(': ')'}[open]
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case open:
			depth++
		case close:
			depth--
			if depth == 0 {
				return j + 1
			}
		}
	}
	return -1
}

// scalarExtent returns where the scalar expression starting with the '$'
// at i ends, or i when it is a literal dollar.
func (in *interpolator) scalarExtent(i int) int {
	s := in.src
	j := i + 1
	switch c := s[j]; {
	case isIdentStart(c) || (c == ':' && j+2 < len(s) && s[j+1] == ':'):
		if c == ':' {
			j += 2
		}
		j = identEnd(s, j)
	case c >= '0' && c <= '9':
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j
	case c == '^' && !in.regex && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z':
		// $^W, $^O: a caret variable.
		return j + 2
	case c == '{':
		e := matchBracket(s, j)
		if e < 0 {
			return i
		}
		j = e
	case c == '$':
		if j+1 < len(s) && (isIdentStart(s[j+1]) || s[j+1] == '{' || s[j+1] == '$') {
			k := in.scalarExtentNoSubscript(j)
			if k <= j+1 {
				return j + 1
			}
			j = k
		} else {
			return j + 1
		}
	case c == '#' && !in.regex && j+1 < len(s) && (s[j+1] == '-' || s[j+1] == '+'):
		// "$#-" and "$#+": the last index of @- and @+.
		return j + 2
	case c == '^' && !in.regex && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z':
		// "$^N", "$^W": a caret variable.
		return j + 2
	case c == '-' && j+1 < len(s) && s[j+1] == '{':
		// "$-{name}": the groups of a name, with subscripts after it.
		return in.subscripts(j + 1)
	case c == '#':
		// $#array and $#{expr} / $#$ref: the last index.
		if j+1 < len(s) && (isIdentStart(s[j+1]) || s[j+1] == '{' || s[j+1] == '$') {
			if s[j+1] == '{' {
				if e := matchBracket(s, j+1); e > 0 {
					return e
				}
				return i
			}
			if s[j+1] == '$' {
				return in.scalarExtentNoSubscript(j + 1)
			}
			return identEnd(s, j+1)
		}
		return i
	case c == '^' && j+1 < len(s) && s[j+1] >= 'A' && s[j+1] <= 'Z':
		// "$^O", "$^T": control-character variables.
		return j + 2
	case (c == '+' || c == '!') && j+1 < len(s) && s[j+1] == '{':
		// "$+{name}": a named capture; "$!{ENOENT}": the Errno hash.
		return in.subscripts(j + 1)
	case (c == '+' || c == '-') && j+1 < len(s) && s[j+1] == '[' && simpleIndex(s[j+2:]):
		// "$-[0]" and "$+[1]": match offsets.
		return in.subscripts(j + 1)
	case !in.regex && strings.IndexByte("<>()", c) >= 0:
		// "$<", "$>", "$(", "$)": the user and group ids.
		return j + 1
	case !in.regex && strings.IndexByte("~%=-", c) >= 0:
		// "$~", "$%", "$=", "$-": the format variables.
		return j + 1
	case strings.IndexByte("&!@/\\,;.|?`'+", c) >= 0:
		// "$@->{code}": a punctuation variable takes arrow subscripts.
		if strings.HasPrefix(s[j+1:], "->[") || strings.HasPrefix(s[j+1:], "->{") {
			return in.subscripts(j + 1)
		}
		return j + 1
	default:
		return i
	}
	return in.subscripts(j)
}

// scalarExtentNoSubscript is the extent of $name, ${...} or $$name.
func (in *interpolator) scalarExtentNoSubscript(i int) int {
	s := in.src
	j := i + 1
	if j >= len(s) {
		return i
	}
	switch c := s[j]; {
	case isIdentStart(c):
		return identEnd(s, j)
	case c == '{':
		if e := matchBracket(s, j); e > 0 {
			return e
		}
	case c == '$':
		return in.scalarExtentNoSubscript(j)
	}
	return i
}

// subscripts extends an interpolated variable over [..], {..} and ->[..]
// ->{..} that follow it.
func (in *interpolator) subscripts(j int) int {
	s := in.src
	for j < len(s) {
		k := j
		if strings.HasPrefix(s[k:], "->") && k+2 < len(s) && (s[k+2] == '[' || s[k+2] == '{') {
			k += 2
		}
		if k >= len(s) {
			return j
		}
		switch s[k] {
		case '[':
			if !looksLikeIndex(s[k+1:]) || (in.regex && !simpleIndex(s[k+1:])) {
				return j
			}
		case '{':
		default:
			return j
		}
		e := matchBracket(s, k)
		if e < 0 {
			return j
		}
		j = e
	}
	return j
}

// looksLikeIndex guesses, as perl's intuit_more does in the simple cases,
// whether "[" after an interpolated scalar starts an index.
func looksLikeIndex(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	if c == '-' && len(s) > 1 {
		c = s[1]
	}
	return c == '$' || (c >= '0' && c <= '9')
}

// arrayExtent returns where the array expression starting with '@' at i
// ends, or i when the '@' is literal.
func (in *interpolator) arrayExtent(i int) int {
	s := in.src
	j := i + 1
	switch c := s[j]; {
	case isIdentStart(c) || c == ':':
		j = identEnd(s, j)
		if j == i+1 {
			return i
		}
	case c == '{':
		e := matchBracket(s, j)
		if e < 0 {
			return i
		}
		j = e
	case c == '$':
		k := in.scalarExtentNoSubscript(j)
		if k <= j+1 {
			return i
		}
		j = k
	case (c == '-' || c == '+') && !in.regex:
		// "@-" and "@+": the offsets of the last match.
		return j + 1
	default:
		return i
	}
	if j < len(s) && (s[j] == '[' || s[j] == '{') {
		if e := matchBracket(s, j); e > 0 {
			return e
		}
	}
	return j
}

// escape processes the backslash escape whose letter is at i and returns
// the index after it.
func (in *interpolator) escape(b *strings.Builder, i int) int {
	s := in.src
	c := s[i]
	switch c {
	case 'n':
		b.WriteByte('\n')
	case 't':
		b.WriteByte('\t')
	case 'r':
		b.WriteByte('\r')
	case 'f':
		b.WriteByte('\f')
	case 'b':
		b.WriteByte('\b')
	case 'a':
		b.WriteByte('\a')
	case 'e':
		b.WriteByte(0x1b)
	case '0', '1', '2', '3', '4', '5', '6', '7':
		j := i
		for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
			j++
		}
		n, _ := strconv.ParseUint(s[i:j], 8, 32)
		writeChar(b, rune(n))
		return j
	case 'x':
		j := i + 1
		if j < len(s) && s[j] == '{' {
			e := strings.IndexByte(s[j:], '}')
			if e < 0 {
				return j
			}
			hex := strings.ReplaceAll(strings.TrimSpace(s[j+1:j+e]), "_", "")
			n, _ := strconv.ParseUint(hex, 16, 32)
			if n > 0xff && !in.regex {
				in.writeWide(b, rune(n))
			} else {
				writeChar(b, rune(n))
			}
			return j + e + 1
		}
		k := j
		for k < len(s) && k < j+2 && isHex(s[k]) {
			k++
		}
		n, _ := strconv.ParseUint(s[j:k], 16, 32)
		b.WriteByte(byte(n))
		return k
	case 'c':
		if i+1 < len(s) {
			b.WriteByte(upper(s[i+1]) ^ 64)
			return i + 2
		}
	case 'N':
		if strings.HasPrefix(s[i+1:], "{U+") {
			e := strings.IndexByte(s[i:], '}')
			if e > 0 {
				n, _ := strconv.ParseUint(s[i+4:i+e], 16, 32)
				if in.regex {
					writeChar(b, rune(n))
				} else {
					in.writeWide(b, rune(n))
				}
				return i + e + 1
			}
		}
		b.WriteByte('N')
	default:
		b.WriteByte(c)
	}
	return i + 1
}

// writeWide writes a character as UTF-8 and records it, making the
// literal a character string, as "\x{263A}" and "\N{U+E9}" are in perl.
func (in *interpolator) writeWide(b *strings.Builder, r rune) {
	start := b.Len()
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	b.Write(buf[:n])
	in.wide = append(in.wide, [2]int{start, b.Len()})
}

// charString turns a literal whose wide ranges are UTF-8 characters and
// whose other bytes are one character each into the UTF-8 of all its
// characters.
func charString(lit string, wide [][2]int) string {
	var b strings.Builder
	at := 0
	for _, w := range wide {
		upgradeInto(&b, lit[at:w[0]])
		b.WriteString(lit[w[0]:w[1]])
		at = w[1]
	}
	upgradeInto(&b, lit[at:])
	return b.String()
}

// upgradeInto writes bytes as the UTF-8 of the characters with their codes.
func upgradeInto(b *strings.Builder, s string) {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x80 {
			b.WriteByte(c)
		} else {
			b.WriteRune(rune(c))
		}
	}
}

// writeChar writes a code point: bytes below 256 as themselves, wider
// characters UTF-8 encoded (what perl prints for them).
func writeChar(b *strings.Builder, r rune) {
	if r < 256 {
		b.WriteByte(byte(r))
		return
	}
	var buf [utf8.UTFMax]byte
	n := utf8.EncodeRune(buf[:], r)
	b.Write(buf[:n])
}

func isHex(c byte) bool {
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')
}

func upper(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 32
	}
	return c
}

// unbraceName rewrites "${name[0]}" and "${name{k}}", which perl reads as
// $name[0] and $name{k}, into those forms.
func unbraceName(text string) string {
	if len(text) < 4 || text[1] != '{' || text[len(text)-1] != '}' || !isIdentStart(text[2]) {
		return text
	}
	e := identEnd(text, 2)
	if e < len(text) && (text[e] == '[' || text[e] == '{') && matchBracket(text, e) == len(text)-1 {
		return text[:1] + text[2:len(text)-1]
	}
	return text
}

// oldSeparator rewrites perl's old package separator in an interpolated
// name ("$name's" is $name::s) into "::" for the expression parser.
func oldSeparator(text string) string {
	if len(text) < 3 || !isIdentStart(text[1]) {
		return text
	}
	end := 1
	for end < len(text) && (isIdentChar(text[end]) || text[end] == ':' ||
		(text[end] == '\'' && end+1 < len(text) && isIdentStart(text[end+1]))) {
		end++
	}
	if !strings.Contains(text[:end], "'") {
		return text
	}
	return strings.ReplaceAll(text[:end], "'", "::") + text[end:]
}

// regexVarStart reports whether the text after a $ in a pattern starts a
// variable: a name, ${...}, $$name or a capture variable; ) | and the end
// make the $ an anchor.
func regexVarStart(s string) bool {
	if s == "" {
		return false
	}
	c := s[0]
	switch {
	case isIdentStart(c), c == '{', c == ';', c >= '1' && c <= '9':
		return true
	case c == '$':
		return len(s) > 1 && (isIdentStart(s[1]) || s[1] == '{')
	case c == ':':
		return len(s) > 2 && s[1] == ':' && isIdentStart(s[2])
	}
	return false
}

// simpleIndex is the stricter test used inside patterns, where [ more
// often starts a character class: only [N], [-N] and [$i] are indexes.
func simpleIndex(s string) bool {
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i < len(s) && s[i] == '$' {
		i++
		for i < len(s) && isIdentChar(s[i]) {
			i++
		}
		return i > 1 && i < len(s) && s[i] == ']'
	}
	start := i
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > start && i < len(s) && s[i] == ']'
}
