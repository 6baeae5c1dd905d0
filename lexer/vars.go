package lexer

import plex "github.com/alecthomas/participle/v2/lexer"

// punctVars are the characters that make a one-character special
// variable after `$` (or `*`): `$_` and `$0` are scanned as a name and a
// number, and `$#`, `$$`, `${` and `$^` are handled apart.
const punctVars = "&`'+!@/\\,;.<>()[]:?~=-%|\""

// dollar scans what starts with `$`: a scalar variable, `$#` forms, or a
// `$` cast.
func (s *scanner) dollar() error {
	src, start := s.src, s.pos
	if s.postfixDeref() {
		return nil
	}
	i := start + 1
	c := byteAt(src, i)
	switch {
	case c == '#':
		s.arrayLen(start)
		return nil
	case c == '$':
		// `$$r` dereferences; `$$` alone is the process id.
		if n := byteAt(src, i+1); n == '{' || n == '$' || startsIdent(src, i+1) {
			s.cast(start, 1)
			return nil
		}
		s.variable(ScalarVar, start, i+1)
		return nil
	case c == '{':
		if name, end, ok := s.bracedName(i); ok {
			s.emitVar(ScalarVar, "$"+name, start, end)
			return nil
		}
		s.cast(start, 1)
		return nil
	case c == '^':
		// `$^W`, `$^O`: a caret and a capital (or one of `[\]^_?`).
		if n := byteAt(src, i+1); (n >= 'A' && n <= 'Z') || containsByte("[\\]^_?", n) {
			s.variable(ScalarVar, start, i+2)
		} else {
			s.variable(ScalarVar, start, i+1)
		}
		return nil
	case isDigit(c):
		end := i + 1
		for isDigit(byteAt(src, end)) {
			end++
		}
		s.variable(ScalarVar, start, end)
		return nil
	case startsIdent(src, i) || (c == ':' && byteAt(src, i+1) == ':'):
		s.variable(ScalarVar, start, identEnd(src, i))
		return nil
	case c != 0 && containsByte(punctVars, c):
		s.variable(ScalarVar, start, i+1)
		return nil
	}
	s.cast(start, 1)
	return nil
}

// arrayLen scans `$#name`, `$#{name}`, and the casts `$#{` and `$#$`.
func (s *scanner) arrayLen(start int) {
	src := s.src
	i := start + 2
	switch c := byteAt(src, i); {
	case c == '{':
		if name, end, ok := s.bracedName(i); ok {
			s.emitVar(ArrayLen, "$#"+name, start, end)
			return
		}
		s.cast(start, 2)
	case c == '$':
		s.cast(start, 2)
	case startsIdent(src, i):
		s.variable(ArrayLen, start, identEnd(src, i))
	case c == '-' || c == '+':
		s.variable(ArrayLen, start, i+1)
	default:
		// `$#` itself, long gone from perl.
		s.variable(ScalarVar, start, i)
	}
}

// at scans what starts with `@`: an array, a slice's array, or a cast.
func (s *scanner) at() {
	src, start := s.src, s.pos
	if s.postfixDeref() {
		return
	}
	i := start + 1
	switch c := byteAt(src, i); {
	case c == '{':
		if name, end, ok := s.bracedName(i); ok {
			s.emitVar(ArrayVar, "@"+name, start, end)
			return
		}
		s.cast(start, 1)
	case c == '$':
		s.cast(start, 1)
	case startsIdent(src, i) || (c == ':' && byteAt(src, i+1) == ':'):
		s.variable(ArrayVar, start, identEnd(src, i))
	case c == '-' || c == '+':
		s.variable(ArrayVar, start, i+1)
	default:
		s.emitOp(start, 1)
	}
}

// sigilOrOp scans `%`, `&` or `*`: a sigil where a term is expected, an
// operator where one is not.
func (s *scanner) sigilOrOp(sigil byte) {
	src, start := s.src, s.pos
	if s.postfixDeref() {
		return
	}
	i := start + 1
	c := byteAt(src, i)
	if !s.term || (sigil == '&' && c == '&') {
		// `&&` is always the operator, as in toke.c.
		s.emitOp(start, opLen(src, start))
		return
	}
	typ := GlobVar
	switch sigil {
	case '%':
		typ = HashVar
	case '&':
		typ = FuncVar
	}
	switch {
	case c == '{':
		if sigil != '&' {
			if name, end, ok := s.bracedName(i); ok {
				s.emitVar(typ, string(sigil)+name, start, end)
				return
			}
		}
		s.cast(start, 1)
	case c == '$':
		s.cast(start, 1)
	case startsIdent(src, i) || (c == ':' && byteAt(src, i+1) == ':'):
		s.variable(typ, start, identEnd(src, i))
	case sigil == '%' && (c == '+' || c == '-' || c == '!'):
		s.variable(typ, start, i+1) // %+ and %- hold named captures, %! errno names
	case sigil == '%' && c == '^' && isAlpha(byteAt(src, i+1)):
		s.variable(typ, start, i+2) // %^H
	case sigil == '*' && c != 0 && containsByte(punctVars, c):
		s.variable(typ, start, i+1) // *, and *" as in English.pm
	default:
		s.emitOp(start, opLen(src, start))
	}
}

// postfixDeref scans the sigil of a postfix dereference after `->`:
// `->@*`, `->%*`, `->$*`, `->$#*`, `->&*`, `->**` (Cast then Op `*`), and
// the slices `->@[...]`, `->@{...}`, `->%[...]`, `->%{...}` (Cast then the
// bracket). It scans nothing elsewhere, nor for `->$name` method calls.
func (s *scanner) postfixDeref() bool {
	if !isOp(s.last(1), "->") {
		return false
	}
	src, start := s.src, s.pos
	n := 1
	if src[start] == '$' && byteAt(src, start+1) == '#' {
		n = 2
	}
	switch byteAt(src, start+n) {
	case '*':
		s.emit(Cast, src[start:start+n], start)
		s.emit(Op, "*", start+n)
		s.pos = start + n + 1
		s.term = false
		return true
	case '[', '{':
		if src[start] == '@' || src[start] == '%' {
			s.cast(start, 1)
			return true
		}
	}
	return false
}

// bracedName recognises `{name}`, `{ name }` and `{^NAME}` at i (the
// brace) as a variable name, as perl reads `${name}`. It returns the name
// (`^NAME` for the caret form) and the offset after the `}`.
func (s *scanner) bracedName(i int) (name string, end int, ok bool) {
	src := s.src
	j := i + 1
	if byteAt(src, j) == '^' && isWord(byteAt(src, j+1)) {
		k := j + 1
		for isWord(byteAt(src, k)) {
			k++
		}
		if byteAt(src, k) == '}' {
			return src[j:k], k + 1, true
		}
		return "", 0, false
	}
	for c := byteAt(src, j); c == ' ' || c == '\t'; c = byteAt(src, j) {
		j++
	}
	var k int
	switch {
	case startsIdent(src, j):
		k = identEnd(src, j)
	case isDigit(byteAt(src, j)):
		k = j + 1
		for isDigit(byteAt(src, k)) {
			k++
		}
	default:
		return "", 0, false
	}
	name = src[j:k]
	for c := byteAt(src, k); c == ' ' || c == '\t'; c = byteAt(src, k) {
		k++
	}
	if byteAt(src, k) != '}' {
		return "", 0, false
	}
	return name, k + 1, true
}

// variable emits the variable spelled src[start:end].
func (s *scanner) variable(t plex.TokenType, start, end int) {
	s.emitVar(t, s.src[start:end], start, end)
}

// emitVar emits a variable token and sets what may follow it.
func (s *scanner) emitVar(t plex.TokenType, v string, start, end int) {
	s.emit(t, v, start)
	s.pos = end
	s.term = t == ScalarVar && s.handleVarTerm(end)
}

// cast emits the n-byte sigil at start as a Cast.
func (s *scanner) cast(start, n int) {
	s.emit(Cast, s.src[start:start+n], start)
	s.pos = start + n
	s.term = true
}
