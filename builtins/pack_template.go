package builtins

import (
	"math"
	"strings"
)

// Parsing of pack/unpack templates, after perl's next_symbol,
// group_end and measure_struct in pp_pack.c. A template is parsed once
// into a tree of symbols; a parse error is kept at the place perl would
// meet it, because perl parses lazily and a template whose tail is bad
// still does (and fails) whatever came before.

// howLen says how a symbol's count was written.
type howLen uint8

const (
	lenNone   howLen = iota // no count: 1
	lenNumber               // digits or [...]
	lenStar                 // *
)

// Endianness modifiers, as bits so that conflicts are easy to test.
const (
	bigEndian    = 1
	littleEndian = 2
)

// The letters each modifier may follow. perl tests them with strchr, which
// also matches the terminating NUL, so a NUL type letter passes too.
const (
	shriekAllowed = "sSiIlLxXnNvV@."
	endianAllowed = "sSiIlLqQjJfFdDpP("
)

// maxGroupDepth is perl's MAX_SUB_TEMPLATE_LEVEL.
const maxGroupDepth = 100

// symbol is one template item: a type letter or a group with its
// modifiers and count.
type symbol struct {
	code   byte // type letter, or '(' for a group
	shriek bool // followed by '!'
	endian byte // bigEndian, littleEndian or 0 (own or inherited from a group)
	how    howLen
	count  int       // the count; 1 when none was written
	slash  bool      // followed by '/': this item gives the next one's count
	group  *template // a group's body
}

// template is a parsed sequence of symbols. err, when set, is the parse
// error perl meets right after the last symbol.
type template struct {
	syms []symbol
	err  error

	// For unpack, from the raw text as perl's need_utf8 and first_symbol
	// see it: whether the data must be read as characters, and whether
	// the template starts with U.
	needUTF8, startsU bool

	// sizeHint and valuesHint guess the bytes pack makes and the values
	// unpack returns, to size buffers once.
	sizeHint, valuesHint int
}

// templateParser parses one template string for pack or for unpack (the
// messages name which).
type templateParser struct {
	src    string
	action string // "pack" or "unpack"
}

// parseTemplate parses src for pack (unpack false) or unpack.
func parseTemplate(src string, unpack bool) *template {
	p := &templateParser{src: src, action: "pack"}
	if unpack {
		p.action = "unpack"
	}
	t := p.parseSeq(0, len(src), 0, 0)
	for i := range t.syms {
		s := &t.syms[i]
		n := 1
		if s.how == lenNumber && s.count < 256 {
			n = s.count
		}
		size := packSize(s.code, s.shriek)
		switch {
		case size > 0:
		case strings.IndexByte("aAZxX@", s.code) >= 0:
			size = 1
		case strings.IndexByte("bBhH", s.code) >= 0:
			n, size = n/2+1, 1
		default:
			size = 8
		}
		t.sizeHint += n * size
		switch {
		case strings.IndexByte("xX@%", s.code) >= 0:
		case strings.IndexByte("aAZbBhHu.(", s.code) >= 0:
			t.valuesHint++
		default:
			t.valuesHint += min(n, 16)
		}
	}
	if unpack {
		t.needUTF8 = needUTF8(src)
		t.startsU = firstSymbol(src) == 'U'
	}
	return t
}

// needUTF8 is perl's need_utf8: the template starts with U or contains
// U0, so unpack works on the UTF-8 form of the data. Only comments are
// skipped; a space before the U counts as a first symbol.
func needUTF8(pat string) bool {
	first := true
	for i := 0; i < len(pat); i++ {
		switch pat[i] {
		case '#':
			j := strings.IndexByte(pat[i+1:], '\n')
			if j < 0 {
				return false
			}
			i += 1 + j
		case 'U':
			if first || (i+1 < len(pat) && pat[i+1] == '0') {
				return true
			}
		default:
			first = false
		}
	}
	return false
}

// firstSymbol is perl's first_symbol: the first character outside
// comments, whitespace included, or 0.
func firstSymbol(pat string) byte {
	for i := 0; i < len(pat); {
		if pat[i] != '#' {
			return pat[i]
		}
		j := strings.IndexByte(pat[i+1:], '\n')
		if j < 0 {
			return 0
		}
		i += j + 2
	}
	return 0
}

// at returns the byte at i, or 0 past the end, as C's NUL-terminated
// template reads.
func (p *templateParser) at(i int) byte {
	if i < len(p.src) {
		return p.src[i]
	}
	return 0
}

// parseSeq parses src[pos:end], a level-deep sequence whose group
// inherits endianness inherit.
func (p *templateParser) parseSeq(pos, end, level int, inherit byte) *template {
	t := &template{}
	for {
		sym, next, found, err := p.nextSymbol(pos, end, level, inherit)
		if err != nil {
			t.err = err
			return t
		}
		if !found {
			return t
		}
		t.syms = append(t.syms, sym)
		pos = next
	}
}

// skipComment skips from a '#' to just past the end of its line.
func (p *templateParser) skipComment(pos, end int) int {
	pos++
	for pos < end && p.src[pos] != '\n' {
		pos++
	}
	if pos < end {
		pos++
	}
	return pos
}

// nextSymbol is perl's next_symbol: it finds the next symbol at or after
// pos, with its modifiers, count and trailing '/'.
func (p *templateParser) nextSymbol(pos, end, level int, inherit byte) (symbol, int, bool, error) {
	for pos < end {
		c := p.src[pos]
		if isSpaceByte(c) {
			pos++
			continue
		}
		if c == '#' {
			pos = p.skipComment(pos, end)
			continue
		}
		pos++
		if c == ',' { // only a warning in perl
			continue
		}
		sym := symbol{code: c, how: lenNone, count: 1}
		var grpBeg, grpEnd int
		if c == '(' {
			n := p.at(pos)
			if isDigitByte(n) || n == '*' || n == '[' {
				return sym, 0, false, errorf("()-group starts with a count in %s", p.action)
			}
			ge, err := p.groupEnd(pos, end, ')')
			if err != nil {
				return sym, 0, false, err
			}
			grpBeg, grpEnd = pos, ge
			pos = ge + 1
			if level >= maxGroupDepth {
				return sym, 0, false, errorf("Too deeply nested ()-groups in %s", p.action)
			}
		}
		var inherited byte
		if inherit != 0 && allows(endianAllowed, c) {
			inherited = inherit
		}
		for pos < end {
			m := p.src[pos]
			var allowed string
			var bit byte
			switch m {
			case '!':
				allowed = shriekAllowed
			case '>':
				allowed, bit = endianAllowed, bigEndian
			case '<':
				allowed, bit = endianAllowed, littleEndian
			}
			if allowed == "" {
				break
			}
			if !allows(allowed, c) {
				return sym, 0, false, errorf("'%c' allowed only after types %s in %s", m, allowed, p.action)
			}
			if sym.endian|bit == bigEndian|littleEndian {
				return sym, 0, false, errorf("Can't use both '<' and '>' after type '%c' in %s", c, p.action)
			}
			if sym.endian|bit|inherited == bigEndian|littleEndian {
				return sym, 0, false, errorf("Can't use '%c' in a group with different byte-order in %s", m, p.action)
			}
			if bit == 0 {
				sym.shriek = true
			}
			sym.endian |= bit
			pos++
		}
		sym.endian |= inherited
		if pos < end {
			var err error
			pos, err = p.count(&sym, pos, end, level, inherit)
			if err != nil {
				return sym, 0, false, err
			}
			for pos < end {
				if isSpaceByte(p.src[pos]) {
					pos++
				} else if p.src[pos] == '#' {
					pos = p.skipComment(pos, end)
				} else {
					if p.src[pos] == '/' {
						sym.slash = true
						pos++
						if pos < end {
							if n := p.src[pos]; isDigitByte(n) || n == '*' || n == '[' {
								return sym, 0, false, errorf("'/' does not take a repeat count in %s", p.action)
							}
						}
					}
					break
				}
			}
		}
		if c == '(' {
			sym.group = p.parseSeq(grpBeg, grpEnd, level+1, sym.endian)
		}
		return sym, pos, true, nil
	}
	return symbol{}, pos, false, nil
}

// allows is perl's strchr(list, c), NUL included.
func allows(list string, c byte) bool {
	return c == 0 || strings.IndexByte(list, c) >= 0
}

// count parses a count after a symbol: digits, '*' or [...].
func (p *templateParser) count(sym *symbol, pos, end, level int, inherit byte) (int, error) {
	switch c := p.src[pos]; {
	case isDigitByte(c):
		n, next, err := p.number(pos)
		if err != nil {
			return 0, err
		}
		sym.how, sym.count = lenNumber, n
		return next, nil
	case c == '*':
		sym.how = lenStar
		return pos + 1, nil
	case c == '[':
		inner := pos + 1
		sym.how = lenNumber
		ge, err := p.groupEnd(inner, end, ']')
		if err != nil {
			return 0, err
		}
		if isDigitByte(p.at(inner)) {
			n, next, err := p.number(inner)
			if err != nil {
				return 0, err
			}
			if p.at(next) != ']' {
				return 0, errorf("Malformed integer in [] in %s", p.action)
			}
			sym.count = n
		} else {
			size, err := p.measure(p.parseSeq(inner, ge, level, inherit))
			if err != nil {
				return 0, err
			}
			sym.count = size
		}
		return ge + 1, nil
	}
	return pos, nil
}

// number is perl's get_num: decimal digits, refusing to overflow.
func (p *templateParser) number(pos int) (int, int, error) {
	n := int64(p.src[pos] - '0')
	pos++
	for isDigitByte(p.at(pos)) {
		d := int64(p.src[pos] - '0')
		if n > (math.MaxInt64-d)/10 {
			return 0, 0, errorf("pack/unpack repeat count overflow")
		}
		n = n*10 + d
		pos++
	}
	return int(n), pos, nil
}

// groupEnd finds the ender (')' or ']') closing a group that starts at
// pos, skipping nested groups and comments.
func (p *templateParser) groupEnd(pos, end int, ender byte) (int, error) {
	for pos < end {
		c := p.src[pos]
		pos++
		switch {
		case isSpaceByte(c):
		case c == ender:
			return pos - 1, nil
		case c == '#':
			for pos < end && p.src[pos] != '\n' {
				pos++
			}
		case c == '(' || c == '[':
			close := byte(')')
			if c == '[' {
				close = ']'
			}
			ge, err := p.groupEnd(pos, end, close)
			if err != nil {
				return 0, err
			}
			pos = ge + 1
		}
	}
	return 0, errorf("No group ending character '%c' found in template", ender)
}
