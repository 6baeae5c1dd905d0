package builtins

// Templates caches parsed templates. Its zero value is ready to use. It
// belongs to one interpreter and is not safe for concurrent use; the
// package-level Pack and Unpack parse afresh on every call instead.
type Templates struct {
	pack   map[string]*template
	unpack map[string]*template
}

// templateCacheMax bounds each cache so that programs building templates
// on the fly cannot grow it without limit.
const templateCacheMax = 512

// get returns the parsed form of src, parsing and caching it if needed.
func (c *Templates) get(src string, unpack bool) *template {
	m := &c.pack
	if unpack {
		m = &c.unpack
	}
	if t, ok := (*m)[src]; ok {
		return t
	}
	t := parseTemplate(src, unpack)
	if *m == nil || len(*m) >= templateCacheMax {
		*m = make(map[string]*template)
	}
	(*m)[src] = t
	return t
}
