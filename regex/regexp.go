package regex

import (
	"regexp"
	"time"

	"github.com/dlclark/regexp2"
)

// Options tune Compile.
type Options struct {
	// MatchTimeout bounds the time one match may take on the
	// backtracking engine; past it the match fails with ErrMatchTimeout.
	// Zero means no limit. The linear-time engine needs no limit.
	MatchTimeout time.Duration
	// BacktrackOnly makes every match use the backtracking engine. Tests use
	// it to check both engines against perl.
	BacktrackOnly bool
}

// Regexp is a compiled perl pattern. It is immutable and safe for
// concurrent use.
type Regexp struct {
	expr  string // the pattern as compiled, after \Q...\E quoting
	str   string // perl's qr// string
	ncap  int
	names map[string][]int
	order []string
	start bool // the pattern is exactly ^ (split treats it as /^/m)
	hasG  bool // uses \G
	opts  Options
	tree  *node
	keep  int // regexp2 group that \K sets, 0 if none
	// latin1 makes the backtracking engine see bytes as Latin-1 runes
	// (see btRune).
	latin1 bool
	multi  *Regexp // for split: the pattern ^ compiled under /m

	pre       prefilter // where a match can start
	usePre    bool      // pre applies (the pattern has no \G)
	scan      *scanner  // direct scan, or nil
	bprog     *byteProg // the byte matcher, or nil
	bt        *regexp2.Regexp
	notEmpty  func() (*regexp2.Regexp, error) // bt that may not end where it starts
	fast      *regexp.Regexp                  // linear engine, or nil
	fastPerl  []int                           // Go group of each perl group
	fastTails []int                           // Go groups of a final $
	fastCtx   bool                            // fast looks before the start position
	fastIdent bool                            // fast's groups are perl's, with no tails
}

// String returns perl's stringification of the pattern as a qr// object,
// e.g. "(?^i:ab)".
func (re *Regexp) String() string { return re.str }

// Pattern returns the pattern as compiled (after \Q...\E quoting).
func (re *Regexp) Pattern() string { return re.expr }

// NumGroups returns the number of capturing groups.
func (re *Regexp) NumGroups() int { return re.ncap }

// GroupNames maps each group name to the numbers of the groups that carry
// it, in pattern order. %+ takes the first of them that is set, %- lists
// them all. The caller must not change the map.
func (re *Regexp) GroupNames() map[string][]int { return re.names }

// Names returns the group names in order of first appearance.
func (re *Regexp) Names() []string { return append([]string(nil), re.order...) }

// UsesG reports whether the pattern contains \G.
func (re *Regexp) UsesG() bool { return re.hasG }

// Engine names the engine the pattern runs on: "scan" (a literal or one
// repeated class, found by a direct scan), "linear" (Go's regexp, used
// when the subject after the start position is ASCII, else
// "backtrack"), or "backtrack" (regexp2).
func (re *Regexp) Engine() string {
	switch {
	case re.scan != nil:
		return "scan"
	case re.fast != nil:
		return "linear"
	}
	return "backtrack"
}

// Linear reports whether the pattern can run on Go's linear-time engine
// (used for subjects, or the part after the start position, that are
// ASCII).
func (re *Regexp) Linear() bool { return re.fast != nil }
