package interp

import "github.com/miniperl/miniperl/value"

// spaceBytes marks the bytes perl's \s matches in a byte string.
var spaceBytes = [256]bool{' ': true, '\t': true, '\n': true, '\r': true, '\f': true, '\v': true}

// splitSpacesAll is split /\s+/ with no limit: the runs of non-space
// bytes, after an empty first field when s starts with white space.
// (Trailing empty fields, which a limit of 0 drops, are never made.)
// One pass counts the fields, a second fills a result of that size.
func splitSpacesAll(s string) []value.Scalar {
	if s == "" {
		return nil
	}
	n := 0
	in := false
	for i := 0; i < len(s); i++ {
		sp := spaceBytes[s[i]]
		if !sp && !in {
			n++
		}
		in = !sp
	}
	lead := spaceBytes[s[0]]
	if lead {
		n++
	}
	out := make([]value.Scalar, n)
	k, i := 0, 0
	if lead {
		out[0] = value.StrValue("")
		k = 1
	}
	for ; k < n; k++ {
		for spaceBytes[s[i]] {
			i++
		}
		j := i + 1
		for j < len(s) && !spaceBytes[s[j]] {
			j++
		}
		out[k] = value.StrValue(s[i:j])
		i = j
	}
	return out
}
