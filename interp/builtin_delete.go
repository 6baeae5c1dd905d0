package interp

import (
	"github.com/miniperl/miniperl/parser"
	"github.com/miniperl/miniperl/value"
)

// deleteSliceCall compiles delete @h{...}, delete %h{...} and
// delete @a[...]: the deleted values (with their keys for %h{...}), in
// the order of the subscripts. It returns nil for any other call.
func (c *compiler) deleteSliceCall(x *parser.Call) listFn {
	if x.Name != "delete" || x.Amp || len(x.Args) != 1 {
		return nil
	}
	s, ok := x.Args[0].(*parser.Slice)
	if !ok {
		return nil
	}
	keys := c.list(s.Keys)
	kv := s.KV
	if s.Hash {
		h := c.hashOf(s.Container, false)
		return func(fr *frame) []value.Scalar {
			hv := h(fr)
			ks := keys(fr)
			out := make([]value.Scalar, 0, len(ks))
			for _, k := range ks {
				v := value.UndefValue()
				if hv != nil {
					v = hv.Delete(k.String())
				}
				if kv {
					out = append(out, k)
				}
				out = append(out, v)
			}
			return out
		}
	}
	arr := c.arrayOf(s.Container, false)
	return func(fr *frame) []value.Scalar {
		a := arr(fr)
		ks := keys(fr)
		out := make([]value.Scalar, 0, len(ks))
		for _, k := range ks {
			v := value.UndefValue()
			if a != nil {
				i := int(k.Int())
				if i < 0 {
					i += a.Len()
				}
				if i >= 0 && i < a.Len() && a.Elems[i] != nil {
					v = *a.Elems[i]
					a.Elems[i] = nil
				}
			}
			if kv {
				out = append(out, k)
			}
			out = append(out, v)
		}
		// Deleting the last elements shrinks the array, as perl does.
		if a != nil {
			n := a.Len()
			for n > 0 && a.Elems[n-1] == nil {
				n--
			}
			a.Elems = a.Elems[:n]
		}
		return out
	}
}
