// Package perlio is perl's I/O layer for miniperl: buffered filehandles over
// files, the host's streams and sockets, with perl's semantics for $/, $.,
// $|, eof, read, sysread and the socket builtins.
//
// A Handle is one perl filehandle. It is backed either by a file descriptor
// (files from Open, sockets, and host streams that are *os.File) or by a plain
// Go io.Reader / io.Writer from the host. Data are bytes; a Go string holds a
// perl byte string unchanged.
//
// # Blocking and cancellation
//
// The script sees blocking calls, as in perl, but every call that may wait
// takes a context. Sockets and other descriptors that Go's poller accepts are
// kept in non-blocking mode and registered with the poller; a cancelled
// context expires the file's deadline, so a blocked accept, connect, read or
// write returns ctx.Err() at once. Host descriptors that the poller does not
// take (a terminal or pipe on stdin that is in blocking mode) are waited on
// with poll(2) next to an eventfd that cancellation signals, so their flags,
// shared with the host, are never changed. Regular files never wait.
// A host io.Reader or io.Writer that is not an *os.File cannot be
// interrupted: a Read or Write call into it returns when it returns.
//
// # Errors
//
// Failed system calls return unix.Errno values (possibly wrapped, as in the
// *os.PathError from Open); ErrnoOf recovers the number for $! and ErrnoText
// gives the text perl prints. Cancellation returns ctx.Err() unwrapped.
//
// # Concurrency
//
// A Handle belongs to one interpreter and is not safe for concurrent use.
// The package has no mutable package-level state, so any number of
// interpreters may use it side by side in one process.
package perlio
