package builtins

import (
	"math"
	"strings"

	"github.com/miniperl/miniperl/value"
)

// unpack, after pp_pack.c's unpack_rec.

// Unpack is perl's unpack in list context on x86-64 Linux: the values
// template finds in data, a perl byte string. Templates that start with U
// or contain U0 read the UTF-8 form of the data, by characters or (in U0
// mode) by bytes, as perl does. p and P are refused.
//
// Integers come back as integer scalars, except unsigned values above
// 2**63-1 (from Q, J, L!, w, checksums), which come back as their decimal
// strings since the value package has no unsigned kind; floating-point
// letters give float scalars. Errors are *Error values worded as perl's,
// e.g. "'x' outside of string in unpack".
func Unpack(template string, data string) ([]value.Scalar, error) {
	return unpackWith(parseTemplate(template, true), data, defaultMaxOutput)
}

// Unpack is perl's unpack with the parsed template cached in c.
func (c *Templates) Unpack(template string, data string) ([]value.Scalar, error) {
	return unpackWith(c.get(template, true), data, defaultMaxOutput)
}

func unpackWith(t *template, data string, max int) ([]value.Scalar, error) {
	vals, _, err := unpackDetail(t, data, max)
	return vals, err
}

// unpackDetail is unpackWith that also reports whether the result
// depends on what perl leaves undefined.
func unpackDetail(t *template, data string, max int) ([]value.Scalar, bool, error) {
	u := unpacker{buf: data, max: max}
	u.out = make([]value.Scalar, 0, t.valuesHint)
	if t.needUTF8 {
		u.buf = string(upgradeLatin1([]byte(data)))
		u.doUTF8 = true
	}
	if _, _, err := u.run(t, 0, 0, u.doUTF8 && !t.startsU); err != nil {
		return nil, u.indeterminate, err
	}
	return u.out, u.indeterminate, nil
}

// unpacker holds the state of one unpack call.
type unpacker struct {
	buf    string
	doUTF8 bool // buf is the UTF-8 form of the data
	out    []value.Scalar
	marks  groupMarks // where each open group level started
	max    int
	work   int
	sum    checksum // of the group level being unpacked

	// indeterminate is set when perl's result depends on uninitialised
	// memory (see readBytes); the differential tests skip such cases.
	indeterminate bool
}

// checksum is the running checksum of a %<bits> prefix. Each group level
// has its own, as perl keeps it in a local of unpack_rec.
type checksum struct {
	bits    int // 0 when no checksum is running
	cuv     uint64
	cdouble float64
}

// push appends one result value.
func (u *unpacker) push(v value.Scalar) { u.out = append(u.out, v) }

// addIV and addUV feed a value to the running checksum.
func (u *unpacker) addIV(v int64) {
	if u.sum.bits > 64 {
		u.sum.cdouble += float64(v)
	} else {
		u.sum.cuv += uint64(v)
	}
}

func (u *unpacker) addUV(v uint64) {
	if u.sum.bits > 64 {
		u.sum.cdouble += float64(v)
	} else {
		u.sum.cuv += v
	}
}

// pushIV, pushUV and pushNV push a value, or add it to the checksum when
// one is running.
func (u *unpacker) pushIV(v int64) {
	if u.sum.bits != 0 {
		u.addIV(v)
		return
	}
	u.push(value.IntValue(v))
}

func (u *unpacker) pushUV(v uint64) {
	if u.sum.bits != 0 {
		u.addUV(v)
		return
	}
	u.push(uvValue(v))
}

func (u *unpacker) pushNV(f float64) {
	if u.sum.bits != 0 {
		u.sum.cdouble += f
		return
	}
	u.push(value.FloatValue(f))
}

// endChecksum pushes the checksum of the item just unpacked.
func (u *unpacker) endChecksum(code byte) {
	bits := u.sum.bits
	if strings.IndexByte("fFdD", code) >= 0 || (bits > 64 && strings.IndexByte("cCsSiIlLnNUWvVqQjJ", code) >= 0) {
		anv := float64(int(1) << uint(bits&15))
		// perl multiplies once per 16 bits; once anv is infinite more
		// rounds change nothing, and a count like %5555555555555555
		// would take perl (and us) practically forever.
		for bits >= 16 && !math.IsInf(anv, 1) {
			bits -= 16
			anv *= 65536
		}
		c := u.sum.cdouble
		switch {
		case math.IsInf(c, 0):
			// modf of an infinity; perl loops forever on -Inf
			u.indeterminate = u.indeterminate || c < 0
			c = math.Copysign(0, c)
		case c < 0:
			if -c/anv < 1e6 {
				for c < 0 {
					c += anv
				}
			} else {
				// perl adds anv until the sum is not negative, which
				// takes practically forever here
				u.indeterminate = true
				c = math.Mod(c, anv) + anv
			}
		}
		if !math.IsInf(c, 0) {
			_, c = math.Modf(c / anv)
		}
		u.push(value.FloatValue(c * anv))
	} else {
		cuv := u.sum.cuv
		if bits < 64 {
			cuv &= 1<<uint(bits) - 1
		}
		u.push(uvValue(cuv))
	}
	u.sum.bits = 0
}

// run unpacks the symbols of t at group depth level starting at byte s,
// in character mode when utf8, and returns where it stopped. slashed
// reports that it stopped at a '/' with nothing to take a count from,
// which leaves perl's '/' flag set for the enclosing group's item.
func (u *unpacker) run(t *template, level, s int, utf8 bool) (end int, slashed bool, err error) {
	u.setMark(level, s)
	base := len(u.out)
	saved := u.sum
	u.sum = checksum{}
	defer func() { u.sum = saved }()
	for i := 0; i < len(t.syms); i++ {
		sym := &t.syms[i]
		n := sym.count
		if sym.how == lenStar {
			n = len(u.buf)
		}
		// perl reads how the count was written once per item: after a
		// '/', the counted item still sees the length item's.
		how := sym.how
		explicit := true
		for {
			if u.work++; u.work > u.max || len(u.out) > u.max {
				return s, false, errorf("Out of memory during unpack()")
			}
			beyond := s >= len(u.buf)
			if size := packSize(sym.code, sym.shriek); size > 0 {
				if howmany := (len(u.buf) - s) / size; n > howmany {
					n = howmany
				}
			}
			if sym.code == '%' && !sym.shriek {
				if how == lenNone {
					n = 16
				}
				u.sum = checksum{bits: n}
				break
			}
			slash := sym.slash
			s, utf8, slash, err = u.one(sym, how, n, level, s, utf8, explicit, slash)
			if err != nil {
				return s, false, err
			}
			if u.sum.bits != 0 {
				u.endChecksum(sym.code)
			}
			if !slash {
				break
			}
			if len(u.out)-base <= 0 {
				return s, true, nil
			}
			if i+1 == len(t.syms) {
				if t.err != nil {
					return s, false, t.err
				}
				return s, false, errorf("Code missing after '/' in unpack")
			}
			i++
			sym = &t.syms[i]
			if sym.how == lenNumber {
				return s, false, errorf("Count after length/code in unpack")
			}
			if beyond {
				return s, false, errorf("length/code after end of string in unpack")
			}
			last := u.out[len(u.out)-1]
			u.out = u.out[:len(u.out)-1]
			n = int(int64(scalarBits(last)))
			if n < 0 {
				return s, false, errorf("Negative '/' count in unpack")
			}
			explicit = false
		}
	}
	return s, false, t.err
}

// one unpacks a single symbol with count n. A group decides whether a
// '/' after it still applies, so slash goes in and comes back out.
func (u *unpacker) one(sym *symbol, how howLen, n, level, s int, utf8, explicit, slash bool) (int, bool, bool, error) {
	if sym.code == '(' {
		for ; n > 0; n-- {
			var err error
			if u.work++; u.work > u.max {
				return s, utf8, false, errorf("Out of memory during unpack()")
			}
			s, slash, err = u.run(sym.group, level+1, s, utf8)
			if err != nil {
				return s, utf8, false, err
			}
			if s == len(u.buf) && sym.how == lenStar {
				break
			}
		}
		return s, utf8, slash, nil
	}
	s, utf8, err := u.item(sym, how, n, level, s, utf8, explicit)
	return s, utf8, slash, err
}

// item unpacks a single non-group symbol with count n; how is how the
// count was written.
func (u *unpacker) item(sym *symbol, how howLen, n, level, s int, utf8, explicit bool) (int, bool, error) {
	end := len(u.buf)
	code := sym.code
	swap := sym.endian == bigEndian
	if sym.shriek {
		switch code {
		case '.':
			return u.dot(how, n, level, s, false), utf8, nil
		case '@':
			s, err := u.at(n, level, false)
			return s, utf8, err
		case 'X':
			s, err := u.backAlign(n, s, utf8)
			return s, utf8, err
		case 'x':
			s, err := u.skipAlign(n, s, utf8)
			return s, utf8, err
		case 'n':
			return u.ints(n, s, 2, true, true, utf8), utf8, nil
		case 'v':
			return u.ints(n, s, 2, true, false, utf8), utf8, nil
		case 'N':
			return u.ints(n, s, 4, true, true, utf8), utf8, nil
		case 'V':
			return u.ints(n, s, 4, true, false, utf8), utf8, nil
		case 'l':
			return u.ints(n, s, 8, true, swap, utf8), utf8, nil
		case 'L':
			return u.ints(n, s, 8, false, swap, utf8), utf8, nil
		}
		// s!, S!, i!, I! are the plain letters on this platform.
	}
	switch code {
	case '.':
		return u.dot(how, n, level, s, utf8), utf8, nil
	case '@':
		s, err := u.at(n, level, utf8)
		return s, utf8, err
	case 'X':
		s, err := u.back(n, s, utf8)
		return s, utf8, err
	case 'x':
		s, err := u.skip(n, s, utf8)
		return s, utf8, err
	case '/':
		return s, utf8, errorf("'/' must follow a numeric type in unpack")
	case 'a', 'A', 'Z':
		if u.sum.bits != 0 {
			if n > end-s {
				n = end - s
			}
			return u.chars(n, s, utf8), utf8, nil
		}
		s, err := u.str(code, how == lenStar, n, s, utf8)
		return s, utf8, err
	case 'b', 'B':
		return u.bits(code, how == lenStar, n, s, utf8), utf8, nil
	case 'h', 'H':
		return u.hex(code, how == lenStar, n, s, utf8), utf8, nil
	case 'C', 'c':
		if code == 'C' && n == 0 {
			if explicit {
				utf8 = u.doUTF8
			}
			return s, utf8, nil
		}
		for ; n > 0 && s < end; n-- {
			var v int64
			if utf8 {
				uv, size := decodeChar(u.buf[s:])
				s += size
				v = int64(uv)
			} else {
				v = int64(u.buf[s])
				s++
			}
			if v >= 128 && code == 'c' {
				v -= 256
			}
			u.pushIV(v)
		}
		return s, utf8, nil
	case 'W':
		return u.chars(n, s, utf8), utf8, nil
	case 'U':
		if n == 0 {
			if explicit && how != lenStar {
				if !u.doUTF8 {
					return s, utf8, errorf("U0 mode on a byte string")
				}
				utf8 = false
			}
			return s, utf8, nil
		}
		return u.unicode(n, s, utf8), utf8, nil
	case 's':
		return u.ints(n, s, 2, true, swap, utf8), utf8, nil
	case 'S':
		return u.ints(n, s, 2, false, swap, utf8), utf8, nil
	case 'n':
		return u.ints(n, s, 2, false, true, utf8), utf8, nil
	case 'v':
		return u.ints(n, s, 2, false, false, utf8), utf8, nil
	case 'i', 'l':
		return u.ints(n, s, 4, true, swap, utf8), utf8, nil
	case 'I', 'L':
		return u.ints(n, s, 4, false, swap, utf8), utf8, nil
	case 'N':
		return u.ints(n, s, 4, false, true, utf8), utf8, nil
	case 'V':
		return u.ints(n, s, 4, false, false, utf8), utf8, nil
	case 'q', 'j':
		return u.ints(n, s, 8, true, swap, utf8), utf8, nil
	case 'Q', 'J':
		return u.ints(n, s, 8, false, swap, utf8), utf8, nil
	case 'f', 'd', 'F', 'D':
		return u.floats(code, n, s, swap, utf8), utf8, nil
	case 'w':
		s, err := u.ber(n, s, utf8)
		return s, utf8, err
	case 'u':
		return u.uudecode(s), utf8, nil
	case 'p', 'P':
		return s, utf8, errorf("'%c' is not supported in unpack", code)
	}
	return s, utf8, errorf("Invalid type '%c' in unpack", code)
}
