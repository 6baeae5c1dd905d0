package perlio

import (
	"errors"
	"os"
	"strings"

	"golang.org/x/sys/unix"
)

// ErrPipeOpen is returned for piped opens ("|cmd", "cmd|", "-|", "|-"):
// this package does not start processes. The interpreter starts the
// command and wraps its pipe with NewPipe.
var ErrPipeOpen = errors.New("perlio: piped open is not supported")

// openFlags maps perl's open modes to open(2) flags.
func openFlags(mode string) (flags int, read, write bool, ok bool) {
	switch mode {
	case "<":
		return os.O_RDONLY, true, false, true
	case ">":
		return os.O_WRONLY | os.O_CREATE | os.O_TRUNC, false, true, true
	case ">>":
		return os.O_WRONLY | os.O_CREATE | os.O_APPEND, false, true, true
	case "+<":
		return os.O_RDWR, true, true, true
	case "+>":
		return os.O_RDWR | os.O_CREATE | os.O_TRUNC, true, true, true
	case "+>>":
		return os.O_RDWR | os.O_CREATE | os.O_APPEND, true, true, true
	}
	return 0, false, false, false
}

// splitMode separates a 3-argument open mode such as "<:encoding(UTF-8)"
// into the access part ("<") and its layers (":encoding(UTF-8)").
func splitMode(mode string) (access, layers string) {
	mode = strings.TrimSpace(mode)
	if i := strings.IndexByte(mode, ':'); i >= 0 {
		return strings.TrimSpace(mode[:i]), mode[i:]
	}
	return mode, ""
}

// Open is perl's 3-argument open of a file: mode is "<", ">", ">>", "+<",
// "+>" or "+>>", optionally followed by layers ("<:raw",
// ">:encoding(UTF-8)"). Files are created with 0666 less the umask, as
// perl does. Errors are *os.PathError holding the errno (ENOENT, EACCES,
// EISDIR ...); piped modes return ErrPipeOpen, an unknown mode EINVAL.
func Open(path string, mode string) (*Handle, error) {
	access, layers := splitMode(mode)
	if strings.Contains(access, "|") {
		return nil, ErrPipeOpen
	}
	flags, rd, wr, ok := openFlags(access)
	if !ok {
		return nil, &os.PathError{Op: "open", Path: path, Err: unix.EINVAL}
	}
	if strings.IndexByte(path, 0) >= 0 {
		// No file has such a name; perl fails the same way.
		return nil, &os.PathError{Op: "open", Path: path, Err: unix.ENOENT}
	}
	f, err := os.OpenFile(path, flags, 0o666)
	if err != nil {
		return nil, err
	}
	h, err := newFileHandle(path, f, true, rd, wr)
	if err != nil {
		f.Close()
		return nil, err
	}
	if layers != "" {
		if err := h.SetBinmode(layers); err != nil {
			h.Close()
			return nil, err
		}
	}
	return h, nil
}

// ParseOpenSpec splits a 2-argument open's spec into a mode and a path,
// with perl's rules: a leading mode ("<", ">", ">>", "+<", "+>", "+>>";
// none means "<"), whitespace around the name ignored. Duplicating specs
// come back with the "&" or "&=" in the mode and the handle name or number
// as path (">&STDERR" gives ">&", "STDERR"), for the caller to resolve with
// Dup. "-" alone is STDIN and ">-" STDOUT: the path is "-" and the caller
// decides. Piped specs ("|cmd", "cmd|") return ErrPipeOpen; an empty name
// ENOENT.
func ParseOpenSpec(spec string) (mode, path string, err error) {
	s := strings.TrimLeft(spec, " \t\n\r\f")
	if strings.HasPrefix(s, "|") || strings.HasSuffix(strings.TrimRight(s, " \t\n\r\f"), "|") {
		return "", "", ErrPipeOpen
	}
	mode = "<"
	for _, m := range []string{"+>>", "+<", "+>", ">>", "<", ">"} {
		if strings.HasPrefix(s, m) {
			mode, s = m, s[len(m):]
			break
		}
	}
	if strings.HasPrefix(s, "&=") {
		mode, s = mode+"&=", s[2:]
	} else if strings.HasPrefix(s, "&") {
		mode, s = mode+"&", s[1:]
	}
	path = strings.Trim(s, " \t\n\r\f")
	if path == "" {
		return "", "", &os.PathError{Op: "open", Path: spec, Err: unix.ENOENT}
	}
	return mode, path, nil
}
