package builtins

import "github.com/miniperl/miniperl/value"

// PackChars is Pack with the template cached in c that also reports
// whether perl's result is a character string (a template starting with
// U or U0, W above 255): isUTF8 then says the result is the UTF-8 of
// its characters.
func (c *Templates) PackChars(template string, args []value.Scalar) (s string, isUTF8 bool, err error) {
	t := c.get(template, false)
	p := packer{args: args, max: defaultMaxOutput}
	p.out = make([]byte, 0, min(t.sizeHint, defaultMaxOutput))
	if err := p.run(t, 0, false); err != nil {
		return "", false, err
	}
	if p.utf8Out && !validUTF8(p.out) {
		return "", false, packUTF8Error(p.out)
	}
	return bytesToString(p.out), p.utf8Out, nil
}
