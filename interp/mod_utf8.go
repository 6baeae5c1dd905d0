package interp

import (
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
			return []value.Scalar{encodeAs(fr, arg(a, 0).String(), arg(a, 1))}
		},
		"decode": func(fr *frame, a []*value.Scalar, _ wantCtx) []value.Scalar {
			return []value.Scalar{decodeFrom(fr, arg(a, 0).String(), arg(a, 1))}
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
	return &module{name: "Encode", subs: subs, tags: map[string][]string{
		"all": {"encode", "decode", "encode_utf8", "decode_utf8", "is_utf8"},
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
