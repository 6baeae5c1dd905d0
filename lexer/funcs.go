package lexer

import "github.com/miniperl/miniperl/builtins"

// funcKind is how one of perl's named operators affects what follows it.
type funcKind uint8

const (
	// funcArgs takes arguments: a term follows the name.
	funcArgs funcKind = iota + 1
	// funcNoArgs takes none: an operator follows (`time / 2`).
	funcNoArgs
	// funcHandle takes arguments, the first perhaps a bareword filehandle
	// or program (perl's indirect object), after which a term follows.
	funcHandle
)

// perlFuncs are perl's named operators beyond those package builtins
// implements, so that code calling them still lexes as perl lexes it
// (`goto &sub`, `tie %h, ...`, `untie *FH`). builtins.Lookup is asked
// first; this table is read-only.
var perlFuncs = func() map[string]funcKind {
	m := map[string]funcKind{}
	for _, w := range []string{
		"abs", "alarm", "bless", "caller", "chdir", "chmod", "chomp", "chop",
		"chown", "chr", "chroot", "cos", "crypt", "dbmclose", "dbmopen",
		"defined", "delete", "die", "dump", "each", "evalbytes", "exists",
		"exit", "exp", "fc", "formline", "getgrgid", "getgrnam",
		"gethostbyaddr", "gethostbyname", "getnetbyaddr", "getnetbyname",
		"getpgrp", "getpriority", "getprotobyname", "getprotobynumber",
		"getpwnam", "getpwuid", "getservbyname", "getservbyport", "glob",
		"gmtime", "goto", "grep", "hex", "index", "int", "join", "keys",
		"kill", "lc", "lcfirst", "length", "link", "localtime", "lock", "log",
		"map", "mkdir", "msgctl", "msgget", "msgrcv", "msgsnd", "oct", "ord",
		"pack", "pop", "pos", "prototype", "push", "quotemeta", "rand",
		"readlink", "readpipe", "ref", "rename", "require", "reset",
		"reverse", "rindex", "rmdir", "scalar", "semctl", "semget", "semop",
		"sethostent", "setnetent", "setpgrp", "setpriority", "setprotoent",
		"setservent", "shift", "shmctl", "shmget", "shmread", "shmwrite",
		"sin", "sleep", "splice", "split", "sprintf", "sqrt", "srand",
		"study", "substr", "symlink", "syscall", "tie", "tied", "uc",
		"ucfirst", "umask", "undef", "unlink", "unpack", "unshift", "untie",
		"utime", "values", "vec", "waitpid", "warn",
	} {
		m[w] = funcArgs
	}
	for _, w := range []string{
		"time", "times", "wait", "wantarray", "fork", "getppid", "getlogin",
		"getpwent", "getgrent", "gethostent", "getnetent", "getprotoent",
		"getservent", "setpwent", "setgrent", "endpwent", "endgrent",
		"endhostent", "endnetent", "endprotoent", "endservent", "break",
		"__SUB__",
	} {
		m[w] = funcNoArgs
	}
	for _, w := range []string{
		"print", "printf", "say", "sort", "exec", "system", "open", "close",
		"binmode", "eof", "fileno", "flock", "getc", "read", "readline",
		"seek", "sysread", "syswrite", "sysseek", "sysopen", "tell",
		"truncate", "write", "select", "stat", "lstat", "opendir", "readdir",
		"closedir", "rewinddir", "seekdir", "telldir", "socket", "socketpair",
		"bind", "connect", "listen", "accept", "shutdown", "getsockopt",
		"setsockopt", "getsockname", "getpeername", "send", "recv", "fcntl",
		"ioctl", "pipe",
	} {
		m[w] = funcHandle
	}
	return m
}()

// funcOf returns how the bareword w affects what follows, with ok false
// for words that are not perl's named operators. The project's builtins
// table decides first.
func funcOf(w string) (kind funcKind, ok bool) {
	name := coreName(w)
	if info, ok := builtins.Lookup(name); ok {
		switch {
		case info.Class == builtins.NoArgs:
			return funcNoArgs, true
		case info.PrintLike || info.Handles > 0 || name == "sort":
			return funcHandle, true
		}
		return funcArgs, true
	}
	kind, ok = perlFuncs[name]
	return kind, ok
}
