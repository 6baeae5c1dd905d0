package main

import (
	"bytes"
	"strings"
)

// moduleSwitch turns -M or -m (sw) with its argument into the statement
// perl runs for it (perlrun): -MMod is "use Mod;", -MMod=a,b is
// "use Mod qw(a b);" (perl splits the list at commas), -M-Mod is "no Mod;", -mMod is
// "use Mod ();". ok is false when the argument is missing.
func moduleSwitch(sw byte, spec string) (stmt string, ok bool) {
	if spec == "" || spec == "-" {
		return "", false
	}
	keyword := "use"
	if strings.HasPrefix(spec, "-") {
		keyword, spec = "no", spec[1:]
	}
	mod, imports, hasImports := strings.Cut(spec, "=")
	switch {
	case hasImports:
		return keyword + " " + mod + " qw(" + strings.ReplaceAll(imports, ",", " ") + "); ", true
	case sw == 'm':
		return keyword + " " + mod + " (); ", true
	}
	// -MMod 'LIST' style arguments (-M'Mod qw(a b)') pass through.
	return keyword + " " + mod + "; ", true
}

// withPreamble puts the -M/-m statements in front of the program on its
// first line, so that the program's own line numbers stay as they are;
// after a #! line, which must stay first, they go on the second.
func withPreamble(src []byte, preamble []string) []byte {
	if len(preamble) == 0 {
		return src
	}
	pre := strings.Join(preamble, "")
	at := 0
	if bytes.HasPrefix(src, []byte("#!")) {
		if nl := bytes.IndexByte(src, '\n'); nl >= 0 {
			at = nl + 1
		} else {
			return append(append(append([]byte(nil), src...), '\n'), pre...)
		}
	}
	out := make([]byte, 0, len(src)+len(pre))
	out = append(out, src[:at]...)
	out = append(out, pre...)
	return append(out, src[at:]...)
}

// withLoop wraps the program in -n's or -p's loop, as perl does, on the
// program's own first and last lines so that its line numbers stay:
// LINE: while (<>) { ... } and for -p a continue block printing $_; with
// -l each line is chomped first.
func withLoop(src []byte, loop byte, chompIn bool) []byte {
	if loop == 0 {
		return src
	}
	head := "LINE: while (defined($_ = readline ARGV)) { "
	if chompIn {
		head += "chomp; "
	}
	tail := "\n;}"
	if loop == 'p' {
		tail += " continue { die \"-p destination: $!\\n\" unless print $_; }"
	}
	out := make([]byte, 0, len(head)+len(src)+len(tail)+1)
	out = append(out, head...)
	out = append(out, src...)
	return append(out, tail+"\n"...)
}
