// Command compare times the programs in bench/programs under perl and
// under miniperl and prints how much slower (or faster) miniperl is.
//
// It builds miniperl once into a temporary directory, then runs every
// program under both interpreters, alternating between them, -n times
// each. For each program it prints the median wall time of both, their
// ratio (miniperl/perl), the same for CPU time (user+system, which is
// steadier than wall time on a busy machine) and the peak resident set
// size of each; at the end, the geometric mean of the ratios and the
// start-up cost (`-e 1`) of both interpreters.
//
// Every run's stdout, stderr and exit status must be the same under
// miniperl as under perl. A program whose output differs is flagged in
// the table, described after it, left out of the geometric means, and
// makes compare exit with status 1.
//
// Run it from anywhere inside the module:
//
//	go run ./bench/cmd/compare [-n 3] [-startup 30] [-run regexp]
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"text/tabwriter"
	"time"
)

// options are the command-line flags.
type options struct {
	runs        int
	startupRuns int
	perl        string
	miniperl    string
	programs    string
	filter      *regexp.Regexp
	timeout     time.Duration
}

func main() {
	var (
		o      options
		filter string
	)
	flag.IntVar(&o.runs, "n", 3, "runs of each program under each interpreter; the median is reported")
	flag.IntVar(&o.startupRuns, "startup", 30, "runs of `-e 1` under each interpreter for the start-up measurement (0 skips it)")
	flag.StringVar(&o.perl, "perl", "perl", "the perl to compare against")
	flag.StringVar(&o.miniperl, "miniperl", "", "a miniperl binary to use instead of building ./cmd/miniperl")
	flag.StringVar(&o.programs, "programs", "", "directory of *.pl benchmark programs (default: bench/programs of the module)")
	flag.StringVar(&filter, "run", "", "only run programs whose file name matches this regular expression")
	flag.DurationVar(&o.timeout, "timeout", 2*time.Minute, "limit on a single run of a program")
	flag.Parse()
	if flag.NArg() != 0 || o.runs < 1 || o.startupRuns < 0 {
		flag.Usage()
		os.Exit(2)
	}
	if filter != "" {
		re, err := regexp.Compile(filter)
		if err != nil {
			fatalf("-run: %v", err)
		}
		o.filter = re
	}
	ok, err := compare(o)
	if err != nil {
		fatalf("%v", err)
	}
	if !ok {
		os.Exit(1)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "compare: "+format+"\n", args...)
	os.Exit(1)
}

// compare does the whole job. It reports false when some program's output
// differed between the interpreters.
func compare(o options) (ok bool, err error) {
	root, err := moduleRoot()
	if err != nil {
		return false, err
	}
	if o.programs == "" {
		o.programs = filepath.Join(root, "bench", "programs")
	}
	progs, err := listPrograms(o.programs, o.filter)
	if err != nil {
		return false, err
	}
	perl, err := exec.LookPath(o.perl)
	if err != nil {
		return false, err
	}
	mini := o.miniperl
	if mini == "" {
		dir, err := os.MkdirTemp("", "miniperl-bench-")
		if err != nil {
			return false, err
		}
		defer os.RemoveAll(dir)
		mini = filepath.Join(dir, "miniperl")
		fmt.Fprintln(os.Stderr, "building miniperl...")
		build := exec.Command("go", "build", "-o", mini, "./cmd/miniperl")
		build.Dir = root
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return false, fmt.Errorf("building miniperl: %v", err)
		}
	} else if mini, err = filepath.Abs(mini); err != nil {
		return false, err
	}

	r := &runner{
		perl:    perl,
		mini:    mini,
		env:     benchEnv(),
		timeout: o.timeout,
		haveRSS: true,
	}
	printHeader(r, o)

	var results []progResult
	for _, p := range progs {
		fmt.Fprintf(os.Stderr, "running %s (%d x 2 runs)...\n", filepath.Base(p), o.runs)
		results = append(results, r.program(p, o.runs))
	}
	ok = printTable(os.Stdout, results, r.haveRSS)

	if o.startupRuns > 0 {
		fmt.Fprintf(os.Stderr, "measuring start-up (%d x 2 runs)...\n", o.startupRuns)
		su := r.startup(o.startupRuns)
		printStartup(os.Stdout, su)
		if su.err != "" {
			ok = false
		}
	}
	return ok, nil
}

// moduleRoot returns the directory of the enclosing go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run compare inside the miniperl module")
	}
	return filepath.Dir(gomod), nil
}

// listPrograms returns the sorted paths of the *.pl files in dir whose
// base names match filter (all when filter is nil).
func listPrograms(dir string, filter *regexp.Regexp) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.pl"))
	if err != nil {
		return nil, err
	}
	var progs []string
	for _, p := range paths {
		if filter == nil || filter.MatchString(filepath.Base(p)) {
			progs = append(progs, p)
		}
	}
	if len(progs) == 0 {
		return nil, fmt.Errorf("no programs to run in %s", dir)
	}
	slices.Sort(progs)
	return progs, nil
}

// benchEnv is the environment of every run: ours without the PERL*
// variables that change perl's behaviour, in the C locale.
func benchEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PERL") || strings.HasPrefix(kv, "LC_") || strings.HasPrefix(kv, "LANG") {
			continue
		}
		env = append(env, kv)
	}
	return append(env, "LC_ALL=C")
}

// printHeader says what is being compared and on what machine.
func printHeader(r *runner, o options) {
	ver, err := exec.Command(r.perl, "-e", `printf "%vd", $^V`).Output()
	if err != nil {
		ver = []byte("unknown version")
	}
	fmt.Printf("perl %s (%s) vs miniperl (%s)\n", ver, r.perl, runtime.Version())
	fmt.Printf("%s/%s, %d CPUs", runtime.GOOS, runtime.GOARCH, runtime.NumCPU())
	if la, err := os.ReadFile("/proc/loadavg"); err == nil {
		fmt.Printf(", load average %s", strings.Join(strings.Fields(string(la))[:3], " "))
	}
	fmt.Printf("; median of %d runs each\n\n", o.runs)
}

// sample is one run of one interpreter.
type sample struct {
	wall, cpu time.Duration
	rssKB     int64 // peak resident set size, -1 when unknown
	stdout    []byte
	stderr    []byte
	status    int
}

// runner runs the two interpreters.
type runner struct {
	perl, mini string
	env        []string
	timeout    time.Duration
	// haveRSS is cleared when the platform does not report peak RSS.
	haveRSS bool
}

// run runs bin with args in dir.
func (r *runner) run(bin, dir string, args ...string) (sample, error) {
	ctx, cancel := context.WithTimeout(context.Background(), r.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = r.env
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ctx.Err() != nil {
		return sample{}, fmt.Errorf("%s timed out after %v", filepath.Base(bin), r.timeout)
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return sample{}, err
	}
	ps := cmd.ProcessState
	s := sample{
		wall:   wall,
		cpu:    ps.UserTime() + ps.SystemTime(),
		rssKB:  peakRSS(ps),
		stdout: stdout.Bytes(),
		stderr: stderr.Bytes(),
		status: ps.ExitCode(),
	}
	if s.rssKB < 0 {
		r.haveRSS = false
	}
	return s, nil
}

// progResult is the outcome of one program.
type progResult struct {
	name       string
	perl, mini []sample
	// err is set when a run failed outright; problem when the outputs
	// differ. Either makes the timings meaningless.
	err     string
	problem string
}

// program runs the program at path n times under each interpreter,
// alternating which goes first so that neither always runs on a cache
// the other warmed.
func (r *runner) program(path string, n int) progResult {
	res := progResult{name: filepath.Base(path)}
	dir := filepath.Dir(path)
	for i := range n {
		order := []string{r.perl, r.mini}
		if i%2 == 1 {
			order[0], order[1] = order[1], order[0]
		}
		for _, bin := range order {
			s, err := r.run(bin, dir, res.name)
			if err != nil {
				res.err = err.Error()
				return res
			}
			if bin == r.perl {
				res.perl = append(res.perl, s)
			} else {
				res.mini = append(res.mini, s)
			}
		}
	}
	res.problem = checkOutputs(res.perl, res.mini)
	return res
}

// checkOutputs compares every run with perl's first one and describes
// the first difference, "" when there is none.
func checkOutputs(perl, mini []sample) string {
	want := perl[0]
	if want.status != 0 {
		return fmt.Sprintf("perl exited with status %d: %s", want.status, firstLine(want.stderr))
	}
	check := func(who string, got sample) string {
		if d := diff(want.stdout, got.stdout); d != "" {
			return who + " stdout differs from perl's: " + d
		}
		if d := diff(want.stderr, got.stderr); d != "" {
			return who + " stderr differs from perl's: " + d
		}
		if got.status != want.status {
			return fmt.Sprintf("%s exited with status %d, perl with %d", who, got.status, want.status)
		}
		return ""
	}
	for _, s := range perl[1:] {
		if p := check("a later perl run's", s); p != "" {
			return p
		}
	}
	for _, s := range mini {
		if p := check("miniperl", s); p != "" {
			if len(s.stderr) > 0 {
				p += fmt.Sprintf("\n    miniperl (status %d) said: %s", s.status, firstLine(s.stderr))
			}
			return p
		}
	}
	return ""
}

// diff describes the first line where got differs from want.
func diff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	wl := strings.SplitAfter(string(want), "\n")
	gl := strings.SplitAfter(string(got), "\n")
	for i := 0; ; i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return fmt.Sprintf("line %d\n        perl:     %q\n        miniperl: %q", i+1, w, g)
		}
	}
}

// firstLine is the first line of b, for short error reports.
func firstLine(b []byte) string {
	s, _, _ := strings.Cut(string(b), "\n")
	return s
}

// median returns the median of the durations picked from samples.
func median(samples []sample, pick func(sample) time.Duration) time.Duration {
	ds := make([]time.Duration, len(samples))
	for i, s := range samples {
		ds[i] = pick(s)
	}
	slices.Sort(ds)
	n := len(ds)
	if n%2 == 1 {
		return ds[n/2]
	}
	return (ds[n/2-1] + ds[n/2]) / 2
}

func wallOf(s sample) time.Duration { return s.wall }
func cpuOf(s sample) time.Duration  { return s.cpu }

// maxRSS is the largest peak RSS of the samples, in MiB.
func maxRSS(samples []sample) float64 {
	var m int64
	for _, s := range samples {
		m = max(m, s.rssKB)
	}
	return float64(m) / 1024
}

// printTable prints one row per program and the geometric means. It
// reports false when some program failed or its outputs differed.
func printTable(w *os.File, results []progResult, haveRSS bool) bool {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	head := "program\tperl s\tminiperl s\tratio\tperl cpu s\tminiperl cpu s\tcpu ratio\t"
	if haveRSS {
		head += "perl MiB\tminiperl MiB\t"
	}
	fmt.Fprintln(tw, head+"output\t")
	var wallRatios, cpuRatios []float64
	ok := true
	for _, res := range results {
		if res.err != "" {
			ok = false
			fmt.Fprintf(tw, "%s\t-\t-\t-\t-\t-\t-\t", res.name)
			if haveRSS {
				fmt.Fprint(tw, "-\t-\t")
			}
			fmt.Fprintln(tw, "FAILED\t")
			continue
		}
		pw, mw := median(res.perl, wallOf), median(res.mini, wallOf)
		pc, mc := median(res.perl, cpuOf), median(res.mini, cpuOf)
		wr, cr := ratio(mw, pw), ratio(mc, pc)
		status := "same"
		if res.problem != "" {
			ok = false
			status = "MISMATCH"
		} else {
			wallRatios = append(wallRatios, wr)
			cpuRatios = append(cpuRatios, cr)
		}
		fmt.Fprintf(tw, "%s\t%.3f\t%.3f\t%.2f\t%.3f\t%.3f\t%.2f\t", res.name,
			pw.Seconds(), mw.Seconds(), wr, pc.Seconds(), mc.Seconds(), cr)
		if haveRSS {
			fmt.Fprintf(tw, "%.1f\t%.1f\t", maxRSS(res.perl), maxRSS(res.mini))
		}
		fmt.Fprintf(tw, "%s\t\n", status)
	}
	tw.Flush()
	fmt.Fprintln(w)
	if len(wallRatios) > 0 {
		fmt.Fprintf(w, "geometric mean of ratios (miniperl/perl) over %d programs: wall %.2f, cpu %.2f\n",
			len(wallRatios), geomean(wallRatios), geomean(cpuRatios))
	}
	if !haveRSS {
		fmt.Fprintln(w, "(peak RSS is not reported on this platform; the RSS columns are left out)")
	}
	for _, res := range results {
		switch {
		case res.err != "":
			fmt.Fprintf(w, "\n!!! FAILED %s: %s\n", res.name, res.err)
		case res.problem != "":
			fmt.Fprintf(w, "\n!!! MISMATCH %s: %s\n", res.name, res.problem)
		}
	}
	if !ok {
		fmt.Fprintln(w, "\n!!! some programs failed or printed different output; their timings are not comparable")
	}
	return ok
}

// ratio is a/b.
func ratio(a, b time.Duration) float64 {
	if b <= 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// geomean is the geometric mean of xs.
func geomean(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}

// startupResult is the start-up measurement.
type startupResult struct {
	perl, mini []sample
	err        string
}

// startup runs `-e 1` n times under each interpreter, alternating.
func (r *runner) startup(n int) startupResult {
	var su startupResult
	dir := os.TempDir()
	for i := range n {
		order := []string{r.perl, r.mini}
		if i%2 == 1 {
			order[0], order[1] = order[1], order[0]
		}
		for _, bin := range order {
			s, err := r.run(bin, dir, "-e", "1")
			if err == nil && (s.status != 0 || len(s.stdout) != 0 || len(s.stderr) != 0) {
				err = fmt.Errorf("%s -e 1 exited with status %d, printing %q %q", bin, s.status, s.stdout, s.stderr)
			}
			if err != nil {
				su.err = err.Error()
				return su
			}
			if bin == r.perl {
				su.perl = append(su.perl, s)
			} else {
				su.mini = append(su.mini, s)
			}
		}
	}
	return su
}

// printStartup prints the start-up measurement.
func printStartup(w *os.File, su startupResult) {
	fmt.Fprintln(w)
	if su.err != "" {
		fmt.Fprintf(w, "!!! FAILED start-up measurement: %s\n", su.err)
		return
	}
	pw, mw := median(su.perl, wallOf), median(su.mini, wallOf)
	fmt.Fprintf(w, "start-up (-e 1, median of %d): perl %.2f ms, miniperl %.2f ms, ratio %.2f\n",
		len(su.perl), ms(pw), ms(mw), ratio(mw, pw))
	if su.perl[0].rssKB >= 0 {
		fmt.Fprintf(w, "start-up peak RSS: perl %.1f MiB, miniperl %.1f MiB\n", maxRSS(su.perl), maxRSS(su.mini))
	}
}

// ms is d in milliseconds.
func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
