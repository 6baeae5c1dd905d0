package builtins

import "github.com/miniperl/miniperl/value"

// Where pack writes: the group marks, the character-string upgrade, and
// the letters that move the write position (@ . x! X X!) rather than
// write data.

// upgrade is perl's marked_upgrade: the result becomes a character string,
// re-encoding what is there and moving the group marks of the open levels.
func (p *packer) upgrade(level int) {
	if p.utf8Out {
		return
	}
	p.utf8Out = true
	high := 0
	for _, b := range p.out {
		if b >= 0x80 {
			high++
		}
	}
	if high == 0 {
		return
	}
	for l := 0; l <= level; l++ {
		m := p.marks.get(l)
		n := 0
		for _, b := range p.out[:min(m, len(p.out))] {
			if b >= 0x80 {
				n++
			}
		}
		p.marks.set(l, m+n)
	}
	p.out = upgradeLatin1(p.out)
}

// shrink drops n bytes from the end; code names the letter in the error.
func (p *packer) shrink(n int, code byte, level int) error {
	if n < 0 || n > len(p.out) { // n < 0 only when -IV_MIN overflowed
		return errorf("'%c' outside of string in pack", code)
	}
	p.out = p.out[:len(p.out)-n]
	p.clampMarks(level)
	return nil
}

// clampMarks keeps group starts from pointing past the end after the
// result was cut back.
func (p *packer) clampMarks(level int) {
	for l := level; l >= 0; l-- {
		if p.marks.get(l) <= len(p.out) {
			break
		}
		p.marks.set(l, len(p.out))
	}
}

// shrinkChars drops n characters from the end of a character result.
func (p *packer) shrinkChars(n int, code byte) error {
	cur := len(p.out)
	for ; n > 0; n-- {
		if cur <= 0 {
			return errorf("'%c' outside of string in pack", code)
		}
		cur--
		for isContinuation(p.out[cur]) {
			if cur <= 0 {
				return errorf("'%c' outside of string in pack", code)
			}
			cur--
		}
	}
	p.out = p.out[:cur]
	return nil
}

// position handles '@' (an offset from the start of the group) and '.'
// (an offset taken from the next argument, counted from a group start
// chosen by its count).
func (p *packer) position(sym *symbol, n, level int, utf8 bool, lengthcode *value.Scalar) error {
	code := sym.code
	var from int
	if code == '.' {
		switch {
		case sym.how == lenStar:
			from = 0
		case n == 0:
			from = len(p.out)
		default:
			l := level - (n - 1)
			if l >= 0 {
				from = p.marks.get(l)
			}
		}
		v, err := p.intArg(lengthcode, '.')
		if err != nil {
			return err
		}
		n = int(int64(v))
	} else {
		from = p.marks.get(level)
	}
	if utf8 && !sym.shriek {
		if n < 0 {
			if -n < 0 {
				p.indeterminate = true
			}
			p.out = p.out[:from]
			if err := p.shrinkChars(-n, code); err != nil {
				return err
			}
			p.clampMarks(level)
			return nil
		}
		p.work += len(p.out) - from
		for n > 0 && from < len(p.out) {
			from += utf8Skip(p.out[from])
			n--
		}
		if from > len(p.out) {
			return errorf("Malformed UTF-8 string in pack")
		}
		if n > 0 {
			return p.grow(n)
		}
		if from < len(p.out) {
			return p.shrink(len(p.out)-from, code, level)
		}
		return nil
	}
	n -= len(p.out) - from
	switch {
	case n > 0:
		return p.grow(n)
	case n < 0:
		if -n < 0 {
			p.indeterminate = true
		}
		return p.shrink(-n, code, level)
	}
	return nil
}

// align handles x! and X!: pad or back up to a multiple of n.
func (p *packer) align(code byte, n, level int, utf8 bool) error {
	if n == 0 {
		n = 1
	}
	if utf8 {
		p.work += len(p.out) // the walks below are not free
	}
	if code == 'x' {
		var at int
		if utf8 {
			at = charCount(p.out)
		} else {
			at = len(p.out)
		}
		if r := at % n; r != 0 {
			return p.grow(n - r)
		}
		return nil
	}
	if utf8 {
		last, hop, left := 0, 0, n
		for hop < len(p.out) {
			hop += utf8Skip(p.out[hop])
			if left--; left == 0 {
				last, left = hop, n
			}
		}
		if last > len(p.out) {
			return errorf("Malformed UTF-8 string in pack")
		}
		p.out = p.out[:last]
		return nil
	}
	return p.shrink(len(p.out)%n, 'X', level)
}

// charCount is the number of UTF-8 characters in b, walking as perl's
// utf8_length does.
func charCount[T string | []byte](b T) int {
	n := 0
	for i := 0; i < len(b); i += utf8Skip(b[i]) {
		n++
	}
	return n
}
