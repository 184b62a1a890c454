// Package dcap verifies Intel SGX DCAP attestation quotes in pure Go (no cgo, standard library only).
//
// It is what lets the relayer register an enclave on-chain without trusting the enclave's host: given a
// quote (a raw ECDSA-P256 quote version 3, or an EGo/Open Enclave "remote report" that wraps one) and
// Intel's collateral (TCB info, QE identity, CRLs and their issuer chains), Verify proves that
//
//   - the PCK certificate chain inside the quote leads to the Intel SGX Root CA pinned in this package
//     (never to whatever root the chain presents), and no certificate in it is revoked;
//   - the Quoting Enclave's report is signed by the PCK key, matches Intel's signed QE identity, and
//     binds the attestation key;
//   - the quote (header and ISV enclave report) is signed by that attestation key;
//   - the platform's TCB level, read from the PCK certificate's SGX extension, is found in Intel's
//     signed TCB info for the same FMSPC.
//
// Every check is made at the time the caller passes in VerifyOptions.Now; the package never reads the
// clock during verification. The result is an Identity (measurements, report data, TCB status and
// advisories), which a Policy then accepts or refuses (allowed measurements, allowed TCB statuses, no
// debug enclaves, exact report data).
//
// Collateral comes from a PCCS or Intel PCS (PCSClient, with an in-memory cache that honours
// nextUpdate), or from a JSON file for offline registration (LoadCollateralFile).
//
// Typical use:
//
//	col, err := dcap.LoadCollateralFile("collateral.json")
//	id, err := dcap.Verify(report, col, dcap.VerifyOptions{Now: time.Now()})
//	err = policy.Check(id)
package dcap
