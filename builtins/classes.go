// Package builtins holds perl's built-in functions: one registry that tells
// the lexer and parser how each name parses, and Go implementations of the
// functions that are pure computations over values (pack, sprintf, string
// and number functions).
package builtins

// Class is how a built-in name parses, after perlop's "Named Unary
// Operators" and "List Operators (Rightward)".
type Class uint8

// The parsing classes.
const (
	// ListOp takes a comma-separated list, with or without parentheses,
	// at the lowest precedence: print, join, push, die.
	ListOp Class = iota
	// NamedUnary takes at most one argument, binding tighter than
	// comparison operators: defined, length, ord, chr.
	NamedUnary
	// NoArgs takes no arguments: time, wantarray.
	NoArgs
)

// Info describes one built-in for the lexer and parser.
type Info struct {
	// Class is how the arguments parse.
	Class Class
	// Handles is how many leading arguments are filehandles, where a
	// bareword names a handle rather than calling a function (socket(SOCK,
	// ...), accept(NEWSOCK, SOCK)).
	Handles int
	// Topic is true when a missing argument defaults to $_.
	Topic bool
	// BlockFirst is true when the first argument may be a block
	// (map { } @list, grep { } @list, sort { } @list).
	BlockFirst bool
	// PrintLike is true for print, printf and say: an optional filehandle
	// stands before the list with no comma after it.
	PrintLike bool
}

// Lookup returns how name parses, and whether it is a built-in at all.
func Lookup(name string) (Info, bool) {
	i, ok := table[name]
	return i, ok
}

// table is read-only after initialisation.
var table = map[string]Info{
	// output
	"print":  {Class: ListOp, PrintLike: true},
	"printf": {Class: ListOp, PrintLike: true},
	"say":    {Class: ListOp, PrintLike: true},

	// strings
	"chomp":     {Class: ListOp, Topic: true},
	"chop":      {Class: ListOp, Topic: true},
	"chr":       {Class: NamedUnary, Topic: true},
	"ord":       {Class: NamedUnary, Topic: true},
	"lc":        {Class: NamedUnary, Topic: true},
	"uc":        {Class: NamedUnary, Topic: true},
	"lcfirst":   {Class: NamedUnary, Topic: true},
	"ucfirst":   {Class: NamedUnary, Topic: true},
	"length":    {Class: NamedUnary, Topic: true},
	"quotemeta": {Class: NamedUnary, Topic: true},
	"substr":    {Class: ListOp},
	"index":     {Class: ListOp},
	"rindex":    {Class: ListOp},
	"sprintf":   {Class: ListOp},
	"join":      {Class: ListOp},
	"split":     {Class: ListOp},
	"reverse":   {Class: ListOp},
	"hex":       {Class: NamedUnary, Topic: true},
	"oct":       {Class: NamedUnary, Topic: true},
	"pack":      {Class: ListOp},
	"unpack":    {Class: ListOp},
	"vec":       {Class: ListOp},
	"pos":       {Class: NamedUnary, Topic: true},
	"reset":     {Class: NamedUnary},

	// numbers
	"abs":   {Class: NamedUnary, Topic: true},
	"int":   {Class: NamedUnary, Topic: true},
	"sqrt":  {Class: NamedUnary, Topic: true},
	"sin":   {Class: NamedUnary, Topic: true},
	"cos":   {Class: NamedUnary, Topic: true},
	"exp":   {Class: NamedUnary, Topic: true},
	"log":   {Class: NamedUnary, Topic: true},
	"atan2": {Class: ListOp},
	"rand":  {Class: NamedUnary},
	"srand": {Class: NamedUnary},

	// scalars, arrays, hashes
	"defined":   {Class: NamedUnary, Topic: true},
	"undef":     {Class: NamedUnary},
	"scalar":    {Class: NamedUnary},
	"ref":       {Class: NamedUnary, Topic: true},
	"exists":    {Class: NamedUnary},
	"delete":    {Class: NamedUnary},
	"each":      {Class: NamedUnary},
	"keys":      {Class: NamedUnary},
	"values":    {Class: NamedUnary},
	"shift":     {Class: NamedUnary},
	"pop":       {Class: NamedUnary},
	"push":      {Class: ListOp},
	"unshift":   {Class: ListOp},
	"splice":    {Class: ListOp},
	"map":       {Class: ListOp, BlockFirst: true},
	"grep":      {Class: ListOp, BlockFirst: true},
	"sort":      {Class: ListOp, BlockFirst: true},
	"wantarray": {Class: NoArgs},
	"bless":     {Class: ListOp},

	// control
	"die":     {Class: ListOp},
	"warn":    {Class: ListOp},
	"exit":    {Class: NamedUnary},
	"caller":  {Class: NamedUnary},
	"goto":    {Class: NamedUnary},
	"require": {Class: NamedUnary},

	// files and handles
	"open":     {Class: ListOp, Handles: 1},
	"close":    {Class: NamedUnary, Handles: 1},
	"eof":      {Class: NamedUnary, Handles: 1},
	"binmode":  {Class: ListOp, Handles: 1},
	"fileno":   {Class: NamedUnary, Handles: 1},
	"readline": {Class: NamedUnary, Handles: 1},
	"select":   {Class: ListOp, Handles: 1},
	"unlink":   {Class: ListOp, Topic: true},
	"sysread":  {Class: ListOp, Handles: 1},
	"syswrite": {Class: ListOp, Handles: 1},

	// prototype FUNCTION; tie (which dies), tied and untie
	"prototype": {Class: NamedUnary, Topic: true},
	"tie":       {Class: ListOp},
	"tied":      {Class: NamedUnary},
	"untie":     {Class: NamedUnary},
	// study does nothing; the process-wide calls die
	"study":       {Class: NamedUnary, Topic: true},
	"setpgrp":     {Class: ListOp},
	"getpriority": {Class: ListOp},
	"setpriority": {Class: ListOp},

	"write":    {Class: NamedUnary, Handles: 1},
	"formline": {Class: ListOp},
	"read":     {Class: ListOp, Handles: 1},
	"getc":     {Class: NamedUnary, Handles: 1},
	"seek":     {Class: ListOp, Handles: 1},
	"sysseek":  {Class: ListOp, Handles: 1},
	"tell":     {Class: NamedUnary, Handles: 1},
	"truncate": {Class: ListOp, Handles: 1},
	"flock":    {Class: ListOp, Handles: 1},
	"sysopen":  {Class: ListOp, Handles: 1},
	"pipe":     {Class: ListOp, Handles: 2},
	"chdir":    {Class: NamedUnary},

	// the file system
	"stat":      {Class: NamedUnary, Handles: 1, Topic: true},
	"lstat":     {Class: NamedUnary, Handles: 1, Topic: true},
	"rename":    {Class: ListOp},
	"link":      {Class: ListOp},
	"symlink":   {Class: ListOp},
	"readlink":  {Class: NamedUnary, Topic: true},
	"mkdir":     {Class: ListOp, Topic: true},
	"rmdir":     {Class: NamedUnary, Topic: true},
	"chmod":     {Class: ListOp},
	"chown":     {Class: ListOp},
	"utime":     {Class: ListOp},
	"umask":     {Class: NamedUnary},
	"glob":      {Class: NamedUnary, Topic: true},
	"opendir":   {Class: ListOp, Handles: 1},
	"readdir":   {Class: NamedUnary, Handles: 1},
	"closedir":  {Class: NamedUnary, Handles: 1},
	"rewinddir": {Class: NamedUnary, Handles: 1},
	"telldir":   {Class: NamedUnary, Handles: 1},
	"seekdir":   {Class: ListOp, Handles: 1},

	// sockets
	"socket":      {Class: ListOp, Handles: 1},
	"bind":        {Class: ListOp, Handles: 1},
	"listen":      {Class: ListOp, Handles: 1},
	"accept":      {Class: ListOp, Handles: 2},
	"connect":     {Class: ListOp, Handles: 1},
	"shutdown":    {Class: ListOp, Handles: 1},
	"getsockname": {Class: NamedUnary, Handles: 1},
	"getpeername": {Class: NamedUnary, Handles: 1},
	"setsockopt":  {Class: ListOp, Handles: 1},
	"getsockopt":  {Class: ListOp, Handles: 1},
	"send":        {Class: ListOp, Handles: 1},
	"recv":        {Class: ListOp, Handles: 1},
	"socketpair":  {Class: ListOp, Handles: 2},

	// name lookups
	"getprotobyname":   {Class: NamedUnary},
	"getprotobynumber": {Class: NamedUnary},
	"gethostbyname":    {Class: NamedUnary},
	"gethostbyaddr":    {Class: ListOp},
	"getservbyname":    {Class: ListOp},
	"getservbyport":    {Class: ListOp},

	// time and processes
	"time":      {Class: NoArgs},
	"times":     {Class: NoArgs},
	"sleep":     {Class: NamedUnary},
	"alarm":     {Class: NamedUnary, Topic: true},
	"localtime": {Class: NamedUnary},
	"gmtime":    {Class: NamedUnary},
	"fork":      {Class: NoArgs},
	"wait":      {Class: NoArgs},
	"system":    {Class: ListOp},
	"exec":      {Class: ListOp},
	"getppid":   {Class: NoArgs},
	"kill":      {Class: ListOp},
	"getpgrp":   {Class: NamedUnary},
	"getlogin":  {Class: NoArgs},
	"getpwnam":  {Class: NamedUnary},
	"getpwuid":  {Class: NamedUnary},
	"getgrnam":  {Class: NamedUnary},
	"getgrgid":  {Class: NamedUnary},
	"waitpid":   {Class: ListOp},
}
