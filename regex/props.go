package regex

import (
	"strings"
	"unicode"
)

// categoryNames maps loose long names of general categories to the short
// names that unicode.Categories uses.
var categoryNames = map[string]string{
	"letter": "L", "uppercaseletter": "Lu", "lowercaseletter": "Ll",
	"titlecaseletter": "Lt", "modifierletter": "Lm", "otherletter": "Lo",
	"mark": "M", "nonspacingmark": "Mn", "spacingmark": "Mc", "enclosingmark": "Me",
	"number": "N", "decimalnumber": "Nd", "letternumber": "Nl", "othernumber": "No",
	"punctuation": "P", "punct": "P", "connectorpunctuation": "Pc", "dashpunctuation": "Pd",
	"openpunctuation": "Ps", "closepunctuation": "Pe", "initialpunctuation": "Pi",
	"finalpunctuation": "Pf", "otherpunctuation": "Po",
	"symbol": "S", "mathsymbol": "Sm", "currencysymbol": "Sc", "modifiersymbol": "Sk",
	"othersymbol": "So",
	"separator":   "Z", "spaceseparator": "Zs", "lineseparator": "Zl",
	"paragraphseparator": "Zp",
	"other":              "C", "control": "Cc", "format": "Cf", "privateuse": "Co",
	"surrogate": "Cs",
}

// perlProps maps perl's own property names (loose) to a predefined class
// under Unicode rules, or, for the Posix forms, under ASCII rules.
var perlProps = map[string]struct {
	id    classID
	ascii bool
}{
	"word": {clsWord, false}, "xposixword": {clsWord, false}, "posixword": {clsWord, true},
	"alnum": {clsPosixAlnum, false}, "xposixalnum": {clsPosixAlnum, false}, "posixalnum": {clsPosixAlnum, true},
	"alpha": {clsPosixAlpha, false}, "alphabetic": {clsPosixAlpha, false}, "xposixalpha": {clsPosixAlpha, false}, "posixalpha": {clsPosixAlpha, true},
	"digit": {clsDigit, false}, "xposixdigit": {clsDigit, false}, "posixdigit": {clsDigit, true},
	"space": {clsSpace, false}, "xposixspace": {clsSpace, false}, "spaceperl": {clsSpace, false},
	"xperlspace": {clsSpace, false}, "whitespace": {clsSpace, false}, "posixspace": {clsPosixSpace, true}, "perlspace": {clsSpace, true},
	"blank": {clsHSpace, false}, "xposixblank": {clsHSpace, false}, "horizspace": {clsHSpace, false}, "posixblank": {clsPosixBlank, true},
	"vertspace": {clsVSpace, false},
	"upper":     {clsPosixUpper, false}, "uppercase": {clsPosixUpper, false}, "xposixupper": {clsPosixUpper, false}, "posixupper": {clsPosixUpper, true},
	"lower": {clsPosixLower, false}, "lowercase": {clsPosixLower, false}, "xposixlower": {clsPosixLower, false}, "posixlower": {clsPosixLower, true},
	"xposixpunct": {clsPosixPunct, false}, "posixpunct": {clsPosixPunct, true},
	"print": {clsPosixPrint, false}, "xposixprint": {clsPosixPrint, false}, "posixprint": {clsPosixPrint, true},
	"graph": {clsPosixGraph, false}, "xposixgraph": {clsPosixGraph, false}, "posixgraph": {clsPosixGraph, true},
	"cntrl": {clsPosixCntrl, false}, "xposixcntrl": {clsPosixCntrl, false}, "posixcntrl": {clsPosixCntrl, true},
	"xdigit": {clsPosixXdigit, false}, "xposixxdigit": {clsPosixXdigit, false}, "posixxdigit": {clsPosixXdigit, true},
	"hexdigit": {clsPosixXdigit, false}, "hex": {clsPosixXdigit, false}, "ahex": {clsPosixXdigit, true}, "asciihexdigit": {clsPosixXdigit, true},
	"ascii": {clsPosixAscii, true},
}

// looseName is perl's loose matching of property names: case, spaces,
// underscores and hyphens do not count.
func looseName(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '_' || c == '-' || c == '\t':
		case c >= 'A' && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// tableSet is the bytes of a Go unicode table.
func tableSet(t *unicode.RangeTable) byteSet {
	var s byteSet
	for c := 0; c < 256; c++ {
		if unicode.Is(t, rune(c)) {
			s.add(c)
		}
	}
	return s
}

// propertySet returns the bytes that \p{name} matches, and false for a
// property it does not know.
func propertySet(name string) (byteSet, bool) {
	n := looseName(name)
	if i := strings.IndexAny(n, "=:"); i >= 0 {
		key, val := n[:i], n[i+1:]
		switch key {
		case "gc", "generalcategory", "category":
			return categorySet(val)
		case "sc", "script", "scx", "scriptextensions":
			return scriptSet(val)
		}
		return byteSet{}, false
	}
	if s, ok := namedSet(n); ok {
		return s, true
	}
	if strings.HasPrefix(n, "is") {
		return namedSet(n[2:])
	}
	return byteSet{}, false
}

func namedSet(n string) (byteSet, bool) {
	switch n {
	case "any", "all", "assigned", "unicode":
		return allBytes, true
	case "cased":
		u := rules{cs: csUnicode}
		return u.class(clsPosixUpper).or(u.class(clsPosixLower)).or(tableSet(unicode.Lt)), true
	}
	if p, ok := perlProps[n]; ok {
		r := rules{cs: csUnicode}
		if p.ascii {
			r.cs = csASCII
		}
		return r.class(p.id), true
	}
	if s, ok := categorySet(n); ok {
		return s, true
	}
	return scriptSet(n)
}

func categorySet(n string) (byteSet, bool) {
	switch n {
	case "l&", "lc", "casedletter", "l_":
		return tableSet(unicode.Lu).or(tableSet(unicode.Ll)).or(tableSet(unicode.Lt)), true
	case "cn", "unassigned":
		return byteSet{}, true
	}
	if short, ok := categoryNames[n]; ok {
		n = strings.ToLower(short)
	}
	for k, t := range unicode.Categories {
		if strings.ToLower(k) == n {
			return tableSet(t), true
		}
	}
	return byteSet{}, false
}

func scriptSet(n string) (byteSet, bool) {
	switch n {
	case "latn":
		n = "latin"
	case "zyyy":
		n = "common"
	case "zinh", "qaai":
		n = "inherited"
	}
	for k, t := range unicode.Scripts {
		if looseName(k) == n {
			return tableSet(t), true
		}
	}
	return byteSet{}, false
}
