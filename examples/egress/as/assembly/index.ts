// A price oracle in AssemblyScript: the input is the price endpoint's URL; the program fetches
// it over HTTPS with the author's API key (secret "price_api_key"), and writes
//   status=<HTTP status>
//   attempt=<try number>
//   program_key=<address of the program key>
//   <the response body>
// A refused or failed request is written as error=<errno> <reason>.
import {
  readInput, writeString, fetch, Request, secret, job, keyAddress, hex, KEY_PROGRAM, teeoAbort,
} from "../../../../guest/assemblyscript/assembly/teeo";

// AssemblyScript's abort, routed to stderr + exit (build with --use abort=assembly/index/abort).
export function abort(message: string | null, fileName: string | null, line: u32, column: u32): void {
  teeoAbort(message, fileName, line, column);
}

function main(): void {
  const url = String.UTF8.decode(readInput().buffer).trim();
  const req = new Request(url);
  const key = secret("price_api_key");
  if (key != null) {
    req.header("X-Api-Key", String.UTF8.decode(key!.buffer.slice(key!.byteOffset, key!.byteOffset + key!.length)));
  }
  const resp = fetch(req);
  if (resp.errno != 0) {
    writeString("error=" + resp.errno.toString() + " " + resp.error + "\n");
  } else {
    writeString("status=" + resp.status.toString() + "\n");
    const j = job();
    writeString("attempt=" + (j != null ? j!.attempt.toString() : "?") + "\n");
    const a = keyAddress(KEY_PROGRAM);
    writeString("program_key=" + (a != null ? hex(a!) : "none") + "\n");
    writeString(resp.text());
  }
}

main();
