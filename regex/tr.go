package regex

import "strings"

// Tr is a compiled transliteration, perl's tr/SEARCH/REPLACE/ (also
// spelled y///). It is immutable and safe for concurrent use.
type Tr struct {
	table   [256]int16 // output byte, or trKeep or trDelete
	squeeze bool
	ret     bool
	deletes bool // some byte is deleted
	// identity is true when nothing changes: tr only counts.
	identity bool
	// member is 1 for the bytes of the search list, for counting.
	member [256]uint8
}

const (
	trKeep   = -1 // not in the search list: copied
	trDelete = -2 // in the search list with nothing to map to under /d
)

// CompileTr compiles a transliteration from the raw search and
// replacement lists (escapes as written, as lexer.QuoteParts gives them)
// and the modifiers c (complement the search list), d (delete found
// characters that have no replacement), s (squeeze runs of characters
// transliterated to the same one) and r (return the new string; see
// Returns).
//
// The lists take ranges (a-z; a "-" first or last is itself), and the
// escapes of a double-quoted string: \n \t \x41 \x{41} \101 \o{101} \cA
// \N{U+41} and \ before any other character for that character. As in
// perl, a replacement list shorter than the search list repeats its last
// character (unless /d), and an empty one means the search list itself,
// so the operation only counts.
func CompileTr(search, replace, flags string) (*Tr, error) {
	var t Tr
	var comp, del bool
	for i := 0; i < len(flags); i++ {
		switch flags[i] {
		case 'c':
			comp = true
		case 'd':
			del = true
		case 's':
			t.squeeze = true
		case 'r':
			t.ret = true
		default:
			return nil, &TrError{Msg: `Unknown transliteration modifier "` + flags[i:i+1] + `"`}
		}
	}
	from, err := trList(search)
	if err != nil {
		return nil, err
	}
	to, err := trList(replace)
	if err != nil {
		return nil, err
	}
	for _, c := range to {
		if c > 0xFF {
			return nil, &TrError{Msg: "Wide character in transliteration replacement not supported by miniperl"}
		}
	}
	if comp {
		var in byteSet
		for _, c := range from {
			in.add(int(c))
		}
		from = from[:0]
		for c := 0; c < 256; c++ {
			if !in.has(c) {
				from = append(from, rune(c))
			}
		}
	}
	if len(to) == 0 && !del {
		to = from
	}
	for i := range t.table {
		t.table[i] = trKeep
	}
	var seen byteSet
	for i, c := range from {
		if c > 0xFF || seen.has(int(c)) {
			continue
		}
		seen.add(int(c))
		switch {
		case i < len(to):
			t.table[c] = int16(to[i])
		case del:
			t.table[c] = trDelete
		default:
			t.table[c] = int16(to[len(to)-1])
		}
	}
	t.identity = !t.squeeze
	for c, m := range t.table {
		if m == trDelete {
			t.deletes = true
		}
		if m != trKeep && int(m) != c {
			t.identity = false
		}
	}
	if t.deletes {
		t.identity = false
	}
	for c, m := range t.table {
		if m != trKeep {
			t.member[c] = 1
		}
	}
	return &t, nil
}

// CountOnly reports whether tr changes nothing and only counts (tr/a-z//,
// tr/a-z/a-z/): then Count is its whole work.
func (t *Tr) CountOnly() bool { return t.identity && !t.ret }

// Count returns how many bytes of s are in the search list.
func (t *Tr) Count(s string) int {
	m := &t.member
	// Four counters let the lookups overlap.
	var n0, n1, n2, n3 int
	i := 0
	for ; i+4 <= len(s); i += 4 {
		n0 += int(m[s[i]])
		n1 += int(m[s[i+1]])
		n2 += int(m[s[i+2]])
		n3 += int(m[s[i+3]])
	}
	for ; i < len(s); i++ {
		n0 += int(m[s[i]])
	}
	return n0 + n1 + n2 + n3
}

// Returns reports whether the r modifier was given: the operator then
// yields the new string and leaves its operand alone.
func (t *Tr) Returns() bool { return t.ret }

// Apply transliterates s. It returns the new string and the number of
// bytes found in the search list (tr's value without /r).
func (t *Tr) Apply(s string) (result string, count int) {
	if t.identity {
		for i := 0; i < len(s); i++ {
			if t.table[s[i]] != trKeep {
				count++
			}
		}
		return s, count
	}
	if !t.squeeze && !t.deletes {
		var out []byte
		for i := 0; i < len(s); i++ {
			m := t.table[s[i]]
			if m == trKeep {
				continue
			}
			count++
			if out == nil && byte(m) != s[i] {
				out = make([]byte, len(s))
				copy(out, s[:i])
			}
			if out != nil {
				out[i] = byte(m)
			}
		}
		if out == nil {
			return s, count
		}
		// Bytes after the last mapped one were not copied yet; copy
		// every unmapped byte in one pass.
		for i := 0; i < len(s); i++ {
			if t.table[s[i]] == trKeep {
				out[i] = s[i]
			}
		}
		return string(out), count
	}
	out := make([]byte, 0, len(s))
	last := -1 // index in out of the last byte written by a mapping
	for i := 0; i < len(s); i++ {
		switch m := t.table[s[i]]; m {
		case trKeep:
			out = append(out, s[i])
		case trDelete:
			count++
		default:
			count++
			if t.squeeze && last == len(out)-1 && last >= 0 && out[last] == byte(m) {
				continue
			}
			out = append(out, byte(m))
			last = len(out) - 1
		}
	}
	return string(out), count
}

// trList expands a tr list into its characters.
func trList(s string) ([]rune, error) {
	var chars []rune
	afterRange := false // the last character ended a range
	for i := 0; i < len(s); {
		c, next, err := trChar(s, i)
		if err != nil {
			return nil, err
		}
		if s[i] == '-' && len(chars) > 0 && next < len(s) {
			if afterRange {
				return nil, &TrError{Msg: "Ambiguous range in transliteration operator"}
			}
			hi, end, err := trChar(s, next)
			if err != nil {
				return nil, err
			}
			lo := chars[len(chars)-1]
			if hi < lo {
				return nil, &TrError{Msg: `Invalid range "` + trShow(lo) + "-" + trShow(hi) + `" in transliteration operator`}
			}
			for r := lo + 1; r <= hi; r++ {
				chars = append(chars, r)
			}
			i, afterRange = end, true
			continue
		}
		chars = append(chars, c)
		i, afterRange = next, false
	}
	return chars, nil
}

// trChar reads one character of a tr list at s[i], escapes included.
func trChar(s string, i int) (rune, int, error) {
	if s[i] != '\\' || i+1 >= len(s) {
		return rune(s[i]), i + 1, nil
	}
	r, end, ok, e := charEscape(s, i+1, true)
	if e != nil {
		return 0, 0, &TrError{Msg: e.msg + " in transliteration operator"}
	}
	if !ok {
		return rune(s[i+1]), i + 2, nil
	}
	return r, end, nil
}

// trShow writes a range end as perl's message does.
func trShow(r rune) string {
	if r >= 0x20 && r < 0x7F {
		return string(r)
	}
	return `\x{` + strings.ToUpper(strings.TrimLeft(hex4(r), "0")) + `}`
}

func hex4(r rune) string {
	const digits = "0123456789abcdef"
	var b [8]byte
	for i := 7; i >= 0; i-- {
		b[i] = digits[r&15]
		r >>= 4
	}
	s := strings.TrimLeft(string(b[:]), "0")
	if s == "" {
		return "0"
	}
	return s
}
