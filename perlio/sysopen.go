package perlio

import (
	"os"

	"golang.org/x/sys/unix"
)

// OpenFileFlags opens a file with open(2) flags (O_RDONLY, O_WRONLY|O_CREAT,
// ...) and permissions for a created file, as perl's sysopen and
// IO::File's numeric modes do.
func OpenFileFlags(path string, flags int, perm os.FileMode) (*Handle, error) {
	f, err := os.OpenFile(path, flags, perm)
	if err != nil {
		return nil, err
	}
	acc := flags & unix.O_ACCMODE
	h, err := newFileHandle(path, f, true, acc != unix.O_WRONLY, acc != unix.O_RDONLY)
	if err != nil {
		f.Close()
		return nil, err
	}
	return h, nil
}

// TempFile opens a new file in dir for reading and writing and removes
// its name at once, so it is gone when closed (IO::File::new_tmpfile).
func TempFile(dir string) (*Handle, error) {
	f, err := os.CreateTemp(dir, "perlio")
	if err != nil {
		return nil, err
	}
	os.Remove(f.Name())
	h, err := newFileHandle(f.Name(), f, true, true, true)
	if err != nil {
		f.Close()
		return nil, err
	}
	return h, nil
}
