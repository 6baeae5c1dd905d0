package parser

import "github.com/alecthomas/participle/v2/lexer"

// Node is one expression in the syntax tree. The concrete types below are
// all the forms an expression takes; package interp compiles each once.
type Node interface {
	// At is where the expression starts in the source.
	At() lexer.Position
}

// base carries a node's position.
type base struct{ Pos lexer.Position }

// At implements Node.
func (b base) At() lexer.Position { return b.Pos }

// NumberLit is a numeric literal.
type NumberLit struct {
	base
	IsInt bool
	Int   int64
	Float float64
	// IsUint marks an integer literal above the int64 range that still
	// fits in 64 bits, which perl keeps exact (18446744073709551615).
	IsUint bool
	Uint   uint64
	// Misplaced is set when an underscore is not between two digits
	// (1__000, 1000_), which perl warns about.
	Misplaced bool
}

// StringLit is a string with nothing to interpolate.
type StringLit struct {
	base
	Value string
}

// CharStringLit is a string constant of characters, some above 0xFF or
// given as \N{U+...}: perl's UTF-8 flagged string. Value is its UTF-8.
type CharStringLit struct {
	base
	Value string
}

// InterpString is a double-quoted string: literal parts and expressions,
// concatenated. Arrays in it are already wrapped in JoinArray.
type InterpString struct {
	base
	Parts []Node
}

// CaseMod applies \U \L \u \l \Q to the parts of a string it covers.
type CaseMod struct {
	base
	Mod  byte // 'U', 'L', 'u', 'l', 'Q'
	Expr Node
}

// JoinArray is an array interpolated into a string: joined with $".
type JoinArray struct {
	base
	List Node
}

// WordList is qw(...).
type WordList struct {
	base
	Words []string
}

// Var is a named variable. Sigil is '$', '@', '%', '&', '*', or '#' for
// $#name. Name is as written without the sigil ("x", "Foo::x", "_", "0",
// "|", "^W").
type Var struct {
	base
	Sigil byte
	Name  string
}

// Decl is my/our/local/state over one variable or a parenthesised list.
type Decl struct {
	base
	Kind  string // "my", "our", "local", "state"
	Vars  []Node
	Paren bool
}

// Elem is one element: $a[0] (Container is the array @a), $h{k}
// (Container is %h), $r->[0] (Container is Deref '@' of $r).
type Elem struct {
	base
	Container Node
	Key       Node
	Hash      bool
}

// Slice is @a[...] or @h{...} (and %h{...} key/value slices).
type Slice struct {
	base
	Container Node
	Keys      Node
	Hash      bool
	KV        bool
}

// ListSlice is (LIST)[...].
type ListSlice struct {
	base
	List Node
	Keys Node
}

// Deref is a sigil applied to an expression: @$r, %{$h}, $$r, &$f, $#$r.
type Deref struct {
	base
	Sigil byte
	Expr  Node
}

// Unary is a prefix operator: ! ~ - + \ not, and file tests (-e).
type Unary struct {
	base
	Op string
	X  Node
}

// IncDec is ++ or -- before (Prefix) or after a term.
type IncDec struct {
	base
	Op     string
	Prefix bool
	X      Node
}

// Binary is an infix operator other than the logical and assignment ones.
type Binary struct {
	base
	Op   string
	L, R Node
}

// Logical is && || // and or xor: the right side may not be evaluated.
type Logical struct {
	base
	Op   string
	L, R Node
}

// Assign is = or an assignment operator (+=, .=, ||= ...).
type Assign struct {
	base
	Op   string // "=" or the operator before "="
	L, R Node
}

// Ternary is C ? A : B.
type Ternary struct {
	base
	Cond, Then, Else Node
}

// Range is L .. R (or ...).
type Range struct {
	base
	L, R Node
	// Three is set for ..., the flip-flop that does not test the right
	// operand on the iteration the left one became true.
	Three bool
}

// List is a comma list, parenthesised or not.
type List struct {
	base
	Items []Node
	Paren bool
}

// AnonArray is [ ... ].
type AnonArray struct {
	base
	List Node
}

// AnonHash is { ... } in a term position.
type AnonHash struct {
	base
	List Node
}

// AnonSub is sub { ... }.
type AnonSub struct {
	base
	Body *Block
}

// Call is a call of a built-in or user sub by name.
type Call struct {
	base
	Name string
	// Args are the arguments; nil Args with Paren false means none given.
	Args []Node
	// Paren is true when the arguments were in parentheses.
	Paren bool
	// Amp is true for &name(...) and &name.
	Amp bool
	// Handle is the filehandle of print/printf/say (nil for the default).
	Handle Node
	// Block is the block of map/grep/sort { ... } LIST.
	Block *Block
}

// Bareword is a word that is neither a known sub nor a built-in: a
// filehandle name, a class name or (without strict) a string.
type Bareword struct {
	base
	Name string
}

// CallRef is $code->(...) or &$code(...) or &{...}(...).
type CallRef struct {
	base
	Code Node
	Args []Node
	// NoArgs is true for &$code with no parentheses: the caller's @_ is
	// passed on.
	NoArgs bool
}

// MethodCall is Invocant->Name(...) or Invocant->$name(...).
type MethodCall struct {
	base
	Invocant Node
	Name     string
	Dynamic  Node
	Args     []Node
}

// Readline is <FH>, <$fh>, <STDIN>, <>.
type Readline struct {
	base
	Handle string // bareword name, or "" with Var set
	Var    Node
}

// Pattern is m//, s///, tr///, qr//.
type Pattern struct {
	base
	// Text is the whole operator as written.
	Text string
	// Op is "m", "s", "tr" (also for y) or "qr".
	Op string
	// Re is the pattern: a StringLit when it interpolates nothing (its text
	// raw, escapes left for the regex engine), else an InterpString whose
	// literal parts are raw regex text. For tr it is the search list.
	Re Node
	// Repl is the replacement of s/// (an interpolated string, or with /e
	// the expression to evaluate) and the replacement list of tr.
	Repl Node
	// Flags are the modifiers after the last delimiter.
	Flags string
	// Target is the left side of =~ / !~ (nil for $_).
	Target Node
	Negate bool
}

// DoBlock is do { ... }.
type DoBlock struct {
	base
	Body *Block
}

// DoFile is do EXPR.
type DoFile struct {
	base
	Path Node
}

// EvalBlock is eval { ... }.
type EvalBlock struct {
	base
	Body *Block
}

// Control is last/next/redo/return used as an expression, e.g.
// `... or next`.
type Control struct {
	base
	Op    string
	Label string
	Value Node
}

// Magic is __FILE__, __LINE__, __PACKAGE__, resolved at parse time as
// strings except __PACKAGE__, which the compiler fills in.
type Magic struct {
	base
	Name string
}

// Command is `...` or qx(...).
type Command struct {
	base
	Cmd Node
}

// FileHandle is a bareword or {expr} naming a filehandle in print-like
// calls and handle-taking built-ins.
type FileHandle struct {
	base
	Name string
	Expr Node
}
