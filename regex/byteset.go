package regex

import (
	"math/bits"
	"unicode"
)

// byteSet is a set of byte values. Subjects are byte strings, so every
// single-character construct of a pattern (a literal, ., a class, \w, ...)
// reduces to the set of bytes it matches.
type byteSet [4]uint64

func (s *byteSet) add(c int) {
	if c >= 0 && c < 256 {
		s[c>>6] |= 1 << (uint(c) & 63)
	}
}

// addRange adds lo..hi, clipped to 0..255.
func (s *byteSet) addRange(lo, hi int) {
	if lo < 0 {
		lo = 0
	}
	if hi > 255 {
		hi = 255
	}
	for c := lo; c <= hi; c++ {
		s.add(c)
	}
}

func (s byteSet) has(c int) bool {
	return c >= 0 && c < 256 && s[c>>6]&(1<<(uint(c)&63)) != 0
}

func (s byteSet) or(t byteSet) byteSet {
	return byteSet{s[0] | t[0], s[1] | t[1], s[2] | t[2], s[3] | t[3]}
}

func (s byteSet) and(t byteSet) byteSet {
	return byteSet{s[0] & t[0], s[1] & t[1], s[2] & t[2], s[3] & t[3]}
}

func (s byteSet) not() byteSet {
	return byteSet{^s[0], ^s[1], ^s[2], ^s[3]}
}

func (s byteSet) count() int {
	return bits.OnesCount64(s[0]) + bits.OnesCount64(s[1]) + bits.OnesCount64(s[2]) + bits.OnesCount64(s[3])
}

func (s byteSet) empty() bool { return s == byteSet{} }

// ascii reports whether every member is below 0x80.
func (s byteSet) ascii() bool { return s[2] == 0 && s[3] == 0 }

// ranges lists the set as inclusive [lo, hi] runs in ascending order.
func (s byteSet) ranges() [][2]int {
	var out [][2]int
	for c := 0; c < 256; c++ {
		if !s.has(c) {
			continue
		}
		lo := c
		for c+1 < 256 && s.has(c+1) {
			c++
		}
		out = append(out, [2]int{lo, c})
	}
	return out
}

func setOf(cs ...int) byteSet {
	var s byteSet
	for _, c := range cs {
		s.add(c)
	}
	return s
}

var allBytes = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

// foldRule says which case pairs /i joins.
type foldRule uint8

const (
	foldNone    foldRule = iota // no /i
	foldASCII                   // /d without Unicode rules: A-Z with a-z only
	foldUnicode                 // Unicode simple folds among 0x00-0xFF
	foldStrict                  // /aa: Unicode folds, never ASCII with non-ASCII
)

// foldsOf returns the bytes that c (any code point) matches under rule,
// c itself included when it is a byte.
func foldsOf(c rune, rule foldRule) byteSet {
	var s byteSet
	s.add(int(c))
	switch rule {
	case foldNone:
	case foldASCII:
		if c < 0x80 && unicode.IsLetter(c) {
			s.add(int(unicode.ToLower(c)))
			s.add(int(unicode.ToUpper(c)))
		}
	default:
		for f := unicode.SimpleFold(c); f != c; f = unicode.SimpleFold(f) {
			if f > 0xFF {
				continue
			}
			if rule == foldStrict && (f < 0x80) != (c < 0x80) {
				continue
			}
			s.add(int(f))
		}
	}
	return s
}

// fold closes s under rule.
func (s byteSet) fold(rule foldRule) byteSet {
	if rule == foldNone {
		return s
	}
	out := s
	for c := 0; c < 256; c++ {
		if s.has(c) {
			out = out.or(foldsOf(rune(c), rule))
		}
	}
	return out
}
