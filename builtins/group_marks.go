package builtins

// groupMarks records where each open group level of a pack or unpack
// started. Level 0, the whole template, is a field; deeper levels, which
// only templates with groups reach, live in a slice made on first use, so
// that a call without groups does not clear room for maxGroupDepth levels
// every time.
type groupMarks struct {
	top    int
	deeper []int
}

// get returns the start of level l (0 for a level never entered).
func (m *groupMarks) get(l int) int {
	if l == 0 {
		return m.top
	}
	if l <= len(m.deeper) {
		return m.deeper[l-1]
	}
	return 0
}

// set records that level l starts at at.
func (m *groupMarks) set(l, at int) {
	if l == 0 {
		m.top = at
		return
	}
	for len(m.deeper) < l {
		m.deeper = append(m.deeper, 0)
	}
	m.deeper[l-1] = at
}
