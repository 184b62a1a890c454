// Command crash fails the way its input says: "panic", "nil" (nil pointer dereference),
// "divide" (integer divide by zero), "index" (out of range), "exit3" (os.Exit(3)) or "ok"
// (prints "fine" and exits 0). It prints "about to fail" first to check that a failed program's
// partial output is not returned.
package main

import (
	"fmt"
	"io"
	"os"
	"strings"
)

type node struct{ next *node }

func main() {
	in, _ := io.ReadAll(os.Stdin)
	mode := strings.TrimSpace(string(in))
	fmt.Println("about to fail")
	zero := len(os.Args) - 1 // 0, but not a constant the compiler can see through
	switch mode {
	case "panic":
		panic("program panicked on purpose")
	case "nil":
		var n *node
		fmt.Println(n.next)
	case "divide":
		fmt.Println(10 / zero)
	case "index":
		s := []int{1, 2, 3}
		fmt.Println(s[zero+5])
	case "exit3":
		os.Exit(3)
	case "ok":
		fmt.Println("fine")
		return
	default:
		fmt.Fprintf(os.Stderr, "unknown mode %q\n", mode)
		os.Exit(64)
	}
}
