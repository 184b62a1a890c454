// Command confined probes its confinement and reports what it saw on stdout, one "key=value"
// line each, in a fixed order. Input selects the probe: "files", "net PORT", "env", "clock",
// "rand". The sandbox tests assert the exact lines. Note that Go's net package on wasip1 is an
// in-process fake network: Listen succeeds inside the program, Dial reaches only those fake
// listeners, never the host.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"io"
	mathrand "math/rand/v2"
	"net"
	"os"
	"strings"
	"time"
)

func report(key string, err error) {
	if err != nil {
		fmt.Printf("%s=error\n", key)
		fmt.Fprintf(os.Stderr, "%s: %v\n", key, err)
		return
	}
	fmt.Printf("%s=ok\n", key)
}

func main() {
	in, _ := io.ReadAll(os.Stdin)
	probe, arg, _ := strings.Cut(strings.TrimSpace(string(in)), " ")
	switch probe {
	case "files":
		f, err := os.Open("/etc/passwd")
		report("open_etc_passwd", err)
		if err == nil {
			f.Close()
		}
		f, err = os.Create("/tmp/escape")
		report("create_tmp", err)
		if err == nil {
			f.Close()
		}
		_, err = os.ReadDir("/")
		report("readdir_root", err)
		_, err = os.ReadDir(".")
		report("readdir_cwd", err)
		err = os.WriteFile("out.txt", []byte("x"), 0o600)
		report("write_cwd", err)
	case "net": // arg: a host port where the test listens
		c, err := net.Dial("tcp", "127.0.0.1:"+arg)
		report("dial_tcp", err)
		if err == nil {
			c.Close()
		}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		report("listen_tcp", err)
		if err == nil {
			l.Close()
		}
		_, err = net.LookupHost("example.com")
		report("lookup_host", err)
	case "env":
		fmt.Printf("environ=%d\n", len(os.Environ()))
		fmt.Printf("args=%q\n", os.Args)
		h, err := os.Hostname()
		fmt.Printf("hostname=%q\n", h)
		report("hostname", err)
		wd, err := os.Getwd()
		fmt.Printf("wd=%q\n", wd)
	case "clock":
		start := time.Now()
		fmt.Printf("now=%d\n", start.UnixNano())
		fmt.Printf("now_utc=%s\n", start.UTC().Format(time.RFC3339Nano))
		time.Sleep(time.Hour) // instant: the fake monotonic clock jumps
		fmt.Printf("after_sleep=%d\n", time.Now().UnixNano())
		fmt.Printf("slept_at_least_hour=%t\n", time.Since(start) >= time.Hour)
		t := time.NewTimer(10 * time.Millisecond)
		<-t.C
		fmt.Printf("timer=fired\n")
	case "rand":
		b := make([]byte, 32)
		_, err := rand.Read(b)
		report("crypto_rand", err)
		fmt.Printf("crypto=%s\n", hex.EncodeToString(b))
		fmt.Printf("math=%d\n", mathrand.Uint64())
		m := map[int]bool{}
		for i := range 16 {
			m[i] = true
		}
		var order []string
		for k := range m {
			order = append(order, fmt.Sprint(k))
		}
		fmt.Printf("map_order=%s\n", strings.Join(order, ","))
	default:
		fmt.Fprintf(os.Stderr, "unknown probe\n")
		os.Exit(64)
	}
}
