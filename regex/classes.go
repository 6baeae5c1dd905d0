package regex

// classID names a predefined class: the backslash classes and the POSIX
// bracket classes.
type classID uint8

const (
	clsWord classID = iota
	clsDigit
	clsSpace
	clsHSpace
	clsVSpace
	clsPosixAlpha
	clsPosixDigit
	clsPosixAlnum
	clsPosixUpper
	clsPosixLower
	clsPosixPunct
	clsPosixPrint
	clsPosixGraph
	clsPosixCntrl
	clsPosixSpace
	clsPosixBlank
	clsPosixWord
	clsPosixXdigit
	clsPosixAscii
	numClasses
)

// posixNames maps a [:name:] to its class.
var posixNames = map[string]classID{
	"alpha":  clsPosixAlpha,
	"digit":  clsPosixDigit,
	"alnum":  clsPosixAlnum,
	"upper":  clsPosixUpper,
	"lower":  clsPosixLower,
	"punct":  clsPosixPunct,
	"print":  clsPosixPrint,
	"graph":  clsPosixGraph,
	"cntrl":  clsPosixCntrl,
	"space":  clsPosixSpace,
	"blank":  clsPosixBlank,
	"word":   clsPosixWord,
	"xdigit": clsPosixXdigit,
	"ascii":  clsPosixAscii,
}

// rules is how the charset in force and the pattern as a whole decide
// byte semantics.
type rules struct {
	cs  charset
	uni bool // the pattern needs Unicode rules (\p, \N{...}, a code point above 0xFF)
}

// table is the column of classTable to use: 0 for ASCII-only /d, 1 for
// Unicode rules, 2 for /a and /aa.
func (r rules) table() int {
	switch r.cs {
	case csUnicode:
		return 1
	case csASCII, csASCIIStrict:
		return 2
	}
	if r.uni {
		return 1
	}
	return 0
}

// fold is the /i rule.
func (r rules) fold() foldRule {
	switch r.cs {
	case csUnicode, csASCII:
		return foldUnicode
	case csASCIIStrict:
		return foldStrict
	}
	if r.uni {
		return foldUnicode
	}
	return foldASCII
}

// class returns the bytes a predefined class matches under r.
func (r rules) class(id classID) byteSet {
	return classTable[id][r.table()]
}
