// Command netbench measures socket throughput over loopback: the same
// echo server script (bench/net/echo_server.pl) under perl and under
// miniperl, and the same server written in Go (this command run with
// -serve), each a child process driven by one Go load client. It prints
// lines/s for a pipelined line echo and MB/s for a bulk echo, per second
// of wall time and per second of the server's CPU time, and the ratios.
//
//	go run ./bench/cmd/netbench            # 3 runs of each, the best kept
//	go run ./bench/cmd/netbench -lines 500000 -mb 256 -n 5
package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"
)

func main() {
	var (
		runs     = flag.Int("n", 5, "runs of each measurement; the median is reported")
		best     = flag.Bool("best", false, "report the best of the runs instead of the median")
		lines    = flag.Int("lines", 500000, "lines sent in the line echo")
		lineLen  = flag.Int("len", 32, "bytes per line, newline included")
		mb       = flag.Int("mb", 512, "MiB sent in the bulk echo")
		mini     = flag.String("miniperl", "", "miniperl binary (default: build ./cmd/miniperl)")
		perlPath = flag.String("perl", "perl", "perl binary")
		skipPerl = flag.Bool("noperl", false, "leave perl out")
		serve    = flag.String("serve", "", "internal: be the Go echo server in this mode")
	)
	flag.Parse()
	if *serve != "" {
		if err := goServe(*serve); err != nil {
			fmt.Fprintln(os.Stderr, "netbench server:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*runs, *lines, *lineLen, *mb, *mini, *perlPath, *skipPerl, *best); err != nil {
		fmt.Fprintln(os.Stderr, "netbench:", err)
		os.Exit(1)
	}
}

// server is one way of running the echo server: a program started with
// the mode as its last argument.
type server struct {
	name string
	argv []string
}

// rates are a server's rates: per wall-clock second and per second of
// the server's CPU time (user + system), which a busy machine disturbs
// much less.
type rates struct{ wall, cpu float64 }

// summary reduces the rates of several runs to one, each column on its
// own: the median (as bench/cmd/compare reports), or with best the
// highest, which favours a server whose times vary most.
func summary(rs []rates, best bool) rates {
	col := func(get func(rates) float64) float64 {
		xs := make([]float64, len(rs))
		for i, r := range rs {
			xs[i] = get(r)
		}
		sort.Float64s(xs)
		if best {
			return xs[len(xs)-1]
		}
		if n := len(xs); n%2 == 0 {
			return (xs[n/2-1] + xs[n/2]) / 2
		}
		return xs[len(xs)/2]
	}
	return rates{col(func(r rates) float64 { return r.wall }), col(func(r rates) float64 { return r.cpu })}
}

func run(runs, lines, lineLen, mb int, mini, perl string, skipPerl, best bool) error {
	root, err := moduleRoot()
	if err != nil {
		return err
	}
	script := filepath.Join(root, "bench", "net", "echo_server.pl")
	if mini == "" {
		dir, err := os.MkdirTemp("", "netbench")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		mini = filepath.Join(dir, "miniperl")
		build := exec.Command("go", "build", "-o", mini, "./cmd/miniperl")
		build.Dir = root
		build.Stdout, build.Stderr = os.Stderr, os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("building miniperl: %v", err)
		}
	}
	servers := []server{}
	if !skipPerl {
		if p, err := exec.LookPath(perl); err == nil {
			servers = append(servers, server{"perl", []string{p, script}})
		} else {
			fmt.Fprintln(os.Stderr, "netbench: perl not found, measuring miniperl and Go only")
		}
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	servers = append(servers, server{"miniperl", []string{mini, script}}, server{"go", []string{self, "-serve"}})

	stat := "median"
	if best {
		stat = "best"
	}
	fmt.Printf("loopback echo, %s/%s, %d CPUs; %s of %d runs\n", runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), stat, runs)
	fmt.Printf("line echo: %d lines of %d bytes on one pipelined connection; bulk: %d MiB each way, 64 KiB writes\n\n", lines, lineLen, mb)
	lineRuns := map[string][]rates{}
	bulkRuns := map[string][]rates{}
	for i := 0; i < runs; i++ {
		for _, s := range servers {
			r, err := measure(s, "lines", func(c net.Conn) (float64, error) { return lineEcho(c, lines, lineLen) })
			if err != nil {
				return fmt.Errorf("%s line echo: %v", s.name, err)
			}
			lineRuns[s.name] = append(lineRuns[s.name], r)
			r, err = measure(s, "bulk", func(c net.Conn) (float64, error) { return bulkEcho(c, mb) })
			if err != nil {
				return fmt.Errorf("%s bulk echo: %v", s.name, err)
			}
			bulkRuns[s.name] = append(bulkRuns[s.name], r)
		}
	}
	lineRate := map[string]rates{}
	bulkRate := map[string]rates{}
	for _, s := range servers {
		lineRate[s.name] = summary(lineRuns[s.name], best)
		bulkRate[s.name] = summary(bulkRuns[s.name], best)
	}
	fmt.Printf("%-10s %14s %14s %12s %12s\n", "server", "lines/s", "lines/cpu-s", "MB/s", "MB/cpu-s")
	for _, s := range servers {
		l, b := lineRate[s.name], bulkRate[s.name]
		fmt.Printf("%-10s %14.0f %14.0f %12.1f %12.1f\n", s.name, l.wall, l.cpu, b.wall, b.cpu)
	}
	fmt.Println()
	ratio := func(label, a, b string) {
		if lineRate[b].wall == 0 || lineRate[a].wall == 0 {
			return
		}
		fmt.Printf("%-16s %14.2f %14.2f %12.2f %12.2f\n", label,
			lineRate[a].wall/lineRate[b].wall, lineRate[a].cpu/lineRate[b].cpu,
			bulkRate[a].wall/bulkRate[b].wall, bulkRate[a].cpu/bulkRate[b].cpu)
	}
	fmt.Printf("%-16s %14s %14s %12s %12s\n", "ratio", "lines/s", "lines/cpu-s", "MB/s", "MB/cpu-s")
	ratio("miniperl/perl", "miniperl", "perl")
	ratio("miniperl/go", "miniperl", "go")
	ratio("perl/go", "perl", "go")
	return nil
}

// measure starts a server, connects, runs the load and waits for the
// server to end. The load returns its amount (lines or MB); the rates
// divide it by the wall time the load took and by the server's CPU time.
func measure(s server, mode string, load func(net.Conn) (float64, error)) (rates, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	argv := append(append([]string(nil), s.argv...), mode)
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return rates{}, err
	}
	if err := cmd.Start(); err != nil {
		return rates{}, err
	}
	r := bufio.NewReader(out)
	line, err := r.ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "port ") {
		cmd.Process.Kill()
		cmd.Wait()
		return rates{}, fmt.Errorf("server said %q: %v", line, err)
	}
	addr := net.JoinHostPort("127.0.0.1", strings.TrimSpace(strings.TrimPrefix(line, "port ")))
	c, err := net.DialTimeout("tcp", addr, 10*time.Second)
	if err != nil {
		cmd.Process.Kill()
		cmd.Wait()
		return rates{}, err
	}
	c.SetDeadline(time.Now().Add(time.Minute))
	start := time.Now()
	amount, err := load(c)
	wall := time.Since(start)
	c.Close()
	rest, _ := io.ReadAll(r)
	if werr := cmd.Wait(); err == nil && werr != nil {
		err = werr
	}
	if err == nil && string(rest) != "done\n" {
		err = fmt.Errorf("server ended with %q", rest)
	}
	if err != nil {
		return rates{}, err
	}
	cpu := cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	return rates{amount / wall.Seconds(), amount / cpu.Seconds()}, nil
}

// lineEcho writes n lines as fast as the connection takes them while
// reading the echo; the rate is lines per second until the last line is
// back.
func lineEcho(c net.Conn, n, size int) (float64, error) {
	line := bytes.Repeat([]byte("x"), size-1)
	line = append(line, '\n')
	chunk := bytes.Repeat(line, 256)
	werr := make(chan error, 1)
	go func() {
		left := n
		for left > 0 {
			k := min(left, 256)
			if _, err := c.Write(chunk[:k*size]); err != nil {
				werr <- err
				return
			}
			left -= k
		}
		werr <- nil
	}()
	want := int64(n) * int64(size)
	got, err := io.CopyN(io.Discard, c, want)
	if err != nil {
		return 0, fmt.Errorf("read %d of %d bytes: %v", got, want, err)
	}
	if err := <-werr; err != nil {
		return 0, err
	}
	c.(*net.TCPConn).CloseWrite()
	return float64(n), nil
}

// bulkEcho sends mb MiB in 64 KiB writes and reads the echo back; the
// rate is MB (10^6 bytes) per second in each direction.
func bulkEcho(c net.Conn, mb int) (float64, error) {
	buf := bytes.Repeat([]byte("0123456789abcdef"), 4096)
	total := int64(mb) << 20
	werr := make(chan error, 1)
	go func() {
		for sent := int64(0); sent < total; sent += int64(len(buf)) {
			if _, err := c.Write(buf); err != nil {
				werr <- err
				return
			}
		}
		werr <- c.(*net.TCPConn).CloseWrite()
	}()
	got, err := io.Copy(io.Discard, c)
	if err != nil || got != total {
		return 0, fmt.Errorf("echoed %d of %d bytes: %v", got, total, err)
	}
	if err := <-werr; err != nil {
		return 0, err
	}
	return float64(total) / 1e6, nil
}

// goServe is echo_server.pl written in Go with the same system calls:
// lines read through a buffer and each written back at once (the script's
// autoflush), bulk data read and written 64 KiB at a time. It speaks the
// script's protocol on stdout: "port N" when listening, "done" at the end.
func goServe(mode string) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	fmt.Printf("port %d\n", ln.Addr().(*net.TCPAddr).Port)
	c, err := ln.Accept()
	ln.Close()
	if err != nil {
		return err
	}
	if mode == "lines" {
		r := bufio.NewReaderSize(c, 8192)
		for {
			line, err := r.ReadSlice('\n')
			if len(line) > 0 {
				if _, werr := c.Write(line); werr != nil {
					return werr
				}
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err
			}
		}
	} else {
		buf := make([]byte, 65536)
		for {
			n, err := c.Read(buf)
			if n > 0 {
				if _, werr := c.Write(buf[:n]); werr != nil {
					return werr
				}
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				return err
			}
		}
	}
	c.Close()
	fmt.Println("done")
	return nil
}

// moduleRoot is the directory of the module's go.mod.
func moduleRoot() (string, error) {
	out, err := exec.Command("go", "env", "GOMOD").Output()
	if err != nil {
		return "", fmt.Errorf("go env GOMOD: %v", err)
	}
	gomod := strings.TrimSpace(string(out))
	if gomod == "" || gomod == os.DevNull {
		return "", errors.New("run netbench inside the miniperl module")
	}
	return filepath.Dir(gomod), nil
}
