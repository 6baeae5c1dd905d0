package builtins

import "github.com/miniperl/miniperl/value"

// Templates parsed ahead of the call, for callers that know the template
// before they have the arguments: an interpreter compiling pack('N/a*',
// ...) with a constant template parses it once at compile time instead of
// looking it up on every call.

// PackTemplate is a pack template parsed once. It is immutable, so one
// value may serve any number of calls, also concurrently.
type PackTemplate struct{ t *template }

// ParsePackTemplate parses src for pack. A template with an error still
// parses: the error is returned by Pack, when perl would report it (after
// packing what comes before it).
func ParsePackTemplate(src string) *PackTemplate {
	return &PackTemplate{t: parseTemplate(src, false)}
}

// Pack is Pack with the template already parsed. Nothing of args is kept
// after it returns, so the caller may reuse the slice.
func (t *PackTemplate) Pack(args []value.Scalar) (string, error) {
	return packWith(t.t, args, defaultMaxOutput)
}

// UnpackTemplate is an unpack template parsed once. It is immutable, so
// one value may serve any number of calls, also concurrently.
type UnpackTemplate struct{ t *template }

// ParseUnpackTemplate parses src for unpack; as with ParsePackTemplate,
// errors wait for AppendUnpack.
func ParseUnpackTemplate(src string) *UnpackTemplate {
	return &UnpackTemplate{t: parseTemplate(src, true)}
}

// AppendUnpack is Unpack with the template already parsed: it appends the
// values found in data to out and returns the extended slice, so that a
// caller assigning them straight to variables can reuse one buffer. On
// error out is returned with nothing appended.
func (t *UnpackTemplate) AppendUnpack(out []value.Scalar, data string) ([]value.Scalar, error) {
	return appendUnpack(t.t, out, data)
}

// AppendUnpack is Unpack with the parsed template cached in c, appending
// to out as UnpackTemplate.AppendUnpack does.
func (c *Templates) AppendUnpack(out []value.Scalar, template, data string) ([]value.Scalar, error) {
	return appendUnpack(c.get(template, true), out, data)
}

// appendUnpack unpacks data by t after the values already in out.
func appendUnpack(t *template, out []value.Scalar, data string) ([]value.Scalar, error) {
	// The values already in out count towards the limit on values, which
	// no caller comes near.
	n := len(out)
	if out == nil {
		out = make([]value.Scalar, 0, t.valuesHint)
	}
	u := unpacker{buf: data, max: defaultMaxOutput, out: out}
	if t.needUTF8 {
		u.buf = string(upgradeLatin1([]byte(data)))
		u.doUTF8 = true
	}
	if _, _, err := u.run(t, 0, 0, u.doUTF8 && !t.startsU); err != nil {
		return out[:n], err
	}
	return u.out, nil
}
