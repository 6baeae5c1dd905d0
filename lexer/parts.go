package lexer

// QuoteParts splits the text of a quote-like token as written (a Pattern
// token's Value, or any of `'...'`, `"..."`, `q(...)`, `qq{...}`,
// `qw/.../`, `qx<...>`, backticks) into its operator, its bodies, its flags
// and its opening delimiter.
//
// op is the operator word: "m", "qr", "s", "tr", "y", "q", "qq", "qw" or
// "qx"; a bare /re/ gives "m", '...' "q", "..." "qq" and `...` "qx". parts
// holds one body, or two for s, tr and y (pattern and replacement), raw:
// escapes are left as written. delim is the first part's opening
// delimiter (`'` there means no interpolation for m, qr, s and qx).
// Malformed text gives what could be split.
func QuoteParts(text string) (op string, parts []string, flags string, delim byte) {
	if text == "" {
		return "", nil, "", 0
	}
	s := scanner{src: text, skipAt: -1, cutFrom: -1, cutTo: -1}
	i := 0
	switch text[0] {
	case '/':
		op = "m"
	case '\'':
		op = "q"
	case '"':
		op = "qq"
	case '`':
		op = "qx"
	default:
		for i < len(text) && isAlpha(text[i]) {
			i++
		}
		op = text[:i]
		i = s.skipQuoteSpace(i)
	}
	if i >= len(text) {
		return op, nil, "", 0
	}
	delim = text[i]
	open, close := delim, closer(delim)
	at := s.findClose(i+1, open, close)
	if at < 0 {
		return op, []string{text[i+1:]}, "", delim
	}
	first := text[i+1 : at]
	end := at + 1
	if op != "s" && op != "tr" && op != "y" {
		return op, []string{first}, text[end:], delim
	}
	i = at
	if open != close {
		if i = s.skipQuoteSpace(end); i >= len(text) {
			return op, []string{first}, "", delim
		}
		open, close = text[i], closer(text[i])
	}
	if at = s.findClose(i+1, open, close); at < 0 {
		return op, []string{first, text[i+1:]}, "", delim
	}
	return op, []string{first, text[i+1 : at]}, text[at+1:], delim
}
