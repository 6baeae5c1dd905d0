package lexer

import "strings"

// word scans a bareword: a keyword, a word operator (`eq`, `and`, `x`), a
// quote-like operator (`q`, `s`, `tr`...), `__END__`, or an Ident.
func (s *scanner) word() error {
	src, start := s.src, s.pos
	end := identEnd(src, start)
	if src[start] == 'v' && byteAt(src, end) == '.' && isDigit(byteAt(src, end+1)) && isVersion(src[start+1:end]) {
		// A v-string (`use v5.36.0`): one bareword.
		for byteAt(src, end) == '.' && isDigit(byteAt(src, end+1)) {
			end++
			for isDigit(byteAt(src, end)) {
				end++
			}
		}
	}
	w := src[start:end]
	s.pos = end

	// Words that are only names here, whatever they would be elsewhere:
	// method names, words before `=>`, hash keys, declared names.
	arrow := isOp(s.last(1), "->")
	quoteLike := quoteOps[w]
	forced := arrow || s.fatCommaAt(end) || s.subscriptWord(end, quoteLike)
	if !forced {
		if p := s.last(1); p != nil && p.Type == Keyword {
			switch p.Value {
			case "sub", "use", "no", "package":
				forced = true
			}
		}
	}
	if !forced {
		switch {
		case quoteLike:
			// `q)` is no quote worth reading as one (`(s)`). Perl reads
			// `m;...;` and `s,a,b,` as quotes, and so does this.
			if byteAt(src, s.peek(end)) != ')' {
				return s.quote(w, start, end)
			}
		case w == "__END__" || w == "__DATA__":
			s.data(end)
			return nil
		case w == "format" && s.formatDecl(start, end):
			return s.formatErr
		case wordOps[w]:
			s.emit(Op, w, start)
			s.term = true
			return nil
		case w[0] == 'x' && !s.term && (len(w) == 1 || isDigit(w[1])):
			// Repetition: `$s x 3`, `"a" x3`, `@a x= 2`.
			n := 1
			if len(w) == 1 && byteAt(src, end) == '=' {
				n = 2
			}
			s.emitOp(start, n)
			return nil
		case Keywords[w]:
			s.emit(Keyword, w, start)
			s.term = !termKeywords[w]
			return nil
		}
	}
	s.emit(Ident, w, start)
	s.term = s.identTerm(w, arrow, end)
	return nil
}

// isVersion reports whether w is all digits (after the `v` of a v-string).
func isVersion(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// quoteOps are the quote-like operators.
var quoteOps = map[string]bool{
	"q": true, "qq": true, "qw": true, "qx": true, "m": true, "s": true,
	"tr": true, "y": true, "qr": true,
}

// wordOps are the named operators that are always operators (`x` depends
// on context and is handled apart).
var wordOps = map[string]bool{
	"lt": true, "gt": true, "le": true, "ge": true, "eq": true, "ne": true,
	"cmp": true, "and": true, "or": true, "not": true, "xor": true,
}

// termKeywords are the keywords that are terms themselves.
var termKeywords = map[string]bool{
	"__FILE__": true, "__LINE__": true, "__PACKAGE__": true,
}

// data ends the code at `__END__` or `__DATA__` (ending at end): the rest
// of the source after that line becomes the Data token.
func (s *scanner) data(end int) {
	start := len(s.src)
	if nl := strings.IndexByte(s.src[end:], '\n'); nl >= 0 {
		start = end + nl + 1
		if end+nl == s.skipAt {
			start = s.skipTo
		}
	}
	s.emit(Data, s.src[start:], start)
	s.pos = len(s.src)
	s.done = true
}
