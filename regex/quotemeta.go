package regex

import "strings"

// quoteMetaSpans applies \Q...\E (quotemeta up to \E or the end) and drops
// stray \E, as perl's interpolation does before the regex compiler runs.
func quoteMetaSpans(s string) string {
	if !strings.Contains(s, `\Q`) && !strings.Contains(s, `\E`) {
		return s
	}
	var b strings.Builder
	quoting := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '\\' && i+1 < len(s) {
			switch s[i+1] {
			case 'Q':
				quoting = true
				i++
				continue
			case 'E':
				quoting = false
				i++
				continue
			}
			if !quoting {
				b.WriteByte(c)
				b.WriteByte(s[i+1])
				i++
				continue
			}
		}
		if quoting && !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
	}
	return b.String()
}
