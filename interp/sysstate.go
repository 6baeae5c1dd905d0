package interp

import (
	"github.com/miniperl/miniperl/perlio"
	"os"
	"strconv"
	"strings"
	"time"

	"golang.org/x/sys/unix"
)

// sysState is a run's share of what perl keeps per process: the stat
// buffer behind the `_` filehandle, the umask, $^T, the children started
// by piped opens, and the iterators of glob in scalar context. A Go host
// runs many interpreters in one process, so none of this may live in the
// process itself.
type sysState struct {
	// stat is the result of the last stat, lstat or file test; statOK
	// says whether it succeeded, statLink whether it was an lstat.
	stat     unix.Stat_t
	statOK   bool
	statLink bool
	// statName is the file name of the last stat, "" for a handle: what
	// -T and -B read.
	statName string
	// statHandle is the handle of the last fstat, for -T and -B.
	statHandle *perlio.Handle
	// umask is the script's umask; umaskSet says the script changed it,
	// so files it creates get their mode fixed up against the process's.
	umask    int
	umaskSet bool
	// start is $^T.
	start int64
	// children are the processes of piped opens not yet reaped, by pid.
	children map[int]*child
	// globIters are the pending results of glob in scalar context, by
	// call site.
	globIters map[*globSite][]string
	// errnoFilled and errnoShown track what %! shows (errnoHash).
	errnoFilled bool
	errnoShown  int
	// temps are File::Temp's files and directories to remove at the end.
	temps []string
	// nonblock are handles whose descriptors a child's start made
	// blocking, to be made non-blocking again (restoreNonblock).
	nonblock []*perlio.Handle
}

// initSys sets up the run's process-like state.
func (it *Interp) initSys() {
	it.sys.start = time.Now().Unix()
	it.sys.umask = processUmask()
}

// processUmask reads the process's umask without changing it, which
// umask(2) cannot do without a window where other goroutines would create
// files with the wrong mode.
func processUmask() int {
	b, err := os.ReadFile("/proc/self/status")
	if err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if v, ok := strings.CutPrefix(l, "Umask:"); ok {
				if n, err := strconv.ParseInt(strings.TrimSpace(v), 8, 32); err == nil {
					return int(n)
				}
			}
		}
	}
	return 0o022
}
