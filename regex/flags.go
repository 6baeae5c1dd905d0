package regex

import "strings"

// charset is perl's character-set modifier: how \w, \d, \s, the POSIX
// classes and /i treat bytes 0x80-0xFF.
type charset uint8

const (
	csDepends     charset = iota // /d: ASCII rules unless the pattern needs Unicode
	csUnicode                    // /u: Unicode rules
	csASCII                      // /a: \w \d \s and POSIX classes ASCII only
	csASCIIStrict                // /aa: as /a, and /i never pairs ASCII with non-ASCII
	csLocale                     // /l: treated like /d (no locale support)
)

// name is the modifier as perl prints it in a qr// string.
func (c charset) name() string {
	switch c {
	case csUnicode:
		return "u"
	case csASCII:
		return "a"
	case csASCIIStrict:
		return "aa"
	case csLocale:
		return "l"
	}
	return "d"
}

// modes are the modifiers in force at one point of a pattern.
type modes struct {
	i, m, s, x, xx, n bool
	cs                charset
}

// compileFlags are the modifiers given to Compile, kept for String.
type compileFlags struct {
	modes
	p bool
}

// parseFlags reads the modifiers after a match operator. The match-time
// modifiers g, c, o, e and r belong to the caller and are accepted and
// ignored.
func parseFlags(flags string) (compileFlags, error) {
	var f compileFlags
	var csSeen byte
	nx, na := 0, 0
	for i := 0; i < len(flags); i++ {
		c := flags[i]
		switch c {
		case 'm':
			f.m = true
		case 's':
			f.s = true
		case 'i':
			f.i = true
		case 'x':
			nx++
		case 'n':
			f.n = true
		case 'p':
			f.p = true
		case 'g', 'c', 'o', 'e', 'r':
		case 'a', 'u', 'l', 'd':
			if csSeen != 0 && csSeen != c {
				return f, &FlagError{Msg: `Regexp modifiers "/` + string(csSeen) + `" and "/` + string(c) + `" are mutually exclusive`}
			}
			if csSeen == c && c != 'a' {
				return f, &FlagError{Msg: `Regexp modifier "/` + string(c) + `" may not appear twice`}
			}
			csSeen = c
			switch c {
			case 'a':
				na++
				if na > 2 {
					return f, &FlagError{Msg: `Regexp modifier "/a" may appear a maximum of twice`}
				}
				f.cs = csASCII
				if na == 2 {
					f.cs = csASCIIStrict
				}
			case 'u':
				f.cs = csUnicode
			case 'l':
				f.cs = csLocale
			case 'd':
				f.cs = csDepends
			}
		default:
			return f, &FlagError{Msg: `Unknown regexp modifier "/` + string(c) + `"`}
		}
	}
	f.x = nx > 0
	f.xx = nx > 1
	return f, nil
}

// stringify builds perl's qr// string: "(?^" then the charset, p and the
// standard modifiers in perl's order, ":", the pattern, ")". As perl does,
// it drops the "^" when every standard modifier and a charset are shown,
// writes "u" for a /d pattern that holds a code point above 0xFF, and adds
// a newline before the ")" when a /x comment runs to the end.
func stringify(f compileFlags, pattern string, wide, runOn bool) string {
	var b strings.Builder
	allStd := f.m && f.s && f.i && f.x && f.xx && f.n
	hasCharset := wide || f.cs != csDepends
	b.WriteString("(?")
	if !allStd || !hasCharset {
		b.WriteByte('^')
	}
	if hasCharset {
		if f.cs == csDepends {
			b.WriteString("u")
		} else {
			b.WriteString(f.cs.name())
		}
	}
	if f.p {
		b.WriteByte('p')
	}
	for _, m := range []struct {
		on bool
		c  string
	}{{f.m, "m"}, {f.s, "s"}, {f.i, "i"}, {f.x, "x"}, {f.xx, "x"}, {f.n, "n"}} {
		if m.on {
			b.WriteString(m.c)
		}
	}
	b.WriteByte(':')
	b.WriteString(pattern)
	if runOn {
		b.WriteByte('\n')
	}
	b.WriteByte(')')
	return b.String()
}
