package value

import "testing"

func TestUpgradeDowngrade(t *testing.T) {
	for _, s := range []string{"", "abc", "caf\xe9", "\x00\x7f\x80\xff", "\xe2\x98\xba"} {
		up := Upgrade(s)
		down, ok := Downgrade(up)
		if !ok || down != s {
			t.Errorf("Downgrade(Upgrade(%q)) = %q, %v", s, down, ok)
		}
	}
	if _, ok := Downgrade("\u263a"); ok {
		t.Errorf("Downgrade of a wide character succeeded")
	}
	if got := Upgrade("caf\xe9"); got != "café" {
		t.Errorf("Upgrade = %q", got)
	}
}

func TestConcatJoinAppend(t *testing.T) {
	b := StrValue("caf\xe9")
	w := UTF8Value("\u263a")
	c := Concat(b, w)
	if !c.IsUTF8() || c.String() != "café\u263a" || c.Length() != 5 {
		t.Errorf("Concat = %q utf8=%v len=%d", c.String(), c.IsUTF8(), c.Length())
	}
	if c := Concat(b, StrValue("x")); c.IsUTF8() || c.String() != "caf\xe9x" {
		t.Errorf("byte Concat = %q utf8=%v", c.String(), c.IsUTF8())
	}
	j := Join(StrValue("-"), []Scalar{b, w})
	if !j.IsUTF8() || j.String() != "café-\u263a" {
		t.Errorf("Join = %q", j.String())
	}
	v := StrValue("\xe9")
	v.AppendValue(w)
	v.AppendValue(StrValue("\xe8"))
	if !v.IsUTF8() || v.String() != "é\u263aè" || v.Length() != 3 {
		t.Errorf("AppendValue = %q utf8=%v", v.String(), v.IsUTF8())
	}
}

func TestHashKeys(t *testing.T) {
	h := NewHash()
	*h.ElemKey(UTF8Value("é")) = IntValue(1)
	if !h.Exists("\xe9") {
		t.Errorf("a character key that fits in a byte is not the byte key")
	}
	*h.ElemKey(UTF8Value("\u263a")) = IntValue(2)
	keys := h.KeyScalars()
	if len(keys) != 2 || keys[0].IsUTF8() || !keys[1].IsUTF8() || keys[1].String() != "\u263a" {
		t.Errorf("KeyScalars = %v", keys)
	}
	k, _, ok := h.NextScalar()
	if !ok || k.String() != "\xe9" {
		t.Errorf("NextScalar = %q %v", k.String(), ok)
	}
}
