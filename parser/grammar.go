package parser

import "github.com/alecthomas/participle/v2/lexer"

// The statement grammar, as participle structs. The structs are the syntax
// tree's statements; expressions are parsed by Expr's hand-written
// precedence climbing (expr.go), which participle calls as a Parseable.
// Alternatives are ordered most frequent first: participle tries them in
// order and copies a branch per attempt.

// Program is a whole file: its statements, read one Stmt at a time by
// Parse.
type Program struct {
	Pos   lexer.Position
	Stmts []*Stmt
	// Data is the text after __END__ or __DATA__.
	Data *string
	// Name is the file name given to Parse.
	Name string
}

// Block is { statements }.
type Block struct {
	Pos   lexer.Position
	Stmts []*Stmt `parser:"'{' @@* '}'"`
	// EndPos is the position of the closing brace.
	EndPos lexer.Position
}

// Stmt is one statement.
type Stmt struct {
	Pos     lexer.Position
	Label   *Label       `parser:"@@?"`
	If      *IfStmt      `parser:"( @@"`
	While   *WhileStmt   `parser:"| @@"`
	For     *ForStmt     `parser:"| @@"`
	Sub     *SubDecl     `parser:"| @@"`
	Package *PackageDecl `parser:"| @@"`
	Use     *UseDecl     `parser:"| @@"`
	Phase   *PhaseBlock  `parser:"| @@"`
	NotHash *notAnonHash `parser:"| @@"`
	Block   *Block       `parser:"@@"`
	Simple  *SimpleStmt  `parser:"| @@"`
	Rare    *RareStmt    `parser:"| @@"`
	Empty   bool         `parser:"| @';' )"`
}

// IfStmt is if/unless with elsif and else branches.
type IfStmt struct {
	Pos     lexer.Position
	Keyword string      `parser:"@('if':Keyword | 'unless':Keyword)"`
	Cond    *Expr       `parser:"'(' @@ ')'"`
	Then    *Block      `parser:"@@"`
	Elsifs  []*ElsifArm `parser:"@@*"`
	Else    *Block      `parser:"( 'else':Keyword @@ )?"`
}

// ElsifArm is one elsif (COND) BLOCK.
type ElsifArm struct {
	Pos  lexer.Position
	Cond *Expr  `parser:"'elsif':Keyword '(' @@ ')'"`
	Then *Block `parser:"@@"`
}

// WhileStmt is while/until (COND) BLOCK [continue BLOCK].
type WhileStmt struct {
	Pos      lexer.Position
	Keyword  string `parser:"@('while':Keyword | 'until':Keyword)"`
	Cond     *Expr  `parser:"'(' @@? ')'"`
	Body     *Block `parser:"@@"`
	Continue *Block `parser:"( 'continue':Keyword @@ )?"`
}

// ForStmt is a C-style for or a foreach loop.
type ForStmt struct {
	Pos     lexer.Position
	Keyword string   `parser:"@('for':Keyword | 'foreach':Keyword)"`
	Var     *LoopVar `parser:"@@?"`
	Init    *Expr    `parser:"'(' @@?"`
	C       *CFor    `parser:"( @@ | ')' )"`
	Body    *Block   `parser:"@@"`
	// Continue is the continue block of a foreach.
	Continue *Block `parser:"( 'continue':Keyword @@ )?"`
}

// CFor is the rest of for (INIT; COND; STEP).
type CFor struct {
	Cond *Expr `parser:"';' @@?"`
	Step *Expr `parser:"';' @@? ')'"`
}

// LoopVar is the variable of foreach: my $x, our $x, state $x or $x.
type LoopVar struct {
	Pos  lexer.Position
	Decl string
	Name string
	// Names are the variables of `for my ($k, $v) (LIST)` (perl 5.36),
	// each with its sigil; Name is then empty.
	Names []string
}

// SubDecl is sub NAME [PROTO] BLOCK, or a forward declaration. Attrs
// and After are attributes (:lvalue, :prototype($)) before and after
// the prototype.
type SubDecl struct {
	Pos   lexer.Position
	Name  string     `parser:"'sub':Keyword @Ident"`
	Attrs []*SubAttr `parser:"( ':' @@+ )*"`
	Proto *Prototype `parser:"@@?"`
	After []*SubAttr `parser:"( ':' @@+ )*"`
	Body  *Block     `parser:"( @@ | ';' )"`
}

// PackageDecl is package NAME; or package NAME BLOCK.
type PackageDecl struct {
	Pos   lexer.Position
	Name  string `parser:"'package':Keyword @Ident"`
	Block *Block `parser:"( @@ | ';' )"`
}

// UseDecl is use/no MODULE [VERSION] [LIST];
type UseDecl struct {
	Pos     lexer.Position
	Keyword string `parser:"@('use':Keyword | 'no':Keyword)"`
	Version string `parser:"( @Number"`
	Module  string `parser:"| @Ident )"`
	Args    *Expr  `parser:"@@? ';'"`
}

// PhaseBlock is BEGIN { } or END { }.
type PhaseBlock struct {
	Pos   lexer.Position
	Phase string `parser:"@('BEGIN':Keyword | 'END':Keyword)"`
	Body  *Block `parser:"@@"`
}

// SimpleStmt is an expression with an optional statement modifier.
type SimpleStmt struct {
	Pos      lexer.Position
	X        *Expr     `parser:"@@"`
	Modifier *Modifier `parser:"@@?"`
	End      *StmtEnd  `parser:"@@"`
}

// Modifier is a trailing if/unless/while/until/for/foreach.
type Modifier struct {
	Pos     lexer.Position
	Keyword string `parser:"@('if':Keyword | 'unless':Keyword | 'while':Keyword | 'until':Keyword | 'for':Keyword | 'foreach':Keyword)"`
	X       *Expr  `parser:"@@"`
}
