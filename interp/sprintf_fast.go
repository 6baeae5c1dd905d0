package interp

import (
	"math"
	"strconv"

	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// fastDirective is one conversion of a constant sprintf format that
// sprintfFast can do itself: %d %i %u %s %x %X %o %f with the flags
// "-+ 0", a width and, for %s and %f, a precision.
type fastDirective struct {
	lit    string // the text before the conversion, %% already undone
	conv   byte
	minus  bool
	plus   bool
	space  bool
	zero   bool
	width  int
	precis int // -1 when not given
}

// fastFormat is a parsed constant format: the directives, then the text
// after the last one.
type fastFormat struct {
	dirs []fastDirective
	tail string
}

// parseFastFormat parses a format made only of what sprintfFast does;
// ok is false for anything else (vectors, explicit indexes, *, %c, %e,
// %g, '#', sizes ...), which the general formatter then handles.
func parseFastFormat(f string) (fastFormat, bool) {
	var out fastFormat
	var lit []byte
	for i := 0; i < len(f); i++ {
		if f[i] != '%' {
			lit = append(lit, f[i])
			continue
		}
		i++
		if i < len(f) && f[i] == '%' {
			lit = append(lit, '%')
			continue
		}
		d := fastDirective{lit: string(lit), precis: -1}
		lit = lit[:0]
	flags:
		for ; i < len(f); i++ {
			switch f[i] {
			case '-':
				d.minus = true
			case '+':
				d.plus = true
			case ' ':
				d.space = true
			case '0':
				d.zero = true
			default:
				break flags
			}
		}
		for ; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
			d.width = d.width*10 + int(f[i]-'0')
			if d.width > 1000 {
				return out, false
			}
		}
		if i < len(f) && f[i] == '.' {
			d.precis = 0
			for i++; i < len(f) && f[i] >= '0' && f[i] <= '9'; i++ {
				d.precis = d.precis*10 + int(f[i]-'0')
				if d.precis > 100 {
					return out, false
				}
			}
		}
		if i >= len(f) {
			return out, false
		}
		d.conv = f[i]
		switch d.conv {
		case 'd', 'i', 'u':
			if d.precis >= 0 {
				return out, false
			}
		case 'x', 'X', 'o':
			if d.precis >= 0 || d.plus || d.space {
				return out, false
			}
		case 's':
			if d.zero || d.plus || d.space {
				return out, false
			}
		case 'f':
			if d.precis < 0 {
				d.precis = 6
			}
		default:
			return out, false
		}
		out.dirs = append(out.dirs, d)
	}
	out.tail = string(lit)
	return out, true
}

// sprintfFast formats args (one per directive) when each is of a kind
// the directive takes as it is: integers for %d %u %x %o, byte strings
// and integers for %s, finite numbers for %f. ok is false otherwise, and
// the general formatter runs; its results are the same.
func sprintfFast(f *fastFormat, args []value.Scalar) (string, bool) {
	if len(args) != len(f.dirs) {
		return "", false
	}
	var buf [128]byte
	b := buf[:0]
	var num [64]byte
	for i := range f.dirs {
		d := &f.dirs[i]
		a := &args[i]
		b = append(b, d.lit...)
		var sign byte
		var body []byte
		switch d.conv {
		case 'd', 'i':
			n, ok := a.AsInt()
			if !ok {
				return "", false
			}
			switch {
			case n < 0:
				sign = '-'
				body = strconv.AppendUint(num[:0], uint64(-n), 10)
			case d.plus:
				sign = '+'
			case d.space:
				sign = ' '
			}
			if n >= 0 {
				body = strconv.AppendInt(num[:0], n, 10)
			}
		case 'u', 'x', 'X', 'o':
			n, ok := a.AsInt()
			if !ok || n < 0 {
				return "", false
			}
			base := 10
			switch d.conv {
			case 'x', 'X':
				base = 16
			case 'o':
				base = 8
			}
			body = strconv.AppendInt(num[:0], n, base)
			if d.conv == 'X' {
				for j, c := range body {
					if c >= 'a' && c <= 'f' {
						body[j] = c - 'a' + 'A'
					}
				}
			}
		case 's':
			var s string
			if str, ok := a.ByteString(); ok {
				s = str
			} else if n, ok := a.AsInt(); ok {
				s = strconv.FormatInt(n, 10)
			} else {
				return "", false
			}
			if d.precis >= 0 && d.precis < len(s) {
				s = s[:d.precis]
			}
			b = pad(b, d, 0, nil, s)
			continue
		case 'f':
			var x float64
			switch a.Kind() {
			case value.Float:
				x = a.Float()
			case value.Int:
				x = float64(a.RawInt())
			default:
				return "", false
			}
			if math.IsInf(x, 0) || math.IsNaN(x) {
				return "", false
			}
			body = strconv.AppendFloat(num[:0], x, 'f', d.precis, 64)
			if body[0] == '-' {
				sign, body = '-', body[1:]
			} else if d.plus {
				sign = '+'
			} else if d.space {
				sign = ' '
			}
		}
		b = pad(b, d, sign, body, "")
	}
	b = append(b, f.tail...)
	return string(b), true
}

// pad appends a converted item to b within the directive's width: the
// sign, then zeros when the 0 flag pads a number, then the digits (or
// the string s), spaces before or after.
func pad(b []byte, d *fastDirective, sign byte, body []byte, s string) []byte {
	n := len(body) + len(s)
	if sign != 0 {
		n++
	}
	fill := d.width - n
	if fill > 0 && !d.minus && !d.zero {
		for ; fill > 0; fill-- {
			b = append(b, ' ')
		}
	}
	if sign != 0 {
		b = append(b, sign)
	}
	if fill > 0 && !d.minus && d.zero {
		for ; fill > 0; fill-- {
			b = append(b, '0')
		}
	}
	b = append(b, body...)
	b = append(b, s...)
	for ; fill > 0; fill-- {
		b = append(b, ' ')
	}
	return b
}

// constFastFormat parses sprintf's format when it is a constant byte
// string that sprintfFast can do; nil otherwise.
func (c *compiler) constFastFormat(x *parser.Call) *fastFormat {
	if len(x.Args) == 0 {
		return nil
	}
	lit, ok := x.Args[0].(*parser.StringLit)
	if !ok {
		return nil
	}
	v := c.scalar(lit)(nil) // a literal's closure ignores its frame
	s, ok := v.ByteString()
	if !ok {
		return nil
	}
	ff, ok := parseFastFormat(s)
	if !ok {
		return nil
	}
	return &ff
}

// sprintfConst compiles sprintf with a constant format that sprintfFast
// can do and arguments that are each one scalar: they are evaluated
// into an array on the stack, and only the general formatter, when an
// argument needs it, gets a copy on the heap. nil for other calls.
func (c *compiler) sprintfConst(x *parser.Call) scalarFn {
	ff := c.constFastFormat(x)
	if ff == nil || len(x.Args) > 8 {
		return nil
	}
	for _, a := range x.Args {
		if !isSingle(a) {
			return nil
		}
	}
	args := make([]scalarFn, len(x.Args))
	for i, a := range x.Args {
		args[i] = c.scalar(a)
	}
	fw := c.formatWarner("sprintf", x.Args)
	return func(fr *frame) value.Scalar {
		var buf [8]value.Scalar
		vals := buf[:len(args)]
		for i, f := range args {
			vals[i] = f(fr)
		}
		fw.check(fr, vals)
		if s, ok := sprintfFast(ff, vals[1:]); ok {
			return value.StrValue(s)
		}
		heap := append([]value.Scalar(nil), vals...)
		return sprintfValue(heap[0], heap[1:])
	}
}
