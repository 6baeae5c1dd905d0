package builtins

import "math"

// measure is perl's measure_struct: the byte size of a fixed-size
// template, for counts written as [template].
func (p *templateParser) measure(t *template) (int, error) {
	total := 0
	for i := range t.syms {
		s := &t.syms[i]
		if s.how == lenStar {
			return 0, errorf("Within []-length '*' not allowed in %s", p.action)
		}
		n := s.count
		size := packSize(s.code, s.shriek)
		if size == 0 {
			switch {
			case s.code == '.' || s.code == '@' || s.code == '/' || s.code == 'u':
				return 0, errorf("Within []-length '%c' not allowed in %s", s.code, p.action)
			case s.code == '%' && !s.shriek:
				size = 0
			case s.code == '(':
				gs, err := p.measure(s.group)
				if err != nil {
					return 0, err
				}
				size = gs
			case s.code == 'X':
				if s.shriek {
					if n == 0 {
						n = 1
					}
					n = total % n
				}
				size = -1
				if total < n {
					return 0, errorf("'X' outside of string in %s", p.action)
				}
			case s.code == 'x':
				if s.shriek {
					if n == 0 {
						n = 1
					}
					if r := total % n; r != 0 {
						n -= r
					} else {
						n = 0
					}
				}
				size = 1
			case (s.code == 'A' || s.code == 'Z' || s.code == 'a') && !s.shriek:
				size = 1
			case (s.code == 'B' || s.code == 'b') && !s.shriek:
				n = n/8 + btoi(n%8 != 0)
				size = 1
			case (s.code == 'H' || s.code == 'h') && !s.shriek:
				n = n/2 + n%2
				size = 1
			case s.code == 'P' && !s.shriek:
				n, size = 1, 8
			default:
				return 0, errorf("Invalid type '%c' in %s", s.code, p.action)
			}
		}
		if size > 0 && (n > math.MaxInt64/size || n*size > math.MaxInt64-total) {
			return 0, errorf("Pack template structure size is too large")
		}
		total += n * size
	}
	if t.err != nil {
		return 0, t.err
	}
	return total, nil
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// packSize is perl's packprops size for a letter: the bytes one item
// takes, or 0 for letters whose size is not fixed by the letter alone.
func packSize(code byte, shriek bool) int {
	if shriek {
		switch code {
		case 'I', 'N', 'V', 'i':
			return 4
		case 'L', 'l':
			return 8
		case 'S', 's', 'n', 'v':
			return 2
		}
		return 0
	}
	switch code {
	case 'C', 'U', 'W', 'c', 'w':
		return 1
	case 'S', 's', 'n', 'v':
		return 2
	case 'I', 'L', 'N', 'V', 'f', 'i', 'l':
		return 4
	case 'F', 'J', 'Q', 'd', 'j', 'p', 'q':
		return 8
	case 'D':
		return 16
	}
	return 0
}
