// Command jsprog is built with GOOS=js GOARCH=wasm by the wasmmod tests: a real module that is
// not a WASI command.
package main

import "fmt"

func main() { fmt.Println("hello from js/wasm") }
