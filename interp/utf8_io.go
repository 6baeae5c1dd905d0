package interp

import (
	"strings"
	"unicode/utf8"

	"github.com/miniperl/miniperl/builtins"
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/perlio"
	"github.com/miniperl/miniperl/value"
)

// anyUTF8 reports whether any value is a character string.
func anyUTF8(vals []value.Scalar) bool {
	for i := range vals {
		if vals[i].IsUTF8() {
			return true
		}
	}
	return false
}

// outputBytes is what a handle writes for text: a handle with a :utf8
// layer gets the UTF-8 of the characters (a byte string upgraded); any
// other handle gets bytes, a character string downgraded when every
// character fits in a byte, else its UTF-8 with perl's "Wide character"
// warning. Byte strings to byte handles pass through untouched.
func (it *Interp) outputBytes(h *perlio.Handle, text string, isUTF8 bool, op, file string, line int) string {
	if h != nil && h.UTF8() {
		if isUTF8 {
			return text
		}
		return value.Upgrade(text)
	}
	if !isUTF8 {
		return text
	}
	if b, ok := value.Downgrade(text); ok {
		return b
	}
	it.warnAt(file, line, "Wide character in %s", op)
	return text
}

// inputValue is a record read from a handle: characters under a :utf8
// layer, bytes otherwise.
func inputValue(h *perlio.Handle, s string) value.Scalar {
	if h.UTF8() {
		return value.UTF8Value(s)
	}
	return value.StrValue(s)
}

// sprintfValue is sprintf with perl's character-string rules.
func sprintfValue(format value.Scalar, args []value.Scalar) value.Scalar {
	s, u, _ := builtins.SprintfChars(format, args)
	return value.StringValue(s, u)
}

// charsIndex is index/rindex where the string or the substring is a
// character string: positions count characters.
func charsIndex(sv, subv value.Scalar, args []scalarFn, fr *frame, rev bool) value.Scalar {
	s, sub := sv.UTF8String(), subv.UTF8String()
	n := utf8.RuneCountInString(s)
	pos := 0
	if rev {
		pos = n
	}
	if len(args) == 3 {
		pos = int(args[2](fr).Int())
	}
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	b := indexAt(s, sub, charIndex(s, pos), rev)
	if b < 0 {
		return value.IntValue(-1)
	}
	return value.IntValue(int64(byteToChar(s, b)))
}

// substrChars is substr on a character string: offsets and lengths count
// characters.
func substrChars(fr *frame, sv value.Scalar, args []scalarFn, lv lvalueFn, file string, line int) value.Scalar {
	s := sv.UTF8String()
	n := utf8.RuneCountInString(s)
	off := int(args[1](fr).Int())
	length, hasLen := 0, len(args) > 2
	if hasLen {
		length = int(args[2](fr).Int())
	}
	start, end, ok := substrRange(n, off, length, hasLen)
	if !ok {
		if lv != nil {
			fr.it.dieAt(file, line, "substr outside of string")
		}
		if fr.it.warnOn(wSubstr, file, line) {
			fr.it.warnAt(file, line, "substr outside of string")
		}
		return value.UndefValue()
	}
	bs, be := charIndex(s, start), charIndex(s, end)
	out := value.UTF8Value(s[bs:be])
	if lv != nil {
		repl := args[3](fr).UTF8String()
		*lv(fr) = value.UTF8Value(s[:bs] + repl + s[be:])
	}
	return out
}

// unpackData is the data unpack works on: a character string whose
// characters all fit in a byte is unpacked as those bytes, as perl
// unpacks characters; wider strings are given as UTF-8 under U0.
func unpackData(template string, data value.Scalar) (string, string) {
	if !data.IsUTF8() {
		return template, data.String()
	}
	if b, ok := value.Downgrade(data.String()); ok {
		return template, b
	}
	return "U0" + template, data.String()
}

// unpackChars is unpack "U*" of a character string: its code points.
func unpackChars(s string) []value.Scalar {
	out := make([]value.Scalar, 0, len(s))
	for _, r := range s {
		out = append(out, value.IntValue(int64(r)))
	}
	return out
}

// dieWide dies with a character-string message, recording where, for
// the warning perl gives if the message is printed with wide characters.
func (it *Interp) dieWide(v value.Scalar, file string, line int) {
	defer func() {
		if r := recover(); r != nil {
			if d, ok := r.(*dieSignal); ok && d.file == "" {
				d.file, d.line = file, line
			}
			panic(r)
		}
	}()
	it.die(v)
}

// storeChars is storeAt for read on a :utf8 handle: the buffer becomes
// a character string, OFFSET counting characters.
func storeChars(p *value.Scalar, off int, data []byte) {
	s := p.UTF8String()
	n := utf8.RuneCountInString(s)
	if off <= n {
		s = s[:charIndex(s, off)]
	} else {
		s += strings.Repeat("\x00", off-n)
	}
	*p = value.UTF8Value(s + string(data))
}

// useOpen compiles use open LIST: IO, :std and the layers (:utf8,
// :encoding(UTF-8), :raw, :bytes, :crlf). The layers become the default
// of the open calls in the scope; with :std they are also pushed on
// STDIN, STDOUT and STDERR as the program starts.
func (c *compiler) useOpen(u *parser.UseDecl) {
	names, ok := c.constantList(u)
	if !ok {
		c.fail(u.Pos.Line, "use open: the layers must be constant strings")
	}
	std := false
	var layers string
	for _, n := range names {
		for _, part := range strings.Fields(n) {
			switch {
			case part == ":std":
				std = true
			case part == "IO" || part == "IN" || part == "OUT" || part == ":locale":
			case strings.HasPrefix(part, ":"):
				layers += part
			default:
				c.fail(u.Pos.Line, "Unknown PerlIO layer class '%s' (need IN, OUT or IO)", part)
			}
		}
	}
	if u.Keyword == "no" {
		layers = ""
	}
	c.strictStack[len(c.strictStack)-1].openLayer = layers
	if std && layers != "" {
		c.prog.inits = append(c.prog.inits, initStep{do: func(it *Interp, _ []*frame) {
			for _, name := range []string{"main::STDIN", "main::STDOUT", "main::STDERR"} {
				if g := it.glob(name); g.IO != nil {
					g.IO.SetBinmode(layers)
				}
			}
		}})
	}
}
