package lexer

import "strings"

// formatDecl scans `format NAME =` and the picture lines after it, up to
// a line holding only a dot, when the word `format` (ending at end)
// starts a statement. The token's Value is the name (empty for STDOUT's
// default), a newline, and the lines between, each with its newline.
// It reports false, scanning nothing, when the text is not a format
// declaration; a format with no closing dot sets s.formatErr.
func (s *scanner) formatDecl(start, end int) bool {
	if p := s.last(1); p != nil && p.Type != Format && !isOp(p, ";") && !isOp(p, "}") && !isOp(p, "{") {
		return false
	}
	src := s.src
	i := end
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	nameStart := i
	if i < len(src) && (isAlpha(src[i]) || src[i] == ':') {
		i = identEnd(src, i)
	}
	name := src[nameStart:i]
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i >= len(src) || src[i] != '=' || byteAt(src, i+1) == '=' || byteAt(src, i+1) == '>' {
		return false
	}
	i++
	for i < len(src) && (src[i] == ' ' || src[i] == '\t' || src[i] == '\r') {
		i++
	}
	if i < len(src) && src[i] != '\n' {
		return false
	}
	i++
	body := i
	for i < len(src) {
		nl := strings.IndexByte(src[i:], '\n')
		line := src[i:]
		next := len(src)
		if nl >= 0 {
			line, next = src[i:i+nl], i+nl+1
		}
		if strings.TrimRight(line, " \t\r") == "." {
			s.emit(Format, name+"\n"+src[body:i], start)
			s.pos = next
			s.term = true
			return true
		}
		i = next
	}
	// perl reads to the end of the file looking for the dot.
	s.formatErr = s.errAt(len(src), "Format not terminated")
	s.pos = len(src)
	return true
}
