// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {Test} from "forge-std/Test.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";

/// Checks the vectors that the Go protocol package writes (protocol/vectors_test.go) against the
/// router's own hashing and ecrecover: Go and Solidity agree on every hash.
contract VectorsTest is Test {
    function test_vectors_matchGo() public {
        string memory json = vm.readFile("contracts/test/vectors/protocol.json");
        uint256 n;
        while (vm.keyExistsJson(json, string.concat(".vectors[", vm.toString(n), "]"))) {
            _check(json, string.concat(".vectors[", vm.toString(n), "]"));
            ++n;
        }
        assertEq(n, 3, "vector count");
    }

    function _check(string memory json, string memory p) internal {
        vm.chainId(vm.parseJsonUint(json, string.concat(p, ".chainId")));
        address routerAddr = vm.parseJsonAddress(json, string.concat(p, ".router"));
        deployCodeTo(
            "JobRouter.sol:JobRouter",
            abi.encode(
                deployCode("JobRouterAdmin.sol:JobRouterAdmin", abi.encode(true, uint32(0))),
                address(this),
                uint24(1024),
                uint24(100_000),
                uint16(60),
                uint24(3600),
                IJobRouter.Fees(0, 0, 0, 0)
            ),
            routerAddr
        );
        IJobRouterFull router = IJobRouterFull(routerAddr);
        bytes memory input = vm.parseJsonBytes(json, string.concat(p, ".input"));
        IJobRouter.Request memory q = IJobRouter.Request({
            requester: vm.parseJsonAddress(json, string.concat(p, ".requester")),
            user: vm.parseJsonAddress(json, string.concat(p, ".user")),
            programId: vm.parseJsonBytes32(json, string.concat(p, ".programId")),
            version: uint32(vm.parseJsonUint(json, string.concat(p, ".version"))),
            epoch: uint32(vm.parseJsonUint(json, string.concat(p, ".epoch"))),
            inputHash: keccak256(input),
            callbackGasLimit: uint32(vm.parseJsonUint(json, string.concat(p, ".callbackGasLimit"))),
            fee: uint96(vm.parseJsonUint(json, string.concat(p, ".fee"))),
            authorFee: uint96(vm.parseJsonUint(json, string.concat(p, ".authorFee"))),
            deadline: uint40(vm.parseJsonUint(json, string.concat(p, ".deadline")))
        });
        // programId = keccak256(abi.encode(author, keccak256(name))), as Go computes it
        assertEq(
            router.programIdOf(
                vm.parseJsonAddress(json, string.concat(p, ".author")),
                vm.parseJsonString(json, string.concat(p, ".name"))
            ),
            q.programId,
            "programId"
        );
        assertEq(q.inputHash, vm.parseJsonBytes32(json, string.concat(p, ".inputHash")), "inputHash");
        bytes32 jobId = vm.parseJsonBytes32(json, string.concat(p, ".jobId"));
        assertEq(router.jobIdOf(uint64(vm.parseJsonUint(json, string.concat(p, ".nonce")))), jobId, "jobId");
        bytes32 c = vm.parseJsonBytes32(json, string.concat(p, ".commitment"));
        assertEq(router.commitmentOf(q), c, "commitment");
        assertEq(router.domainSeparator(), vm.parseJsonBytes32(json, string.concat(p, ".domainSeparator")), "domain");
        uint8 status = uint8(vm.parseJsonUint(json, string.concat(p, ".status")));
        bytes memory output = vm.parseJsonBytes(json, string.concat(p, ".output"));
        bytes32 digest = router.resultDigest(jobId, c, status, output);
        assertEq(digest, vm.parseJsonBytes32(json, string.concat(p, ".digest")), "digest");

        _checkSignature(json, p, digest);
    }

    function _checkSignature(string memory json, string memory p, bytes32 digest) internal pure {
        bytes32 r = vm.parseJsonBytes32(json, string.concat(p, ".r"));
        bytes32 vs = vm.parseJsonBytes32(json, string.concat(p, ".vs"));
        bytes32 s = vs & bytes32(type(uint256).max >> 1);
        address signer = vm.parseJsonAddress(json, string.concat(p, ".signer"));
        assertEq(ecrecover(digest, uint8(uint256(vs) >> 255) + 27, r, s), signer, "signer");
        uint256 pk = uint256(vm.parseJsonBytes32(json, string.concat(p, ".privateKey")));
        assertEq(vm.addr(pk), signer, "key");
        // Foundry's signer (RFC 6979) produces the very signature Go produced.
        (uint8 v2, bytes32 r2, bytes32 s2) = vm.sign(pk, digest);
        assertEq(r2, r, "r");
        assertEq(bytes32(uint256(s2) | (uint256(v2 - 27) << 255)), vs, "vs");
    }
}
