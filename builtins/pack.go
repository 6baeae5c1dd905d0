package builtins

import (
	"strings"

	"github.com/miniperl/miniperl/value"
)

// pack, after pp_pack.c's pack_rec.

// defaultMaxOutput caps the bytes pack may produce and the work unpack may
// do, so that a count like x99999999999 fails instead of exhausting
// memory. perl would die "Out of memory" in the same places.
const defaultMaxOutput = 1 << 30

// Pack is perl's pack on x86-64 Linux: it packs args by template, with
// the whole template language (counts, *, [N] and [template], groups,
// '/', modifiers ! < >, comments) and every letter but p and P, which
// would pack Go addresses and are refused ("'p' is not supported in
// pack").
//
// Strings are perl byte strings. When perl's result would be a character
// string (a template starting with U, U0, or W above 255), the result is
// perl's internal form of it: the UTF-8 encoding of its characters, bytes
// packed by other letters included, exactly as perl's buffer holds them.
//
// Errors are *Error values worded as perl's without the location, e.g.
// "Invalid type 'y' in pack". Results over 1 GiB fail with "Out of memory
// during pack()".
func Pack(template string, args []value.Scalar) (string, error) {
	return packWith(parseTemplate(template, false), args, defaultMaxOutput)
}

// Pack is perl's pack with the parsed template cached in c.
func (c *Templates) Pack(template string, args []value.Scalar) (string, error) {
	return packWith(c.get(template, false), args, defaultMaxOutput)
}

func packWith(t *template, args []value.Scalar, max int) (string, error) {
	s, _, err := packDetail(t, args, max)
	return s, err
}

// packDetail is packWith that also reports whether perl's behaviour is
// undefined for this call (it would corrupt memory).
func packDetail(t *template, args []value.Scalar, max int) (string, bool, error) {
	p := packer{args: args, max: max}
	// Strings packed with * or a '/' length are not in the template's
	// size; counting the string arguments sizes the buffer once.
	hint := t.sizeHint
	for i := range args {
		if args[i].Kind() == value.Str {
			hint += len(args[i].String())
		}
	}
	p.out = make([]byte, 0, min(hint, max))
	if err := p.run(t, 0, false); err != nil {
		return "", p.indeterminate, err
	}
	if p.utf8Out && !validUTF8(p.out) {
		return "", p.indeterminate, packUTF8Error(p.out)
	}
	return bytesToString(p.out), p.indeterminate, nil
}

// packer holds the state of one pack call.
type packer struct {
	out     []byte
	args    []value.Scalar
	next    int        // index of the next argument
	utf8Out bool       // the result is a character string (SvUTF8 in perl)
	marks   groupMarks // where each open group level started
	max     int
	work    int

	// indeterminate is set where perl's own behaviour is undefined: a
	// '.' offset of -2**63 makes perl move its write pointer wildly. We
	// report an error instead; the differential tests skip such calls.
	indeterminate bool
}

// items is the number of arguments not yet used.
func (p *packer) items() int { return len(p.args) - p.next }

// arg is perl's NEXTFROM: the '/' length when one is pending, else the
// next argument, else the empty string.
func (p *packer) arg(lengthcode *value.Scalar) value.Scalar {
	if lengthcode != nil {
		return *lengthcode
	}
	if p.next < len(p.args) {
		p.next++
		return p.args[p.next-1]
	}
	return value.StrValue("")
}

// setMark records where the group at level starts.
func (p *packer) setMark(level, at int) { p.marks.set(level, at) }

// room fails when adding n bytes would pass the output limit.
func (p *packer) room(n int) error {
	if n < 0 || n > p.max-len(p.out) {
		return errorf("Out of memory during pack()")
	}
	return nil
}

// need fails when n items of size bytes would pass the output limit.
func (p *packer) need(n, size int) error {
	if n > (p.max-len(p.out))/size {
		return errorf("Out of memory during pack()")
	}
	return nil
}

// grow appends n zero bytes.
func (p *packer) grow(n int) error {
	if err := p.room(n); err != nil {
		return err
	}
	p.out = append(p.out, make([]byte, n)...)
	return nil
}

// pushByte appends b, as a character when packing characters.
func (p *packer) pushByte(utf8 bool, b byte) {
	if utf8 {
		p.out = appendLatin1AsUTF8(p.out, b)
	} else {
		p.out = append(p.out, b)
	}
}

// pushBytes appends b, reversed when swap, each byte as a character when
// packing characters.
func (p *packer) pushBytes(utf8 bool, b []byte, swap bool) {
	for i := range b {
		c := b[i]
		if swap {
			c = b[len(b)-1-i]
		}
		p.pushByte(utf8, c)
	}
}

// intArg is SvIV_no_inf: the next argument as an integer bit pattern,
// refusing infinities and NaNs.
func (p *packer) intArg(lengthcode *value.Scalar, code byte) (uint64, error) {
	v := p.arg(lengthcode)
	switch v.Kind() {
	case value.Int, value.Dual, value.Undef:
		return uint64(v.Int()), nil
	}
	if f, bad := infNaNArg(v); bad {
		if code == 'w' {
			return 0, errorf("Cannot compress %s in pack", formatNVg(f))
		}
		return 0, errorf("Cannot pack %s with '%c'", formatNVg(f), code)
	}
	return scalarBits(v), nil
}

// run packs the symbols of t at group depth level; utf8 says whether bytes
// are being written as characters (perl's utf8 flag in pack_rec).
func (p *packer) run(t *template, level int, utf8 bool) error {
	if len(t.syms) == 0 {
		return t.err
	}
	if level == 0 && t.syms[0].code == 'U' {
		p.upgrade(level)
		utf8 = false
	}
	p.setMark(level, len(p.out))
	override, overridden := 0, false // a count given by a preceding '/'
	// After a group perl takes the '/' flag for the next item from the
	// group's own parse state: lost when the group ran, the group's own
	// '/' when it ran no times.
	slashAfterGroup, fixSlash := false, false
	for i := range t.syms {
		sym := t.syms[i]
		if overridden {
			sym.how, sym.count, overridden = lenNumber, override, false
		}
		if fixSlash {
			sym.slash, fixSlash = slashAfterGroup, false
		}
		if p.work++; p.work > p.max {
			return errorf("Out of memory during pack()")
		}
		n := sym.count
		if sym.how == lenStar {
			n = p.items()
			if strings.IndexByte("@Xxu", sym.code) >= 0 {
				n = 0
			}
		}
		// perl parses the following symbol before packing this one.
		if i+1 == len(t.syms) && t.err != nil {
			return t.err
		}
		var lengthcode *value.Scalar
		if sym.slash {
			if i+1 == len(t.syms) {
				return errorf("Code missing after '/' in pack")
			}
			next := &t.syms[i+1]
			count := p.items()
			switch next.code {
			case 'a', 'A', 'Z':
				if next.how == lenNumber {
					count = next.count
				} else {
					count = 0
					if p.items() > 0 {
						count = len(p.args[p.next].String())
					}
					if next.code == 'Z' {
						count++
					}
				}
			default:
				if next.how == lenNumber && next.count < p.items() {
					count = next.count
				}
			}
			override, overridden = count, true
			lc := value.IntValue(int64(count))
			lengthcode = &lc
		}
		var err error
		if sym.code == '(' {
			ran := 0
			for ; n > 0; n-- {
				was := p.utf8Out
				if err := p.run(sym.group, level+1, utf8); err != nil {
					return err
				}
				ran++
				if p.utf8Out != was {
					utf8 = true
				}
				if sym.how == lenStar && p.items() == 0 {
					break
				}
			}
			slashAfterGroup, fixSlash = ran == 0 && sym.slash, true
		} else if utf8, err = p.one(&sym, n, level, utf8, lengthcode); err != nil {
			return err
		}
		if len(p.out) > p.max {
			return errorf("Out of memory during pack()")
		}
	}
	return nil
}

// one packs a single symbol n times and returns the new utf8 mode.
func (p *packer) one(sym *symbol, n, level int, utf8 bool, lengthcode *value.Scalar) (bool, error) {
	code := sym.code
	swap := sym.endian == bigEndian
	if sym.shriek {
		switch code {
		case '.', '@':
			return utf8, p.position(sym, n, level, utf8, lengthcode)
		case 'x', 'X':
			return utf8, p.align(code, n, level, utf8)
		case 'l', 'L':
			return utf8, p.ints(code, n, 8, swap, utf8, lengthcode)
		case 'n':
			return utf8, p.ints(code, n, 2, true, utf8, lengthcode)
		case 'N':
			return utf8, p.ints(code, n, 4, true, utf8, lengthcode)
		}
		// s!, S!, i!, I!, v!, V! are the same as without the '!' here.
	}
	switch code {
	case '%':
		return utf8, errorf("'%%' may not be used in pack")
	case '.', '@':
		return utf8, p.position(sym, n, level, utf8, lengthcode)
	case 'X':
		if utf8 {
			if n < 1 {
				return utf8, nil
			}
			if err := p.shrinkChars(n, 'X'); err != nil {
				return utf8, err
			}
			p.clampMarks(level)
			return utf8, nil
		}
		return utf8, p.shrink(n, 'X', level)
	case 'x':
		return utf8, p.grow(n)
	case 'a', 'A', 'Z':
		return utf8, p.str(code, sym.how == lenStar, n, utf8, lengthcode)
	case 'b', 'B':
		return utf8, p.bits(code, sym.how == lenStar, n, utf8, lengthcode)
	case 'h', 'H':
		return utf8, p.hex(code, sym.how == lenStar, n, utf8, lengthcode)
	case 'c', 'C':
		if code == 'C' && n == 0 {
			return p.utf8Out, nil
		}
		if err := p.need(n, 1); err != nil {
			return utf8, err
		}
		for ; n > 0; n-- {
			v, err := p.intArg(lengthcode, code)
			if err != nil {
				return utf8, err
			}
			p.pushByte(utf8, byte(v))
		}
		return utf8, nil
	case 'W':
		return p.wide(n, level, utf8, lengthcode)
	case 'U':
		return p.unicode(n, level, utf8, lengthcode)
	case 's', 'S', 'v':
		return utf8, p.ints(code, n, 2, swap, utf8, lengthcode)
	case 'n':
		return utf8, p.ints(code, n, 2, true, utf8, lengthcode)
	case 'i', 'I', 'l', 'L', 'V':
		return utf8, p.ints(code, n, 4, swap, utf8, lengthcode)
	case 'N':
		return utf8, p.ints(code, n, 4, true, utf8, lengthcode)
	case 'q', 'Q', 'j', 'J':
		return utf8, p.ints(code, n, 8, swap, utf8, lengthcode)
	case 'f', 'd', 'F', 'D':
		return utf8, p.floats(code, n, swap, utf8, lengthcode)
	case 'w':
		return utf8, p.ber(n, utf8, lengthcode)
	case 'u':
		return utf8, p.uuencode(n, utf8, lengthcode)
	case 'p', 'P':
		return utf8, errorf("'%c' is not supported in pack", code)
	}
	return utf8, errorf("Invalid type '%c' in pack", code)
}
