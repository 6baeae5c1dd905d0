package builtins

import (
	"strings"

	"github.com/miniperl/miniperl/value"
)

// sprintf, after sv_vcatpvfn_flags in perl's sv.c.

// Sprintf is perl's sprintf on x86-64 Linux: flags, widths and precisions
// (also from arguments, negative widths left-justifying), explicit
// argument indexes, %v vectors with custom joiners, size modifiers, and
// the conversions %% c s d i u o x X b B e E f F g G a A D U O n p.
// Arguments that are missing read as the empty string (0 as a number);
// invalid conversions are copied literally, as perl copies them.
//
// Strings are perl byte strings. When perl's result would be a character
// string (%c of a code point above 255), the result is its UTF-8 form,
// the other items' bytes encoded as characters. %n prints nothing (perl
// would store into the argument) and %p prints the address of a reference
// and 0 for other values.
//
// On a fatal error (see SprintfChecked) Sprintf returns what was
// formatted before it.
func Sprintf(format string, args []value.Scalar) string {
	s, _ := SprintfChecked(format, args)
	return s
}

// SprintfChecked is Sprintf that also reports the errors perl dies with:
// "Cannot printf Inf with 'c'", "Missing argument for %n in sprintf",
// "Integer overflow in format string for sprintf", code points above
// 0x7FFFFFFFFFFFFFFF for %c, and results too large to build. The error is
// an *Error.
func SprintfChecked(format string, args []value.Scalar) (string, error) {
	f := formatter{pat: format, args: args, max: defaultMaxOutput}
	f.out = make([]byte, 0, len(format)+8*len(args))
	err := f.run()
	return bytesToString(f.out), err
}

// formatter holds the state of one sprintf call.
type formatter struct {
	pat     string
	args    []value.Scalar
	svix    int // next argument used implicitly
	out     []byte
	hasUTF8 bool // the result has become a character string
	// patUTF8 says the format itself is a character string (UTF-8).
	patUTF8 bool
	max     int

	// reads records what perl has cached in each argument so far in
	// this call (see sprintf_args.go).
	reads []argRead

	// indeterminate is set when perl's output would come from freed
	// memory; the differential tests skip such calls.
	indeterminate bool
}

// directive is one parsed conversion with its flags.
type directive struct {
	alt, left, fill bool
	plus            byte // 0, '+' or ' '
	width           int
	hasPrecis       bool
	precis          int
	intsize         byte // 0, 'c' (hh), 'h', 'l', 'q', 'V', 'z', 't', 'j'
	conv            byte
	vectorize       bool
	joiner          string
	joinerArg       int // the argument the joiner came from, or -1
}

// at reads the format, NUL past the end like the C string perl scans.
func (f *formatter) at(i int) byte {
	if i < len(f.pat) {
		return f.pat[i]
	}
	return 0
}

// literal appends format text, as characters once the result is one.
func (f *formatter) literal(s string) {
	if !f.hasUTF8 || f.patUTF8 {
		f.out = append(f.out, s...)
		return
	}
	for i := 0; i < len(s); i++ {
		f.out = appendLatin1AsUTF8(f.out, s[i])
	}
}

// number is perl's expect_number: digits, at most a quarter of the
// address space.
func (f *formatter) number(q *int) (int, error) {
	v := int(f.pat[*q] - '0')
	*q++
	for isDigitByte(f.at(*q)) {
		if v > (maxFormatNumber-9)/10 {
			return 0, errorf("Integer overflow in format string for sprintf")
		}
		v = v*10 + int(f.pat[*q]-'0')
		*q++
	}
	return v, nil
}

// maxFormatNumber is perl's limit on widths and precisions: STRLEN_MAX/4.
const maxFormatNumber = 1<<62 - 1

func isDigit19(c byte) bool { return c >= '1' && c <= '9' }

// argAt returns argument i (0-based) and whether it exists.
func (f *formatter) argAt(i int) (value.Scalar, bool) {
	if i < len(f.args) {
		return f.args[i], true
	}
	return value.StrValue(""), false
}

// numArg is perl's sprintf_arg_num_val: a width or precision from
// argument i; neg reports a negative value, whose magnitude is returned.
func (f *formatter) numArg(i int) (n int, neg bool, err error) {
	if i >= len(f.args) {
		return 0, false, nil
	}
	v := f.args[i]
	cachedUV := f.cachedUV(i)
	f.markInt(i)
	bits := scalarBits(v)
	if cachedUV {
		if bits > maxInt64 {
			return 0, false, errorf("Integer overflow in format string for sprintf")
		}
		return int(bits), false, nil
	}
	iv := int64(bits)
	if iv < 0 {
		if iv < -maxInt64 {
			return 0, false, errorf("Integer overflow in format string for sprintf")
		}
		iv, neg = -iv, true
	}
	if iv > maxFormatNumber {
		return 0, false, errorf("Integer overflow in format string for sprintf")
	}
	return int(iv), neg, nil
}

const maxInt64 = 1<<63 - 1

// run formats the whole pattern.
func (f *formatter) run() error {
	q := 0
	for q < len(f.pat) {
		start := q
		for q < len(f.pat) && f.pat[q] != '%' {
			q++
		}
		if q > start {
			f.literal(f.pat[start:q])
		}
		if q >= len(f.pat) {
			break
		}
		q++
		next, err := f.directive(q)
		if err != nil {
			return err
		}
		q = next
	}
	return nil
}

// directive formats the conversion whose text starts at q (just after the
// '%') and returns where the text after it starts.
func (f *formatter) directive(q int) (int, error) {
	fmtstart := q
	osvix := f.svix
	unknown := func() (int, error) {
		f.out = append(f.out, '%')
		f.svix = osvix
		return fmtstart, nil
	}
	d := directive{joinerArg: -1}
	efix := 0
	gotWidth := false
	if isDigit19(f.at(q)) {
		w, err := f.number(&q)
		if err != nil {
			return 0, err
		}
		if f.at(q) == '$' {
			q++
			efix = w
		} else {
			d.width, gotWidth = w, true
		}
	}
	if !gotWidth {
	flags:
		for {
			switch f.at(q) {
			case ' ', '+':
				if !(d.plus == '+' && f.at(q) == ' ') {
					d.plus = f.at(q)
				}
			case '-':
				d.left = true
			case '0':
				d.fill = true
			case '#':
				d.alt = true
			default:
				break flags
			}
			q++
		}
	tryAsterisk:
		for {
			switch f.at(q) {
			case '*':
				q++
				ix := 0
				if isDigit19(f.at(q)) {
					n, err := f.number(&q)
					if err != nil {
						return 0, err
					}
					c := f.at(q)
					q++
					if c != '$' {
						return unknown()
					}
					ix = n
				}
				if f.at(q) == 'v' {
					q++
					if d.vectorize {
						return unknown()
					}
					ji := ix - 1
					if ix == 0 {
						ji = f.svix
						f.svix++
					}
					d.joiner, d.joinerArg = f.str(ji), ji
					if f.hasUTF8 {
						d.joiner = string(upgradeLatin1([]byte(d.joiner)))
						d.joinerArg = -1 // a copy, see integer
					}
					d.vectorize = true
					continue tryAsterisk
				}
				wi := ix - 1
				if ix == 0 {
					wi = f.svix
					f.svix++
				}
				w, neg, err := f.numArg(wi)
				if err != nil {
					return 0, err
				}
				d.width = w
				if neg {
					d.left = true
				}
			case 'v':
				q++
				if d.vectorize {
					return unknown()
				}
				d.vectorize = true
				d.joiner, d.joinerArg = ".", -1
				continue tryAsterisk
			default:
				if f.at(q) == '0' {
					d.fill = true
					q++
				}
				if isDigit19(f.at(q)) {
					w, err := f.number(&q)
					if err != nil {
						return 0, err
					}
					d.width = w
				}
			}
			break
		}
	}
	// precision
	if f.at(q) == '.' {
		q++
		if f.at(q) == '*' {
			q++
			ix := 0
			if isDigit19(f.at(q)) {
				n, err := f.number(&q)
				if err != nil {
					return 0, err
				}
				c := f.at(q)
				q++
				if c != '$' {
					return unknown()
				}
				ix = n
			}
			pi := ix - 1
			if ix == 0 {
				pi = f.svix
				f.svix++
			}
			p, neg, err := f.numArg(pi)
			if err != nil {
				return 0, err
			}
			d.hasPrecis = !neg
			if d.hasPrecis {
				d.precis = p
			}
		} else {
			for f.at(q) == '0' {
				q++
			}
			if isDigit19(f.at(q)) {
				p, err := f.number(&q)
				if err != nil {
					return 0, err
				}
				d.precis = p
			}
			d.hasPrecis = true
		}
	}
	// size
	switch f.at(q) {
	case 'L', 'q':
		d.intsize = 'q'
		q++
	case 'l':
		q++
		if f.at(q) == 'l' {
			d.intsize = 'q'
			q++
		} else {
			d.intsize = 'l'
		}
	case 'h':
		q++
		if f.at(q) == 'h' {
			d.intsize = 'c'
			q++
		} else {
			d.intsize = 'h'
		}
	case 'V', 'z', 't', 'j':
		d.intsize = f.at(q)
		q++
	}
	d.conv = f.at(q)
	q++
	if q > len(f.pat) {
		return unknown() // the format ended inside the directive
	}
	if d.conv == '%' {
		if d.vectorize {
			return unknown()
		}
		text := "%"
		if d.hasPrecis && d.precis < 1 {
			text = ""
		}
		return q, f.emit(&d, text, false)
	}
	if d.vectorize && strings.IndexByte("BbDdiOouUXx", d.conv) < 0 {
		return unknown()
	}
	ai := efix - 1
	if efix == 0 {
		ai = f.svix
		f.svix++
	}
	present := ai < len(f.args)
	switch d.conv {
	case 's':
		s := f.str(ai)
		if v, _ := f.argAt(ai); v.IsUTF8() {
			return q, f.emitChars(&d, s)
		}
		if d.hasPrecis && d.precis < len(s) {
			s = s[:d.precis]
		}
		return q, f.emit(&d, s, false)
	case 'c':
		return q, f.char(&d, ai)
	case 'd', 'i', 'D', 'u', 'U', 'o', 'O', 'x', 'X', 'b', 'B', 'p':
		return q, f.integer(&d, ai)
	case 'e', 'E', 'f', 'F', 'g', 'G', 'a', 'A':
		switch d.intsize {
		case 'c', 'h', 'z', 't', 'j':
			return unknown()
		}
		return q, f.float(&d, ai)
	case 'n':
		if !present {
			return 0, errorf("Missing argument for %%n in sprintf")
		}
		// perl stores the length so far in the argument; there is no
		// variable to store into here, so %n just prints nothing.
		return q, nil
	}
	return unknown()
}

// emit appends one formatted string item padded to the width. isUTF8
// says the text is already UTF-8 for a character string; otherwise it is
// upgraded when the result is one, the width counting characters.
func (f *formatter) emit(d *directive, text string, isUTF8 bool) error {
	width := d.width
	if isUTF8 && !f.hasUTF8 {
		if len(f.out) > 0 {
			f.out = upgradeLatin1(f.out)
		}
		f.hasUTF8 = true
	} else if !isUTF8 && f.hasUTF8 {
		up := upgradeLatin1([]byte(text))
		if width > 0 {
			width += len(up) - len(text)
		}
		text = string(up)
	}
	return appendPadded(f, d, width, nil, 0, text)
}

// appendPadded appends sign, zeros and text, padded to width with spaces
// (or zeros after the sign under the 0 flag), as perl's sprintf lays out
// every item that is not a floating-point number.
func appendPadded[T string | []byte](f *formatter, d *directive, width int, sign []byte, zeros int, text T) error {
	have := len(sign) + zeros + len(text)
	need := max(have, width)
	if need > f.max-len(f.out) {
		return errorf("Out of memory during sprintf")
	}
	gap := need - have
	switch {
	case d.left:
		f.out = append(f.out, sign...)
		f.out = appendRepeat(f.out, '0', zeros)
		f.out = append(f.out, text...)
		f.out = appendRepeat(f.out, ' ', gap)
	case d.fill:
		f.out = append(f.out, sign...)
		f.out = appendRepeat(f.out, '0', zeros+gap)
		f.out = append(f.out, text...)
	default:
		f.out = appendRepeat(f.out, ' ', gap)
		f.out = append(f.out, sign...)
		f.out = appendRepeat(f.out, '0', zeros)
		f.out = append(f.out, text...)
	}
	return nil
}

func appendRepeat(b []byte, c byte, n int) []byte {
	for ; n > 0; n-- {
		b = append(b, c)
	}
	return b
}
