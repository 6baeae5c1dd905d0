package regex

// Split splits s at the matches of re the way perl's split does, and
// returns the fields, with the groups of each separator match after the
// field before it. A group that did not take part gives "" (SplitIndex
// tells it apart from an empty one). If a match runs past the time limit
// Split returns nil; SplitIndex returns the error.
//
// limit is split's third argument: 0 removes trailing empty fields, a
// positive limit makes at most limit fields, and a negative one keeps
// every field. The caller handles split's ' ' special case (it is split
// on /\s+/ after skipping leading whitespace); a pattern that is exactly
// ^ is treated as ^ under /m here, as perl does.
func (re *Regexp) Split(s string, limit int) []string {
	idx, err := re.SplitIndex(nil, s, limit)
	if err != nil {
		return nil
	}
	out := make([]string, len(idx)/2)
	for i := range out {
		if idx[2*i] >= 0 {
			out[i] = s[idx[2*i]:idx[2*i+1]]
		}
	}
	return out
}

// SplitIndex is Split returning the fields as start and end offset pairs
// into s, with -1, -1 for a group that did not take part, and the error
// ErrMatchTimeout if a match ran past the time limit. sc may be nil.
//
// Following perl, each search starts where the last separator ended and
// may not find an empty match there: so an empty match at the start never
// makes an empty first field, and a pattern that matches the empty
// string splits s into single bytes. An empty s gives no fields.
func (re *Regexp) SplitIndex(sc *Scratch, s string, limit int) ([]int, error) {
	if len(s) == 0 {
		return nil, nil
	}
	if re.start && re.multi != nil {
		re = re.multi
	}
	if sc == nil {
		sc = &Scratch{}
	}
	var out []int
	pos, splits := 0, 0
	for pos < len(s) && (limit <= 0 || splits < limit-1) {
		if re.scan != nil {
			start, end, ok := re.scan.find(s, pos)
			if !ok {
				break
			}
			out = append(out, pos, start)
			pos = end
			splits++
			continue
		}
		loc, err := re.Exec(sc, s, pos, NotEmptyAt)
		if err != nil {
			return nil, err
		}
		if loc == nil {
			break
		}
		out = append(out, pos, loc[0])
		out = append(out, loc[2:]...)
		pos = loc[1]
		splits++
	}
	switch {
	case pos < len(s) || (len(out) > 0 && limit != 0):
		out = append(out, pos, len(s))
	case limit == 0:
		for len(out) > 0 && (out[len(out)-2] < 0 || out[len(out)-2] == out[len(out)-1]) {
			out = out[:len(out)-2]
		}
	}
	return out, nil
}
