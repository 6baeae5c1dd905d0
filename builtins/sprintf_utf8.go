package builtins

import (
	"unicode/utf8"

	"github.com/miniperl/miniperl/value"
)

// SprintfChars is SprintfChecked for perl's character strings: the format
// and the arguments may be character strings (value.Scalar.IsUTF8), whose
// widths and precisions count characters. isUTF8 reports whether the
// result is a character string; its text is then UTF-8.
func SprintfChars(format value.Scalar, args []value.Scalar) (s string, isUTF8 bool, err error) {
	f := formatter{pat: format.String(), args: args, max: defaultMaxOutput}
	if format.IsUTF8() {
		f.hasUTF8, f.patUTF8 = true, true
	}
	f.out = make([]byte, 0, len(f.pat)+8*len(args))
	err = f.run()
	return bytesToString(f.out), f.hasUTF8, err
}

// emitChars appends a %s item that is a character string: the precision
// and the width count characters.
func (f *formatter) emitChars(d *directive, s string) error {
	if d.hasPrecis {
		n := 0
		for i := range s {
			if n == d.precis {
				s = s[:i]
				break
			}
			n++
		}
	}
	if !f.hasUTF8 {
		if len(f.out) > 0 {
			f.out = upgradeLatin1(f.out)
		}
		f.hasUTF8 = true
	}
	width := d.width
	if width > 0 {
		width += len(s) - utf8.RuneCountInString(s)
	}
	return appendPadded(f, d, width, nil, 0, s)
}

// vectorChars is %vd of a character string: one number a character.
func (f *formatter) vectorChars(d *directive, conv byte, base int, sign []byte, vec string) error {
	first := true
	for _, r := range vec {
		if !first {
			f.literalRaw(d.joiner)
		}
		if err := f.digits(d, conv, base, sign, uint64(r)); err != nil {
			return err
		}
		sign = nil
		first = false
	}
	return nil
}
