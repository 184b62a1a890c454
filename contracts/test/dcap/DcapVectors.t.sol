// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {DcapCollateral} from "../../src/dcap/DcapCollateral.sol";
import {DcapVerifier} from "../../src/dcap/DcapVerifier.sol";
import {IDcapVerifier} from "../../src/dcap/IDcapVerifier.sol";

/// Replays the shared DCAP vectors (written by dcap/onchain_vectors_test.go, checked there against the
/// Go verifier) on-chain: real Intel quotes and their tamperings, synthetic quotes under a generated
/// PKI. Each vector deploys a collateral store pinning the vector's root, submits the collateral as a
/// relayer would (root CRL, certificates, PCK CRL, TCB info, QE identity) at the vector's time, then
/// verifies the quote: the first step that fails must fail with the vector's error, and a vector the
/// Go verifier accepts must verify with the same TCB status, debug flag and MRENCLAVE.
contract DcapVectorsTest is Test {
    function test_vectors_matchGo() public {
        uint256 n;
        uint256 refused;
        while (true) {
            string memory path =
                string.concat("contracts/test/vectors/dcap/", n < 10 ? "0" : "", vm.toString(n), ".json");
            if (!vm.exists(path)) break;
            // One external call per vector: a fresh memory space for each (forge copies the JSON at every parse).
            if (this.checkVector(vm.readFile(path))) ++refused;
            ++n;
        }
        assertEq(n, 31, "vector count");
        assertGe(refused, 20, "tampering cases");
    }

    function _b(string memory json, string memory key) internal pure returns (bytes memory) {
        return vm.parseJsonBytes(json, string.concat(".", key));
    }

    /// @return refused Whether the vector expects a refusal (and got exactly it).
    function checkVector(string memory json) external returns (bool refused) {
        string memory name = vm.parseJsonString(json, ".name");
        string memory solError = vm.parseJsonString(json, ".solError");
        vm.warp(vm.parseJsonUint(json, ".now"));
        DcapCollateral col = new DcapCollateral(_b(json, "root"));
        bytes memory ret = _upload(json, col);
        if (ret.length != 0) {
            assertEq(_selector(ret), bytes4(keccak256(bytes(solError))), string.concat(name, ": collateral step"));
            assertTrue(bytes(solError).length != 0, name);
            return true;
        }
        DcapVerifier ver = new DcapVerifier(
            col,
            address(this),
            IDcapVerifier.Policy({acceptedStatuses: 0x7e, maxCollateralAge: type(uint32).max, registrationTtl: 30 days})
        );
        (bool ok, bytes memory vret) =
            address(ver).call(abi.encodeCall(ver.verifyQuote, (_b(json, "quote"), _b(json, "pckCertificate"))));
        if (bytes(solError).length != 0) {
            assertFalse(ok, string.concat(name, ": verified, want ", solError));
            assertEq(_selector(vret), bytes4(keccak256(bytes(solError))), name);
            return true;
        }
        assertTrue(ok, string.concat(name, ": refused ", vm.toString(vret)));
        IDcapVerifier.Verified memory v = abi.decode(vret, (IDcapVerifier.Verified));
        assertEq(v.tcbStatus, vm.parseJsonUint(json, ".tcbStatus"), string.concat(name, ": status"));
        assertEq(v.debug, vm.parseJsonBool(json, ".debug"), string.concat(name, ": debug"));
        assertEq(v.mrEnclave, vm.parseJsonBytes32(json, ".mrEnclave"), string.concat(name, ": mrenclave"));
        assertEq(ver.platformStatus(v.platform), v.tcbStatus, string.concat(name, ": platformStatus"));
        _checkPolicy(json, ver, v, name);
    }

    /// The registration policy on top of a verified quote: no debug enclave, never a revoked TCB.
    function _checkPolicy(string memory json, DcapVerifier ver, IDcapVerifier.Verified memory v, string memory name)
        internal
    {
        (bool cok, bytes memory cret) =
            address(ver).call(abi.encodeCall(ver.checkQuote, (_b(json, "quote"), _b(json, "pckCertificate"))));
        if (v.debug) {
            assertEq(_selector(cret), IDcapVerifier.DebugEnclave.selector, string.concat(name, ": debug refused"));
        } else if (v.tcbStatus == 7) {
            assertEq(
                _selector(cret), IDcapVerifier.TcbStatusNotAccepted.selector, string.concat(name, ": revoked refused")
            );
        } else {
            assertTrue(cok, string.concat(name, ": checkQuote"));
        }
    }

    /// @dev Submits the vector's collateral as a relayer would; returns the revert data of the first
    ///      step that fails (empty when all succeed).
    function _upload(string memory json, DcapCollateral col) internal returns (bytes memory) {
        bytes[6] memory steps;
        uint256 k;
        bytes memory rootCrl = _b(json, "rootCrl");
        if (rootCrl.length != 0) steps[k++] = abi.encodeCall(col.submitCrl, (rootCrl, 0, type(uint256).max));
        steps[k++] = abi.encodeCall(col.submitCertificate, (_b(json, "pckCa")));
        steps[k++] = abi.encodeCall(col.submitCertificate, (_b(json, "tcbSigning")));
        bytes memory pckCrl = _b(json, "pckCrl");
        if (pckCrl.length != 0) steps[k++] = abi.encodeCall(col.submitCrl, (pckCrl, 0, type(uint256).max));
        steps[k++] = abi.encodeCall(col.submitTcbInfo, (_b(json, "tcbInfo"), _b(json, "tcbInfoSignature")));
        steps[k++] = abi.encodeCall(col.submitQeIdentity, (_b(json, "qeIdentity"), _b(json, "qeIdentitySignature")));
        for (uint256 i = 0; i < k; ++i) {
            (bool ok, bytes memory ret) = address(col).call(steps[i]);
            if (!ok) return ret.length == 0 ? bytes("\x00") : ret;
        }
        return "";
    }

    function _selector(bytes memory ret) internal pure returns (bytes4 s) {
        if (ret.length < 4) return bytes4(0);
        assembly ("memory-safe") {
            s := mload(add(ret, 0x20))
        }
    }
}
