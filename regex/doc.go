// Package regex implements perl 5 regular expressions, transliteration
// (tr///) and split for miniperl.
//
// # Subjects and semantics
//
// Subjects and patterns are byte strings, as perl's are without the UTF-8
// flag: every byte is one character, and offsets are byte offsets. Under
// perl's default /d rules \w, \d, \s, the POSIX classes and /i use ASCII
// rules (so "\xE9" is not \w and does not match "\xC9" under /i); \h and
// \v still include 0xA0 and 0x85, as in perl. /u, or anything in the
// pattern that makes perl use Unicode rules (\p{...}, \N{...}, a code
// point above 0xFF), switches to Unicode rules over 0x00-0xFF; /a and /aa
// keep the classes ASCII. /l is treated as /d.
//
// # Compiling
//
// [Compile] takes the final pattern (after the interpreter's variable
// interpolation) and the modifiers msixxnp and adlu; g, c, o, e and r are
// the caller's and are ignored. Errors are [*Error] values worded like
// perl's, without the " at FILE line N." suffix:
//
//	Unmatched ( in regex; marked by <-- HERE in m/( <-- HERE a/
//
// [Regexp.String] is perl's qr// string, e.g. "(?^i:ab)".
//
// Supported: literals and all of perl's escapes (\t \n \x41 \x{263A} \101
// \o{101} \cA \N{U+41} \Q...\E), ., classes with ranges, POSIX [:name:]
// and [:^name:], \d \w \s \h \v \R \X \N and their negations, \p{...} (the
// general categories, scripts and perl's own names such as Word, Alpha,
// XPosixPunct), anchors ^ $ \A \z \Z \b \B \G, greedy, lazy and possessive
// quantifiers including {,n}, capturing, named ((?<n>) (?'n') (?P<n>)),
// non-capturing, atomic and branch-reset ((?|...)) groups, backreferences
// (\1 \g1 \g{-1} \g{name} \k<n> \k'n' \k{n} (?P=n)), lookahead and
// lookbehind (variable length up to 255, as perl 5.36), conditionals
// ((?(1)..|..) (?(<n>)..) (?(?=..)..) (?(DEFINE)..)), \K, (*FAIL), the
// (*pla:...) family, inline modifiers ((?i) (?^x:...) (?a-i)), comments
// (?#...) and /x /xx.
//
// Refused with an error that names the construct (Error.Unsupported):
// code blocks (?{...}) and (??{...}), recursion (?R) (?1) (?&name)
// (?P>name), the verbs other than (*FAIL) such as (*ACCEPT) and
// (*COMMIT), \N{NAME}, \b{wb} and the other \b{...} forms, and groups
// inside a variable-length lookbehind. Under Unicode rules a literal
// "\xDF" matches "ss" case-insensitively, but "ss" in a pattern does not
// match "\xDF" in a subject.
//
// # Matching
//
// [Regexp.MatchAt] and [Regexp.Exec] return perl's @- and @+ interleaved:
// loc[2*i], loc[2*i+1] for group i, -1 for a group that did not take
// part. The search starts at byte offset pos, and \G matches at pos: for
// a pattern that uses \G ([Regexp.UsesG]) pass pos() as the start.
//
// For m//g and s///g, start each search where the last match ended, and
// after a zero-length match pass [NotEmptyAt], which is perl's rule: the
// next match may not be empty at that position (but may start there).
// A [Scratch] lets repeated searches of one string convert it once.
//
// # Engines
//
// Every pattern is compiled for the backtracking engine
// (github.com/dlclark/regexp2). Two faster engines take over when they
// give exactly perl's answer:
//
//   - scan: a literal string, or one class repeated at least once
//     (/,/ /foo/ /\s+/ /[a-z]{2,}/), is found by a direct byte scan.
//
//   - linear: a pattern made only of classes, literals, groups,
//     alternation, greedy or lazy repeats (of at most 1000, over something
//     that cannot match the empty string), \A, ^ without /m, $ under /m,
//     \z, \b, \B, and $ or \Z at the very end, runs on Go's regexp
//     (leftmost-first like perl, and linear time) when the subject from
//     the start position on is ASCII, and, for patterns with ^, \A, \b or
//     \B, when the search starts at 0.
//
//   - byte: perl's backtracking run directly over the parsed pattern,
//     for patterns of classes, literals, groups, alternation, repeats
//     (possessive ones of one class only) and anchors, on subjects that
//     are ASCII from the start position on. A repeat of one class is a
//     scan, not a recursion. It has a step budget; past it the search
//     runs again on the linear or the backtracking engine.
//
// Before any engine, a prefilter skips to the first byte that can begin a
// match, gives up at once when a pattern anchored at the start cannot
// match there, and starts a pattern that ends in $, \Z or \z with a
// bounded width near the end of the subject.
//
// Everything else, and subjects with bytes above 0x7F, use backtracking,
// bounded by [Options.MatchTimeout]; past it the match fails with
// [ErrMatchTimeout]. [Regexp.Engine] tells which engine a pattern gets.
//
// A Regexp is immutable and safe for concurrent use; the package has no
// mutable global state ([Cache] is the caller's).
package regex
