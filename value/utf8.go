package value

import (
	"strings"
	"unicode/utf8"
)

// Perl strings are bytes or characters. A byte string (the default, and
// what sockets and files without layers give) holds one character per
// byte. A character string (perl's SvUTF8 flag: "\x{263A}", chr(0x263A),
// decoded input) holds its characters UTF-8 encoded and is marked with
// the u flag. Operations on two byte strings never look at the flag's
// rules, so byte data stays exactly as it is and as fast; mixing a byte
// string with a character string upgrades the bytes (each byte is the
// character with that code, as Latin-1), as perl does.

// UTF8Value makes a character string from its UTF-8 encoding.
func UTF8Value(s string) Scalar { return Scalar{k: Str, u: true, s: s} }

// StringValue makes a string that is a character string when utf8 is
// set and a byte string otherwise.
func StringValue(s string, utf8 bool) Scalar { return Scalar{k: Str, u: utf8, s: s} }

// IsUTF8 reports whether v is a character string (perl's utf8::is_utf8).
func (v Scalar) IsUTF8() bool { return v.u && (v.k == Str || v.k == Dual) }

// Upgrade encodes a byte string as the UTF-8 of its characters: bytes
// below 0x80 stay, the others become two bytes.
func Upgrade(s string) string {
	i := 0
	for i < len(s) && s[i] < 0x80 {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c < 0x80 {
			b.WriteByte(c)
		} else {
			b.WriteByte(0xc0 | c>>6)
			b.WriteByte(0x80 | c&0x3f)
		}
	}
	return b.String()
}

// Downgrade turns the UTF-8 of a character string back into one byte a
// character; ok is false when a character is above 0xFF.
func Downgrade(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] < 0x80 {
		i++
	}
	if i == len(s) {
		return s, true
	}
	b := make([]byte, 0, len(s))
	b = append(b, s[:i]...)
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if r > 0xff || (r == utf8.RuneError && n == 1) {
			return s, false
		}
		b = append(b, byte(r))
		i += n
	}
	return string(b), true
}

// UTF8String is v's string as UTF-8: a character string's own encoding,
// a byte string upgraded.
func (v Scalar) UTF8String() string {
	if v.IsUTF8() {
		return v.s
	}
	return Upgrade(v.String())
}

// Concat is perl's a . b: a character string when either is one.
func Concat(a, b Scalar) Scalar {
	if !a.IsUTF8() && !b.IsUTF8() {
		return StrValue(a.String() + b.String())
	}
	return UTF8Value(a.UTF8String() + b.UTF8String())
}

// Join joins values with a separator, perl's join: a character string
// when the separator or any value is one.
func Join(sep Scalar, vals []Scalar) Scalar {
	wide := sep.IsUTF8()
	for i := range vals {
		if vals[i].IsUTF8() {
			wide = true
			break
		}
	}
	if !wide {
		s := sep.String()
		if v, ok := joinBytes(s, vals); ok {
			return v
		}
		var b strings.Builder
		for i := range vals {
			if i > 0 {
				b.WriteString(s)
			}
			b.WriteString(vals[i].String())
		}
		return StrValue(b.String())
	}
	s := sep.UTF8String()
	var b strings.Builder
	for i := range vals {
		if i > 0 {
			b.WriteString(s)
		}
		b.WriteString(vals[i].UTF8String())
	}
	return UTF8Value(b.String())
}

// AppendValue is perl's .=: t appended to v's string, upgrading one of
// them when only the other is a character string.
func (v *Scalar) AppendValue(t Scalar) {
	vu := v.IsUTF8()
	tu := t.IsUTF8()
	switch {
	case vu == tu:
		v.AppendString(t.String())
	case vu:
		v.AppendString(Upgrade(t.String()))
	default:
		*v = UTF8Value(Upgrade(v.String()))
		v.AppendString(t.s)
	}
}

// Length is perl's length: characters of a character string, bytes of a
// byte string.
func (v Scalar) Length() int {
	if v.IsUTF8() {
		return utf8.RuneCountInString(v.s)
	}
	return len(v.String())
}

// WithString makes a string of the same kind (bytes or characters) as v.
func (v Scalar) WithString(s string) Scalar {
	return Scalar{k: Str, u: v.IsUTF8(), s: s}
}

// HashKey is the key a scalar names in a hash. A character string whose
// characters all fit in a byte is the same key as those bytes (perl
// stores such keys downgraded); a wider one is its UTF-8, and wide
// reports it so that the key comes back out of keys and each as
// characters.
func HashKey(v Scalar) (key string, wide bool) {
	if !v.IsUTF8() {
		return v.String(), false
	}
	if b, ok := Downgrade(v.s); ok {
		return b, false
	}
	return v.s, true
}

// ElemKey is Elem for a key given as a scalar (see HashKey).
func (h *Hash) ElemKey(k Scalar) *Scalar {
	key, wide := HashKey(k)
	p := h.Elem(key)
	if wide {
		h.order[h.find(key)].utf8 = true
	}
	return p
}

// KeyScalars returns the keys as perl's keys does, character keys as
// character strings, and resets each().
func (h *Hash) KeyScalars() []Scalar {
	h.iter = 0
	keys := make([]Scalar, 0, h.Len())
	for _, o := range h.order {
		if !o.deleted {
			keys = append(keys, Scalar{k: Str, u: o.utf8, s: o.key})
		}
	}
	return keys
}

// NextScalar is Next with the key as a scalar, a character string when
// it was stored as one.
func (h *Hash) NextScalar() (Scalar, Scalar, bool) {
	for h.iter < len(h.order) {
		o := h.order[h.iter]
		h.iter++
		if !o.deleted {
			return Scalar{k: Str, u: o.utf8, s: o.key}, *o.val, true
		}
	}
	h.iter = 0
	return Scalar{}, Scalar{}, false
}

// GetKey is Get for a key given as a scalar (see HashKey).
func (h *Hash) GetKey(k Scalar) Scalar {
	if !k.IsUTF8() {
		return h.Get(k.String())
	}
	key, _ := HashKey(k)
	return h.Get(key)
}
