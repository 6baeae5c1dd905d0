package interp

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"github.com/miniperl/miniperl/value"
)

// The format engine: perl's formline over one picture line at a time
// (perlform). A picture is literal text with fields: @<<< @>>> @|||
// (text, left, right, centred), @##.## @0## (numbers), @* (multi-line
// text); ^ instead of @ takes as much text as fits and chops it off the
// variable, leaving the rest for the next line. ~ on a line drops the
// line when its fields are all empty; ~~ repeats it until they are.

// formField is one field of a picture line.
type formField struct {
	lit   string // literal text before the field
	kind  byte   // '<', '>', '|', '#' (number), '*' (multi-line); 0: none (trailing text)
	caret bool   // ^ field: chop what is shown off the variable
	width int
	// numbers: decimals after the point, whether the picture has a
	// point, and zero padding (@0##).
	decimals int
	point    bool
	zero     bool
	// more is a text field ending in "...": the dots show when text
	// is left over.
	more bool
}

// formPicture is one compiled picture line.
type formPicture struct {
	fields   []formField
	nArgs    int
	suppress bool // ~: drop the line when every field is empty
	repeat   bool // ~~: repeat the line while any field has text
	line     int  // the picture's line, for "Runaway format"
}

// parsePicture compiles a picture line (without its newline).
func parsePicture(pic string) formPicture {
	var p formPicture
	var lit strings.Builder
	for i := 0; i < len(pic); {
		c := pic[i]
		switch {
		case c == '~':
			p.suppress = true
			if i+1 < len(pic) && pic[i+1] == '~' {
				p.repeat = true
				lit.WriteString("  ")
				i += 2
				continue
			}
			lit.WriteByte(' ')
			i++
			continue
		case c == '@' || c == '^':
			f := formField{lit: lit.String(), caret: c == '^'}
			lit.Reset()
			j := i + 1
			switch {
			case j < len(pic) && pic[j] == '*':
				f.kind = '*'
				j++
			case j < len(pic) && (pic[j] == '#' || (pic[j] == '0' || pic[j] == '.') && j+1 < len(pic) && (pic[j+1] == '#' || pic[j+1] == '.')):
				f.kind = '#'
				if pic[j] == '0' {
					f.zero = true
					j++
				}
				for j < len(pic) && pic[j] == '#' {
					j++
				}
				if j < len(pic) && pic[j] == '.' {
					f.point = true
					j++
					for j < len(pic) && pic[j] == '#' {
						f.decimals++
						j++
					}
				}
				f.width = j - i
			default:
				f.kind = '<'
				if j < len(pic) && (pic[j] == '<' || pic[j] == '>' || pic[j] == '|') {
					f.kind = pic[j]
					for j < len(pic) && pic[j] == f.kind {
						j++
					}
				}
				if strings.HasPrefix(pic[j:], "...") {
					f.more = true
					j += 3
				}
				f.width = j - i
			}
			p.fields = append(p.fields, f)
			p.nArgs++
			i = j
			continue
		}
		lit.WriteByte(c)
		i++
	}
	if lit.Len() > 0 || len(p.fields) == 0 {
		p.fields = append(p.fields, formField{lit: lit.String()})
	}
	return p
}

// fieldWarn checks the value of argument i for a numeric or text field.
type fieldWarn func(i int, v value.Scalar, numeric bool)

// formChop is perl's $: default: where ^ fields may break text.
const formChop = " \n-"

// renderPicture fills a picture line from args (the containers of its
// argument line) into out, with perl's line handling: trailing spaces
// dropped, ~ and ~~ lines. It dies, as perl does, on a ~~ line that
// would repeat forever.
//
// warn, when not nil, is told of each value a field uses (by its index
// among args) and whether the field is numeric, for the uninitialized
// and non-numeric warnings.
func (it *Interp) renderPicture(out *strings.Builder, p *formPicture, args []*value.Scalar, chopset string, file string, line int, warn fieldWarn) {
	for round := 0; ; round++ {
		var b strings.Builder
		gotSome := false
		chopped := false
		ai := 0
		for fi := range p.fields {
			f := &p.fields[fi]
			b.WriteString(f.lit)
			if f.kind == 0 {
				continue
			}
			var sv *value.Scalar
			if ai < len(args) {
				sv = args[ai]
			}
			ai++
			if warn != nil && round == 0 {
				var v value.Scalar
				if sv != nil {
					v = *sv
				}
				if !(f.caret && f.kind == '#' && v.IsUndef()) {
					warn(ai-1, v, f.kind == '#')
				}
			}
			got, didChop := it.renderField(&b, f, sv, chopset)
			gotSome = gotSome || got
			chopped = chopped || didChop
		}
		text := strings.TrimRight(b.String(), " ")
		if !p.suppress || gotSome {
			out.WriteString(text)
			out.WriteByte('\n')
		}
		if !p.repeat || !gotSome {
			return
		}
		if !chopped || round > 1<<20 {
			it.dieAt(file, line, "Runaway format")
		}
	}
}

// renderField writes one field's value; got reports that it showed
// something (perl's "gotsome"), chopped that a ^ field consumed text.
func (it *Interp) renderField(b *strings.Builder, f *formField, sv *value.Scalar, chopset string) (got, chopped bool) {
	var v value.Scalar
	if sv != nil {
		v = *sv
	}
	switch f.kind {
	case '#':
		if f.caret && v.IsUndef() {
			b.WriteString(strings.Repeat(" ", f.width))
			return false, false
		}
		b.WriteString(formatNumberField(v.Float(), f))
		return true, false
	case '*':
		s := v.String()
		if f.caret {
			// ^*: one line of the value, chopped off.
			if i := strings.IndexByte(s, '\n'); i >= 0 {
				b.WriteString(s[:i])
				it.formChopTo(sv, s[i+1:])
				return i > 0 || len(s) > i+1, true
			}
			b.WriteString(s)
			it.formChopTo(sv, "")
			return s != "", s != ""
		}
		b.WriteString(strings.TrimSuffix(s, "\n"))
		return s != "", false
	}
	s := v.String()
	var item string
	rest := ""
	if f.caret {
		item, rest = chopItem(s, f.width, chopset)
	} else {
		item = checkNL(s, f.width)
	}
	for _, r := range item {
		if r >= ' ' && r != 0x7f {
			got = true
			break
		}
	}
	item = blankControls(item)
	n := utf8.RuneCountInString(item)
	pad := f.width - n
	showMore := f.more && f.caret && strings.TrimLeft(rest, " \t\n\r\f") != ""
	switch f.kind {
	case '>':
		b.WriteString(strings.Repeat(" ", pad))
		b.WriteString(item)
	case '|':
		b.WriteString(strings.Repeat(" ", pad/2))
		b.WriteString(item)
		b.WriteString(strings.Repeat(" ", pad-pad/2))
	default:
		b.WriteString(item)
		b.WriteString(strings.Repeat(" ", pad))
	}
	if showMore {
		// The last three columns of the field become "...", moved left
		// over the padding to follow the text.
		cur := b.String()
		if s1 := len(cur) - 3; s1 >= 0 {
			tail := cur[s1+3:]
			if cur[s1:s1+3] == "   " {
				for s1 > 0 && cur[s1-1] == ' ' {
					s1--
				}
				tail = cur[s1+3:]
			}
			b.Reset()
			b.WriteString(cur[:s1])
			b.WriteString("...")
			b.WriteString(tail)
		}
	}
	if f.caret && sv != nil {
		if strings.ContainsRune(chopset, ' ') {
			rest = strings.TrimLeft(rest, " \t\n\r\f")
		}
		it.formChopTo(sv, rest)
		chopped = true
	}
	return got, chopped
}

// formChopTo leaves the rest of a ^ field's text in its variable.
func (it *Interp) formChopTo(sv *value.Scalar, rest string) {
	if sv == nil {
		return
	}
	if sv.IsUTF8() {
		*sv = value.UTF8Value(rest)
		return
	}
	*sv = value.StrValue(rest)
}

// checkNL is what an @ text field shows: up to width characters, ending
// at the first newline.
func checkNL(s string, width int) string {
	n := 0
	for i, r := range s {
		if r == '\n' || n == width {
			return s[:i]
		}
		n++
	}
	return s
}

// chopItem splits what a ^ field of width shows from the rest of s: the
// longest start that fits and ends at a break character of chopset
// (spaces are not shown; other break characters are), or the whole of s
// when it fits, or width characters when no break is found.
func chopItem(s string, width int, chopset string) (item, rest string) {
	chopSpace := strings.ContainsRune(chopset, ' ')
	size := 0
	cut := -1  // byte offset where the item ends
	next := -1 // byte offset where the rest starts
	i := 0
	for i < len(s) {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' {
			if r == '\n' {
				cut, next = i, i
				break
			}
			if chopSpace {
				cut, next = i, i
			}
			if size == width {
				break
			}
		} else {
			if size == width {
				break
			}
			if strings.ContainsRune(chopset, r) {
				cut, next = i+sz, i+sz
			}
		}
		i += sz
		size++
	}
	if cut < 0 || i >= len(s) {
		cut, next = i, i
	}
	return s[:cut], s[next:]
}

// blankControls shows control characters as spaces, as formline does.
func blankControls(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < ' ' || s[i] == 0x7f {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if b[j] < ' ' || b[j] == 0x7f {
					b[j] = ' '
				}
			}
			return string(b)
		}
	}
	return s
}

// formatNumberField formats a number into an @##.## field, or fills the
// field with # when the number does not fit.
func formatNumberField(x float64, f *formField) string {
	intSize := f.width
	if x < 0 {
		intSize--
	}
	if f.point {
		intSize--
	}
	intSize -= f.decimals
	pwr, eps := 1.0, 0.5
	for i := 0; i < intSize; i++ {
		pwr *= 10
	}
	for i := 0; i < f.decimals; i++ {
		eps /= 10
	}
	if (x >= 0 && x+eps >= pwr) || (x < 0 && x-eps <= -pwr) || math.IsNaN(x) {
		return strings.Repeat("#", f.width)
	}
	flags := ""
	if f.point {
		flags = "#"
	}
	if f.zero {
		flags += "0"
	}
	return fmt.Sprintf("%"+flags+"*.*f", f.width, f.decimals, x)
}
