// teeo: the guest library of teeoracle programs written in AssemblyScript.
//
// The same functions as the Go library (guest/go/teeo): job(), secret(name), keyAddress(kind),
// sign(kind, digest), fetch(request), plus WASI stdin/stdout (readInput, writeOutput) and an
// abort handler, so a program needs nothing else. ABI: enclave/sandbox's package doc and
// docs/formats.md ("Program host interface"). Compile with `--exportStart _start` and
// `--use abort=<your entry file>/abort` re-exporting teeoAbort (see examples/egress/as).

// ---- WASI preview 1 ----
@external("wasi_snapshot_preview1", "fd_read")
declare function fd_read(fd: i32, iovs: usize, iovsLen: i32, nread: usize): i32;
@external("wasi_snapshot_preview1", "fd_write")
declare function fd_write(fd: i32, iovs: usize, iovsLen: i32, nwritten: usize): i32;
@external("wasi_snapshot_preview1", "proc_exit")
declare function proc_exit(code: i32): void;

// ---- teeoracle ----
@external("teeoracle", "job_info")
declare function host_job_info(out: usize, cap: u32, outLen: usize): u32;
@external("teeoracle", "secret_get")
declare function host_secret_get(name: usize, nameLen: u32, out: usize, cap: u32, outLen: usize): u32;
@external("teeoracle", "key_address")
declare function host_key_address(kind: u32, out: usize): u32;
@external("teeoracle", "sign")
declare function host_sign(kind: u32, digest: usize, sig: usize): u32;
@external("teeoracle", "http_request")
declare function host_http_request(req: usize, reqLen: u32, respLen: usize): u32;
@external("teeoracle", "http_response_read")
declare function host_http_response_read(out: usize, cap: u32): u32;

// Error codes of the host interface.
export const ERR_NOT_FOUND: u32 = 1;
export const ERR_TOO_SMALL: u32 = 2;
export const ERR_INVALID: u32 = 3;
export const ERR_NOT_ALLOWED: u32 = 4;
export const ERR_NETWORK: u32 = 5;
export const ERR_UNAVAILABLE: u32 = 6;

// Key kinds.
export const KEY_PROGRAM: u32 = 0;
export const KEY_CODE: u32 = 1;

// The errno of the last call that returned null.
export let lastErrno: u32 = 0;

// ---- stdin / stdout ----

// readInput returns all of stdin (the job's input).
export function readInput(): Uint8Array {
  let out = new Uint8Array(0);
  const chunk = new Uint8Array(65536);
  const iov = new Uint32Array(2);
  const nread = new Uint32Array(1);
  while (true) {
    iov[0] = <u32>chunk.dataStart;
    iov[1] = <u32>chunk.length;
    if (fd_read(0, iov.dataStart, 1, nread.dataStart) != 0) {
      fail("teeo: read stdin");
    }
    const n = <i32>nread[0];
    if (n == 0) return out;
    const next = new Uint8Array(out.length + n);
    next.set(out);
    next.set(chunk.subarray(0, n), out.length);
    out = next;
  }
}

function writeAll(fd: i32, data: Uint8Array): bool {
  const iov = new Uint32Array(2);
  const n = new Uint32Array(1);
  let off = 0;
  while (off < data.length) {
    iov[0] = <u32>(data.dataStart + off);
    iov[1] = <u32>(data.length - off);
    if (fd_write(fd, iov.dataStart, 1, n.dataStart) != 0) return false;
    off += <i32>n[0];
  }
  return true;
}

// writeOutput appends bytes to stdout (the job's output).
export function writeOutput(data: Uint8Array): void {
  if (!writeAll(1, data)) fail("teeo: write stdout");
}

// writeString appends a string (UTF-8) to stdout.
export function writeString(s: string): void {
  writeOutput(Uint8Array.wrap(String.UTF8.encode(s)));
}

// logString writes a line to stderr (operator logs only, never published).
export function logString(s: string): void {
  writeAll(2, Uint8Array.wrap(String.UTF8.encode(s + "\n")));
}

// fail writes message to stderr and exits 1 (the job ends with program_error).
export function fail(message: string): void {
  logString(message);
  proc_exit(1);
}

// teeoAbort is AssemblyScript's abort handler for teeoracle programs: re-export it and pass
// `--use abort=<entry>/abort`. It allocates nothing (an allocation could abort again): it
// writes "abort" to stderr from static memory and exits 2 (program_error).
const abortMsg = memory.data<u8>([97, 98, 111, 114, 116, 10]);
const abortIov = memory.data(12);
export function teeoAbort(message: string | null, fileName: string | null, line: u32, column: u32): void {
  store<u32>(abortIov, <u32>abortMsg);
  store<u32>(abortIov, 6, 4);
  fd_write(2, abortIov, 1, abortIov + 8);
  proc_exit(2);
}

// ---- host calls ----

// readValue calls a host function of the (out, cap, len) convention.
function readValue(call: (out: usize, cap: u32, outLen: usize) => u32, guess: i32): Uint8Array | null {
  let buf = new Uint8Array(guess);
  const len = new Uint32Array(1);
  while (true) {
    const rc = call(buf.dataStart, <u32>buf.length, len.dataStart);
    if (rc == 0) return buf.subarray(0, <i32>len[0]);
    if (rc == ERR_TOO_SMALL && <i32>len[0] > buf.length) {
      buf = new Uint8Array(<i32>len[0]);
      continue;
    }
    lastErrno = rc;
    return null;
  }
}

export class JobInfo {
  chainId: Uint8Array = new Uint8Array(32); // 32-byte big-endian word
  router: Uint8Array = new Uint8Array(20);
  jobId: Uint8Array = new Uint8Array(32);
  attempt: u32 = 0;
  requester: Uint8Array = new Uint8Array(20);
  user: Uint8Array = new Uint8Array(20);
  programId: Uint8Array = new Uint8Array(32);
  version: u32 = 0;
  codeHash: Uint8Array = new Uint8Array(32);
}

function u32le(b: Uint8Array, off: i32): u32 {
  return <u32>b[off] | (<u32>b[off + 1] << 8) | (<u32>b[off + 2] << 16) | (<u32>b[off + 3] << 24);
}

// job returns the job the program runs for (null when unavailable: see lastErrno).
export function job(): JobInfo | null {
  const b = readValue((out: usize, cap: u32, outLen: usize): u32 => host_job_info(out, cap, outLen), 196);
  if (b == null || b.length < 196) return null;
  const r = b!;
  const j = new JobInfo();
  j.chainId.set(r.subarray(0, 32));
  j.router.set(r.subarray(32, 52));
  j.jobId.set(r.subarray(52, 84));
  j.attempt = u32le(r, 84);
  j.requester.set(r.subarray(88, 108));
  j.user.set(r.subarray(108, 128));
  j.programId.set(r.subarray(128, 160));
  j.version = u32le(r, 160);
  j.codeHash.set(r.subarray(164, 196));
  return j;
}

let secretName: Uint8Array = changetype<Uint8Array>(0);

// secret returns the secret called name, or null (lastErrno ERR_NOT_FOUND when the job has
// none by that name).
export function secret(name: string): Uint8Array | null {
  secretName = Uint8Array.wrap(String.UTF8.encode(name));
  return readValue((out: usize, cap: u32, outLen: usize): u32 =>
    host_secret_get(secretName.dataStart, <u32>secretName.length, out, cap, outLen), 256);
}

// keyAddress returns the 20-byte address of a program key (KEY_PROGRAM or KEY_CODE).
export function keyAddress(kind: u32): Uint8Array | null {
  const a = new Uint8Array(20);
  const rc = host_key_address(kind, a.dataStart);
  if (rc != 0) {
    lastErrno = rc;
    return null;
  }
  return a;
}

// sign signs a 32-byte digest: 65 bytes r || s || v (v = 27/28, low s).
export function sign(kind: u32, digest: Uint8Array): Uint8Array | null {
  if (digest.length != 32) {
    lastErrno = ERR_INVALID;
    return null;
  }
  const sig = new Uint8Array(65);
  const rc = host_sign(kind, digest.dataStart, sig.dataStart);
  if (rc != 0) {
    lastErrno = rc;
    return null;
  }
  return sig;
}

export class Header {
  constructor(public name: string, public value: string) {}
}

export class Request {
  method: string = "GET";
  url: string = "";
  headers: Header[] = [];
  body: Uint8Array = new Uint8Array(0);
  constructor(url: string) {
    this.url = url;
  }
  header(name: string, value: string): Request {
    this.headers.push(new Header(name, value));
    return this;
  }
}

export class Response {
  // errno is 0 for an answer (any HTTP status), else ERR_NOT_ALLOWED or ERR_NETWORK (error
  // says why) or another host error.
  errno: u32 = 0;
  error: string = "";
  status: i32 = 0;
  headers: Header[] = [];
  body: Uint8Array = new Uint8Array(0);
  text(): string {
    return String.UTF8.decode(this.body.buffer.slice(this.body.byteOffset, this.body.byteOffset + this.body.length));
  }
}

class Writer {
  parts: Uint8Array[] = [];
  size: i32 = 0;
  u32(v: u32): void {
    const b = new Uint8Array(4);
    b[0] = <u8>v;
    b[1] = <u8>(v >> 8);
    b[2] = <u8>(v >> 16);
    b[3] = <u8>(v >> 24);
    this.parts.push(b);
    this.size += 4;
  }
  bytes(v: Uint8Array): void {
    this.u32(<u32>v.length);
    this.parts.push(v);
    this.size += v.length;
  }
  str(s: string): void {
    this.bytes(Uint8Array.wrap(String.UTF8.encode(s)));
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.size);
    let off = 0;
    for (let i = 0; i < this.parts.length; i++) {
      out.set(this.parts[i], off);
      off += this.parts[i].length;
    }
    return out;
  }
}

function decodeStr(b: Uint8Array, off: i32, n: i32): string {
  return String.UTF8.decode(b.buffer.slice(b.byteOffset + off, b.byteOffset + off + n));
}

// fetch performs one HTTPS request through the enclave (only to hosts the module declares in
// its custom section teeoracle.egress). Going over a budget stops the program (status
// egress_budget).
export function fetch(req: Request): Response {
  const w = new Writer();
  w.str(req.method);
  w.str(req.url);
  w.u32(<u32>req.headers.length);
  for (let i = 0; i < req.headers.length; i++) {
    w.str(req.headers[i].name);
    w.str(req.headers[i].value);
  }
  w.bytes(req.body);
  const rec = w.done();
  const len = new Uint32Array(1);
  const resp = new Response();
  const rc = host_http_request(rec.dataStart, <u32>rec.length, len.dataStart);
  if (rc != 0 && rc != ERR_NOT_ALLOWED && rc != ERR_NETWORK) {
    resp.errno = rc;
    return resp;
  }
  const out = new Uint8Array(<i32>len[0]);
  const rr = host_http_response_read(out.dataStart, <u32>out.length);
  if (rr != 0) {
    resp.errno = rr;
    return resp;
  }
  if (rc != 0) {
    resp.errno = rc;
    resp.error = decodeStr(out, 0, out.length);
    return resp;
  }
  resp.status = <i32>u32le(out, 0);
  const n = u32le(out, 4);
  let off = 8;
  for (let i: u32 = 0; i < n; i++) {
    const nl = <i32>u32le(out, off);
    const name = decodeStr(out, off + 4, nl);
    off += 4 + nl;
    const vl = <i32>u32le(out, off);
    const value = decodeStr(out, off + 4, vl);
    off += 4 + vl;
    resp.headers.push(new Header(name, value));
  }
  const bl = <i32>u32le(out, off);
  resp.body = out.slice(off + 4, off + 4 + bl);
  return resp;
}

// hex returns bytes as 0x-prefixed lowercase hex.
export function hex(b: Uint8Array): string {
  const digits = "0123456789abcdef";
  let s = "0x";
  for (let i = 0; i < b.length; i++) {
    s += digits.charAt(b[i] >> 4) + digits.charAt(b[i] & 15);
  }
  return s;
}
