package interp

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/miniperl/miniperl/value"
)

// utf8Module is perl's always-present utf8:: functions, which move a
// string between bytes and characters in place.
func utf8Module() *module {
	one := func(args []*value.Scalar) *value.Scalar {
		if len(args) == 0 || args[0] == nil {
			return new(value.Scalar)
		}
		return args[0]
	}
	subs := map[string]nativeFn{
		"is_utf8": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.BoolValue(one(a).IsUTF8())}
		},
		"valid": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := one(a)
			return []value.Scalar{value.BoolValue(!v.IsUTF8() || utf8.ValidString(v.String()))}
		},
		"encode": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			p := one(a)
			if p.IsUTF8() {
				*p = value.StrValue(p.String())
			}
			return []value.Scalar{value.UndefValue()}
		},
		"decode": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			p := one(a)
			s := p.String()
			if p.IsUTF8() {
				if b, ok := value.Downgrade(s); ok {
					s = b
				} else {
					return []value.Scalar{value.BoolValue(false)}
				}
			}
			if !utf8.ValidString(s) {
				return []value.Scalar{value.BoolValue(false)}
			}
			if !isASCII(s) {
				*p = value.UTF8Value(s)
			}
			return []value.Scalar{value.BoolValue(true)}
		},
		"upgrade": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			p := one(a)
			if !p.IsUTF8() && !p.IsUndef() {
				*p = value.UTF8Value(value.Upgrade(p.String()))
			}
			return []value.Scalar{value.IntValue(int64(len(p.String())))}
		},
		"downgrade": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			p := one(a)
			if !p.IsUTF8() {
				return []value.Scalar{value.BoolValue(true)}
			}
			b, ok := value.Downgrade(p.String())
			if !ok {
				if len(a) > 1 && a[1] != nil && a[1].Bool() {
					return []value.Scalar{value.BoolValue(false)}
				}
				it := fr.it
				it.dieAt(it.curFile(), it.curLine(), "Wide character in subroutine entry")
			}
			*p = value.StrValue(b)
			return []value.Scalar{value.BoolValue(true)}
		},
		"native_to_unicode": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.IntValue(one(a).Int())}
		},
		"unicode_to_native": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.IntValue(one(a).Int())}
		},
	}
	return &module{name: "utf8", subs: subs, tags: map[string][]string{}}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// encodeModule is the part of Encode scripts use: encode and decode
// between characters and UTF-8, Latin-1 or ASCII bytes.
func encodeModule() *module {
	arg := func(a []*value.Scalar, i int) value.Scalar { return argOr(a, i) }
	subs := map[string]nativeFn{
		"encode": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{encodeChecked(fr, arg(a, 0).String(), a, int(arg(a, 2).Int()))}
		},
		"decode": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{decodeChecked(fr, arg(a, 0).String(), a, int(arg(a, 2).Int()))}
		},
		"encode_utf8": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := arg(a, 0)
			if v.IsUndef() {
				return []value.Scalar{v}
			}
			return []value.Scalar{value.StrValue(v.UTF8String())}
		},
		"decode_utf8": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			v := arg(a, 0)
			if v.IsUndef() {
				return []value.Scalar{v}
			}
			return []value.Scalar{decodeFrom(fr, "UTF-8", v)}
		},
		"is_utf8": func(_ *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{value.BoolValue(arg(a, 0).IsUTF8())}
		},
	}
	fallbacks := []string{"FB_DEFAULT", "FB_CROAK", "FB_QUIET", "FB_WARN", "LEAVE_SRC", "FB_PERLQQ", "FB_HTMLCREF", "FB_XMLCREF"}
	for i, n := range fallbacks {
		subs[n] = constSub(value.IntValue(int64([]int{0, 1, 4, 6, 8, 0x100, 0x200, 0x400}[i])))
	}
	return &module{name: "Encode", subs: subs, tags: map[string][]string{
		"all":       append([]string{"encode", "decode", "encode_utf8", "decode_utf8", "is_utf8"}, fallbacks...),
		"fallbacks": fallbacks,
	}, defaults: []string{"encode", "decode", "encode_utf8", "decode_utf8"}}
}

// encodingKind names the encodings encode and decode know.
func encodingKind(fr *frame, name string) string {
	n := strings.ToLower(strings.ReplaceAll(name, "_", "-"))
	switch n {
	case "utf-8", "utf8", "utf-8-strict":
		return "utf8"
	case "latin1", "latin-1", "iso-8859-1", "iso8859-1":
		return "latin1"
	case "ascii", "us-ascii":
		return "ascii"
	}
	it := fr.it
	it.dieAt(it.curFile(), it.curLine(), "Unknown encoding '%s'", name)
	return ""
}

// encodeAs is Encode::encode: characters to bytes; characters the
// encoding lacks become '?'.
func encodeAs(fr *frame, enc string, v value.Scalar) value.Scalar {
	if v.IsUndef() {
		return v
	}
	kind := encodingKind(fr, enc)
	if kind == "utf8" {
		return value.StrValue(v.UTF8String())
	}
	limit := rune(0xff)
	if kind == "ascii" {
		limit = 0x7f
	}
	var b []byte
	for _, r := range v.UTF8String() {
		if r > limit {
			b = append(b, '?')
		} else {
			b = append(b, byte(r))
		}
	}
	return value.StrValue(string(b))
}

// decodeFrom is Encode::decode: bytes to characters; malformed UTF-8
// becomes U+FFFD, as Encode's default check does.
func decodeFrom(fr *frame, enc string, v value.Scalar) value.Scalar {
	if v.IsUndef() {
		return v
	}
	kind := encodingKind(fr, enc)
	s := v.String()
	if v.IsUTF8() {
		if b, ok := value.Downgrade(s); ok {
			s = b
		}
	}
	switch kind {
	case "utf8":
		return value.UTF8Value(strings.ToValidUTF8(s, "\uFFFD"))
	case "ascii":
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] < 0x80 {
				b.WriteByte(s[i])
			} else {
				b.WriteRune('\uFFFD')
			}
		}
		return value.UTF8Value(b.String())
	}
	return value.UTF8Value(value.Upgrade(s))
}

// Encode's CHECK bits.
const (
	encCroak    = 1
	encWarn     = 2
	encQuiet    = 4
	encLeaveSrc = 8
)

// decodeChecked is Encode::decode with its CHECK argument: FB_CROAK dies
// at the first malformed byte, FB_QUIET (FB_WARN) stops there leaving the
// rest in the source, and without LEAVE_SRC a CHECK consumes what was
// decoded from the source.
func decodeChecked(fr *frame, enc string, a []*value.Scalar, check int) value.Scalar {
	src := argOr(a, 1)
	if check == 0 || src.IsUndef() {
		return decodeFrom(fr, enc, src)
	}
	kind := encodingKind(fr, enc)
	s := src.String()
	if src.IsUTF8() {
		if b, ok := value.Downgrade(s); ok {
			s = b
		}
	}
	good := len(s)
	switch kind {
	case "utf8":
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n <= 1 {
				good = i
				break
			}
			i += n
		}
	case "ascii":
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				good = i
				break
			}
		}
	}
	it := fr.it
	if good < len(s) {
		name := enc
		if kind == "ascii" {
			name = "ascii"
		}
		msg := name + ` "\x` + strings.ToUpper(hex2(s[good])) + `" does not map to Unicode`
		switch {
		case check&encCroak != 0:
			it.dieAt(it.curFile(), it.curLine(), "%s", msg)
		case check&encWarn == encWarn:
			it.warnAt(it.curFile(), it.curLine(), "%s", msg)
		}
	}
	out := decodeFrom(fr, enc, value.StrValue(s[:good]))
	if check&encLeaveSrc == 0 && len(a) > 1 && a[1] != nil {
		*a[1] = value.StrValue(s[good:])
	}
	return out
}

// encodeChecked is Encode::encode with its CHECK argument: FB_CROAK dies
// at the first character the encoding lacks.
func encodeChecked(fr *frame, enc string, a []*value.Scalar, check int) value.Scalar {
	src := argOr(a, 1)
	if check == 0 || src.IsUndef() {
		return encodeAs(fr, enc, src)
	}
	kind := encodingKind(fr, enc)
	limit := rune(0x10FFFF)
	name := "utf8"
	switch kind {
	case "latin1":
		limit, name = 0xff, "iso-8859-1"
	case "ascii":
		limit, name = 0x7f, "ascii"
	}
	s := src.UTF8String()
	good := len(s)
	for i, r := range s {
		if r > limit {
			good = i
			break
		}
	}
	it := fr.it
	if good < len(s) {
		r, _ := utf8.DecodeRuneInString(s[good:])
		msg := fmt.Sprintf(`"\x{%04x}" does not map to %s`, r, name)
		switch {
		case check&encCroak != 0:
			it.dieAt(it.curFile(), it.curLine(), "%s", msg)
		case check&encWarn == encWarn:
			it.warnAt(it.curFile(), it.curLine(), "%s", msg)
		}
	}
	out := encodeAs(fr, enc, value.UTF8Value(s[:good]))
	if check&encLeaveSrc == 0 && len(a) > 1 && a[1] != nil {
		*a[1] = value.UTF8Value(s[good:])
	}
	return out
}

func hex2(b byte) string {
	const digits = "0123456789abcdef"
	return string([]byte{digits[b>>4], digits[b&15]})
}
