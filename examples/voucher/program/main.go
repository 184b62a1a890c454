// Command program is the voucher program of private payment links (contracts/src/VoucherEscrow.sol,
// docs/vouchers.md). The escrow requests one job per deposit; the sender sealed into the job's input
// a fresh claim address and nothing else. The program signs, with its code key (a key bound to this
// exact module: nobody, its author included, can make other code sign with it; it survives fleet
// rotations), the EIP-712 voucher
//
//	domain  = EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)
//	          {name: "TeeOracleVoucher", version: "1", chainId: the job's chain, verifyingContract: the job's requester}
//	type    = Voucher(uint256 amount,address claimKey)
//	amount  = the job's user field read as a number (the escrow names the denomination there)
//
// and writes it to stdout as a 64-byte EIP-2098 compact signature (r || vs). The worker encrypts
// the output to the output key in the input's header (the sender's): only the sender can read it.
//
// Compile it to a WASI module with
//
//	GOOS=wasip1 GOARCH=wasm go build -trimpath -o voucher.wasm ./examples/voucher/program
//
// Input (stdin, after the worker decrypted the envelope): exactly 20 bytes, the claim address,
// not zero. Anything else exits with code 1 (StatusProgramError on-chain: the escrow marks the
// deposit failed and its sender takes it back).
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/teeoracle/teeoracle/guest/go/teeo"
)

func main() {
	in, err := io.ReadAll(io.LimitReader(os.Stdin, 64))
	if err != nil {
		fail("read input: %v", err)
	}
	job, err := teeo.Job()
	if err != nil {
		fail("job info: %v", err)
	}
	digest, err := voucherDigest(job.ChainID, job.Requester, job.User, in)
	if err != nil {
		fail("%v", err)
	}
	sig, err := teeo.Sign(teeo.KeyCode, digest)
	if err != nil {
		fail("sign: %v", err)
	}
	out, err := compact(sig)
	if err != nil {
		fail("%v", err)
	}
	if _, err := os.Stdout.Write(out); err != nil {
		fail("write: %v", err)
	}
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "voucher: "+format+"\n", args...)
	os.Exit(1)
}
