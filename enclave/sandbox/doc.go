// Package sandbox runs the secret job programs inside the enclave: WebAssembly modules (WASI
// preview 1, "wasip1") executed by wazero with no files, no environment, no usable clock and
// hard limits on memory, time and output size. Beside WASI a program may import the
// `teeoracle` host module (below): job information, its secrets, signatures with its program
// keys and HTTPS to the hosts it declares. A module that imports nothing from it runs exactly
// as a plain WASI command.
//
// # Use (enclave worker)
//
//	sb, err := sandbox.New(ctx, sandbox.Config{})          // zero Config = safe defaults
//	defer sb.Close(ctx)
//	out, err := sb.Run(ctx, programID, load, input, seed)  // safe for concurrent use
//	out, err := sb.RunHost(ctx, programID, load, input, seed, &sandbox.Host{
//		Job:     sandbox.Job{ChainID: ..., JobID: ..., Attempt: ...}, // job_info
//		Secrets: map[string][]byte{"api_key": ...},                  // secret_get
//		Signer:  sandbox.KeySigner{Program: pk, Code: ck},           // sign, key_address
//		Egress:  egressClient,                                       // http_request (*egress.Client)
//	})
//	if err != nil { /* infrastructure failure: sign nothing, the job may be retried */ }
//	// otherwise sign out.Status and out.Output (Output is nil unless out.Status == StatusOK)
//
// # Program contract
//
// A program is a WASI command module: it reads its input on stdin, writes its output on stdout
// and exits (returning from _start or proc_exit). argv is just the program name, the environment
// is empty, no directory is pre-opened (every file operation fails), there are no sockets.
// time.Now / clock_time_get(realtime) always returns FixedWalltimeUnix; the monotonic clock is fake:
// it starts at 0, advances 1µs per reading, and sleeping returns at once after advancing it by
// the requested duration. random_get (Go's crypto/rand, math/rand seeding) is a ChaCha8 stream
// keyed by the 32-byte seed the caller passes. So one program, input and seed always give
// byte-identical output. The worker should derive the seed from the job (and from an enclave
// secret if programs need randomness the requester cannot predict).
//
// # Outcomes
//
// Run returns a Go error only when the enclave could not do its part: the loader failed, the
// loaded bytes do not hash (keccak256) to programID, the caller's ctx ended, or the sandbox is
// closed. No result should be signed then. Everything the program does maps to a status:
//
//   - exit 0 (return from _start or proc_exit(0)) → protocol.StatusOK, Output = stdout
//   - non-zero exit (any code, wazero's reserved ones included), trap (unreachable, divide by
//     zero, out-of-bounds access, Go panic) → StatusProgramError
//   - module that is not valid WebAssembly / fails to compile, imports other than
//     wasi_snapshot_preview1 and teeoracle functions (a GOOS=js build imports gojs), exports no
//     `_start` of type () -> () (not a WASI command: a header-only module, a reactor), carries
//     an invalid `teeoracle.egress` declaration, or is larger than Config.MaxModuleBytes →
//     StatusProgramError with the reason (its hash matched, so the author shipped a broken
//     program; the outcome is cached per programID like a compiled module)
//   - went over an egress budget (requests, bytes sent or received, network time) →
//     StatusEgressBudget; the program is stopped inside the call that broke the budget
//   - ran past Config.Timeout → StatusTimeout (only the sandbox's own timer counts: a caller's
//     ctx ending is a Go error). The timer is paused while the program waits in
//     http_request: network time is bounded by the egress time budget instead.
//   - asked for more linear memory than Config.MemoryLimitBytes (memory.grow refused, or a
//     declared initial memory over the limit) and did not exit 0 → StatusMemoryLimit
//   - wrote more than Config.MaxOutputBytes to stdout → StatusOutputTooLarge (the program is
//     stopped at once), whatever it did next
//
// StatusOKCID and StatusBadInput are the worker's to assign. Stderr is captured up to
// Config.MaxStderrBytes for operator logs only: it can contain secrets, never publish it.
//
// # Cache
//
// Compiled modules are cached per programID (LRU bounded by entry count and module bytes). On a
// miss Run calls load exactly once even when many jobs for the same program arrive together;
// concurrent callers wait for that compilation. Loader errors are not cached. Stats exposes
// hit/miss counters for metrics. CacheHit in the Outcome says whether this Run skipped the loader.
// Compilation is not subject to Timeout and ignores the caller's cancellation (other Runs may
// wait for it): a Go module of a few MB compiles in about 0.5 s with the compiler engine.
//
// # Resources and speed
//
// One wazero runtime (and one WASI host module) serves every job; each Run instantiates the
// cached compiled module afresh (its own memory, stdio, clock and randomness), so nothing
// carries over between jobs. Each concurrent job can hold up to MemoryLimitBytes of linear
// memory: the worker's concurrency times that must fit the enclave heap. Zeroed memory arrays
// are pooled between jobs, and a program's data segments are merged at compile time (see
// compactData): a minimal module runs in a few µs, a Go program in 1-6 ms.
//
// # Host interface (import module "teeoracle")
//
// Every function takes i32 arguments (pointers and lengths into the program's linear memory)
// and returns an i32 errno: 0 ok, 1 not found, 2 buffer too small, 3 invalid argument (also a
// pointer out of memory), 4 not allowed (egress), 5 network error, 6 unavailable (the worker
// gives this job no such service, or no Host at all). Outputs of variable length follow one
// convention, (out_ptr, out_cap, out_len_ptr): the host writes the value's length as u32 LE at
// out_len_ptr, then the value at out_ptr if it fits in out_cap, else returns 2 (call again with
// a bigger buffer). Integers are little endian unless said otherwise.
//
//	job_info(out_ptr, out_cap, out_len_ptr) -> errno
//	    the Job record (JobInfoSize = 196 bytes): chainId (32, big endian) || router (20) ||
//	    jobId (32) || attempt (u32) || requester (20) || user (20) || programId (32) ||
//	    version (u32) || codeHash (32). Later versions may append fields: read by length.
//	secret_get(name_ptr, name_len, out_ptr, out_cap, out_len_ptr) -> errno
//	    the secret called name; 1 when the job has none by that name.
//	key_address(kind, out_ptr) -> errno
//	    writes the 20-byte address of key kind (0 program key, 1 code key; other kinds: 3).
//	sign(kind, digest_ptr, sig_ptr) -> errno
//	    signs the 32 bytes at digest_ptr with key kind; writes 65 bytes r || s || v, v = 27/28,
//	    low s (what ecrecover and OpenZeppelin's ECDSA accept).
//	http_request(req_ptr, req_len, resp_len_ptr) -> errno
//	    performs one HTTPS request (record below). 0: a response (any HTTP status) is pending;
//	    4 or 5: an error text is pending; either way its length is written at resp_len_ptr.
//	    3: the record is malformed. Over budget the call does not return: the run ends with
//	    StatusEgressBudget. Redirects are not followed (the guest's client may follow them,
//	    each hop checked again).
//	http_response_read(out_ptr, out_cap) -> errno
//	    copies the pending response or error text (2 if out_cap is too small, nothing lost;
//	    1 if nothing is pending) and clears it.
//
// Records (a "string" is a u32 length and its bytes):
//
//	request:  method, url, header count (u32), (name, value) x count, body
//	response: status (u32), header count (u32), (name, value) x count, body
//
// Only https URLs whose host:port (443 by default) the module declares in its custom section
// `teeoracle.egress` are reachable (package egress; protocol/wasmmod parses the section); the
// section is part of the module bytes, so the codeHash covers it. Host, Content-Length,
// Connection and the other hop-by-hop headers are the transport's. The guest libraries
// guest/go/teeo (Go, with an http.RoundTripper) and guest/assemblyscript wrap all of this;
// docs/formats.md ("Program host interface") is the language-neutral reference.
//
// Secrets never reach a log: neither the sandbox nor the egress client logs request contents,
// secrets or responses. Stderr is the program's and may contain anything it writes.
package sandbox
