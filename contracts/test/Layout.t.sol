// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "./Base.t.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {IJobRouterAdmin} from "../src/interfaces/IJobRouterAdmin.sol";
import {IOwned2Step} from "../src/interfaces/IOwned2Step.sol";
import {IEnclaveRegistry} from "../src/interfaces/IEnclaveRegistry.sol";
import {IProgramRegistry} from "../src/interfaces/IProgramRegistry.sol";

/// The split of the router into JobRouter (hot paths) and JobRouterAdmin (cold code run by
/// delegatecall from the router's fallback): one storage layout, both under EIP-170 with a margin,
/// the admin code unusable on its own, and the fallback transparent to callers.
contract LayoutTest is RouterFixture {
    /// EIP-170.
    uint256 internal constant MAX_CODE_SIZE = 24_576;
    /// Room left for fixes without another split.
    uint256 internal constant MIN_MARGIN = 1_024;

    // Slots of JobRouterStorage (append only: a change here is a new layout).
    uint256 internal constant SLOT_BALANCES = 0;
    uint256 internal constant SLOT_OWNER = 1;
    uint256 internal constant SLOT_ENCLAVES = 5;
    uint256 internal constant SLOT_ENCLAVE_INFO = 6;
    uint256 internal constant SLOT_EPOCH_COUNTERS = 9;
    uint256 internal constant SLOT_PROGRAMS = 11;
    uint256 internal constant SLOT_ALLOWED = 12;
    uint256 internal constant SLOT_CONFIG = 14;
    uint256 internal constant SLOT_COMMITMENTS = 15;
    uint256 internal constant SLOT_PROGRAM_ACCOUNTS = 16;
    uint256 internal constant SLOT_PROGRAM_SECRETS = 17;
    uint256 internal constant SLOT_PENDING_FEES = 18;

    function _load(uint256 slot) internal view returns (uint256) {
        return uint256(vm.load(address(router), bytes32(slot)));
    }

    function _mapSlot(bytes32 key, uint256 slot) internal pure returns (uint256) {
        return uint256(keccak256(abi.encode(key, slot)));
    }

    // ------------------------------------------------------------ one layout

    /// The compiler's storage layouts of both contracts (artifacts built with `extra_output =
    /// ["storageLayout"]`) name the same variables at the same slots and offsets.
    function test_storageLayouts_match() public view {
        string memory r = vm.readFile("contracts/out/JobRouter.sol/JobRouter.json");
        string memory a = vm.readFile("contracts/out/JobRouterAdmin.sol/JobRouterAdmin.json");
        uint256 n;
        while (vm.keyExistsJson(r, _entry(n, ".label"))) {
            assertTrue(vm.keyExistsJson(a, _entry(n, ".label")), "admin has the variable");
            assertEq(vm.parseJsonString(a, _entry(n, ".label")), vm.parseJsonString(r, _entry(n, ".label")), "label");
            assertEq(vm.parseJsonString(a, _entry(n, ".slot")), vm.parseJsonString(r, _entry(n, ".slot")), "slot");
            assertEq(vm.parseJsonUint(a, _entry(n, ".offset")), vm.parseJsonUint(r, _entry(n, ".offset")), "offset");
            ++n;
        }
        assertFalse(vm.keyExistsJson(a, _entry(n, ".label")), "admin has no extra variable");
        assertEq(n, 22, "variables");
        assertEq(vm.parseJsonString(r, _entry(SLOT_CONFIG, ".label")), "_config");
        assertEq(vm.parseJsonString(r, _entry(SLOT_COMMITMENTS, ".label")), "_commitments");
        assertEq(vm.parseJsonString(r, _entry(SLOT_PROGRAM_ACCOUNTS, ".label")), "_programAccounts");
        assertEq(vm.parseJsonString(r, _entry(SLOT_PROGRAM_SECRETS, ".label")), "_programSecrets");
        assertEq(vm.parseJsonString(r, _entry(SLOT_PENDING_FEES, ".label")), "_pendingFees");
    }

    function _entry(uint256 i, string memory field) internal pure returns (string memory) {
        return string.concat(".storageLayout.storage[", vm.toString(i), "]", field);
    }

    /// Slots written by one contract's code and read by the other's, checked at their raw positions.
    function test_slots_sharedThroughBoth() public {
        // owner: written by the router's constructor, read by the admin code
        assertEq(address(uint160(_load(SLOT_OWNER))), owner);
        assertEq(router.owner(), owner);

        // config: fees set by the admin code (a raise waits in _pendingFees), read by the router's
        // quoteFee and request path
        vm.prank(owner);
        router.setFees(7, 3, 150, 2);
        assertEq(_load(SLOT_PENDING_FEES) >> 88, block.timestamp + FEE_NOTICE, "pending effectiveAt");
        vm.warp(block.timestamp + FEE_NOTICE);
        router.applyFees();
        uint256 cfg = _load(SLOT_CONFIG);
        assertEq(cfg >> 224, 7, "flatFeeGwei");
        assertEq((cfg >> 168) & 0xffffffffff, 3, "minGasPrice");
        assertEq((cfg >> 208) & 0xff, 150, "baseFeePercent");
        assertEq((cfg >> 216) & 0xff, 2, "overheadKGas");
        assertEq(router.quoteFeeAt(PROGRAM, 10, 0), 7 gwei + 3 * 2010);
        assertEq(router.quoteFeeAt(PROGRAM, 10, 100), 7 gwei + 150 * 2010);

        // program: created by the admin code (fixture), policy changed by it, read by the router
        vm.prank(author);
        router.setPolicy(NAME, 5, true);
        uint256 prog = _load(_mapSlot(PROGRAM, SLOT_PROGRAMS));
        assertEq(prog & type(uint64).max, 0, "authorFee in force");
        assertEq((prog >> 64) & type(uint64).max, 5, "nextAuthorFee");
        assertEq((prog >> 128) & 0xffffffffff, block.timestamp + FEE_NOTICE, "feeEffectiveAt");
        assertEq((prog >> 168) & 0xffffffff, 1, "currentVersion");
        assertEq((prog >> 200) & 0xffffffff, 1, "minVersion");
        assertEq((prog >> 232) & 0xff, 3, "flags: exists | allowlist");
        assertEq(address(uint160(_load(_mapSlot(PROGRAM, SLOT_PROGRAM_ACCOUNTS)))), author, "author");
        vm.warp(block.timestamp + FEE_NOTICE);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.RequesterNotAllowed.selector, PROGRAM, user));
        router.requestJob{value: 1 ether}(PROGRAM, 0, user, "", 0, 600);
        vm.prank(author);
        router.setAllowed(NAME, user, true);
        assertEq(_load(uint256(keccak256(abi.encode(user, _mapSlot(PROGRAM, SLOT_ALLOWED))))), 1, "allowlist entry");

        // commitment: written by the router, its job settled by a fulfilment that credits the enclave
        // record the admin code registered and the program's earnings the admin code pays out
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "in", 0, 600, 1 ether);
        assertEq(bytes32(_load(_mapSlot(jobId, SLOT_COMMITMENTS))), _commitment(q));
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, "out"));
        uint256 hot = _load(uint256(keccak256(abi.encode(enclaveSigner, SLOT_ENCLAVES))));
        assertEq(hot & type(uint96).max, 1 ether - 5, "enclave fees, in the slot the registry wrote");
        assertEq((hot >> 136) & 0xff, uint8(IEnclaveRegistry.EnclaveState.Active), "state");
        assertEq(_enclaveFees(enclaveSigner), 1 ether - 5);
        assertEq(_earnings(PROGRAM), 5);
        assertEq(_load(_mapSlot(PROGRAM, SLOT_PROGRAM_ACCOUNTS)) >> 160, 5, "earnings beside the author");
        uint256 info = _load(uint256(keccak256(abi.encode(enclaveSigner, SLOT_ENCLAVE_INFO))));
        assertEq(address(uint160(info)), payee, "payee");

        // balances: credited by the admin code (a payee change settles earned fees), withdrawn by the router
        _register(enclaveSigner, makeAddr("newPayee"), uint40(block.timestamp + 1 days));
        assertEq(_load(uint256(keccak256(abi.encode(payee, SLOT_BALANCES)))), 1 ether - 5);
        assertEq(router.balanceOf(payee), 1 ether - 5);
        vm.prank(payee);
        router.withdraw(payable(payee));
        assertEq(payee.balance, 1 ether - 5);

        // epoch counters: opened by the router's constructor, read by the admin code
        assertEq((_load(SLOT_EPOCH_COUNTERS) >> 32) & 0xffffffff, 1, "pending epoch 1");
        assertEq(router.pendingEpoch(), 1);
    }

    // ------------------------------------------------------------ EIP-170

    function test_codeSize_underEip170WithMargin() public view {
        uint256 r = address(router).code.length;
        uint256 a = router.admin().code.length;
        assertLe(r + MIN_MARGIN, MAX_CODE_SIZE, "JobRouter");
        assertLe(a + MIN_MARGIN, MAX_CODE_SIZE, "JobRouterAdmin");
    }

    // ------------------------------------------------------------ the admin code on its own

    function test_adminCode_directCalls_revert() public {
        IJobRouterAdmin code = IJobRouterAdmin(router.admin());
        vm.expectRevert(IJobRouterAdmin.NotDelegated.selector);
        code.createProgram("mine", 0, false);
        vm.expectRevert(IJobRouterAdmin.NotDelegated.selector);
        code.setConfig(1, 1, 1, 1, false);
        vm.expectRevert(IJobRouterAdmin.NotDelegated.selector);
        code.acceptOwnership();
        vm.expectRevert(IJobRouterAdmin.NotDelegated.selector);
        code.setEpochKeys(bytes32(uint256(7)), 1, bytes32(uint256(1)), new bytes(1216), bytes32(0), bytes32(0));
        vm.expectRevert(IJobRouterAdmin.NotDelegated.selector);
        code.program(PROGRAM);
        vm.expectRevert(IJobRouterAdmin.NotDelegated.selector);
        code.owner();
        // pure helpers answer anywhere
        assertEq(code.programIdOf(author, NAME), PROGRAM);
    }

    // ------------------------------------------------------------ the fallback

    function test_fallback_forwardsErrorsAndReturns() public {
        assertEq(router.programIdOf(author, NAME), PROGRAM);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        vm.prank(user);
        router.setFees(1, 1, 1, 1);
    }

    function test_fallback_unknownSelector_reverts() public {
        (bool ok, bytes memory ret) = address(router).call(hex"deadbeef");
        assertFalse(ok);
        assertEq(ret.length, 0);
    }

    function test_fallback_refusesEther() public {
        vm.deal(owner, 1 ether);
        vm.prank(owner);
        (bool ok,) = address(router).call{value: 1}(abi.encodeCall(IJobRouterAdmin.setFees, (1, 1, 1, 1)));
        assertFalse(ok, "admin call with value");
        (ok,) = address(router).call{value: 1}("");
        assertFalse(ok, "plain transfer");
    }

    function test_constructor_wiresAdmin() public {
        address code = _newAdmin(false);
        JobRouter r = new JobRouter(code, owner, MAX_INPUT, MAX_CB_GAS, MIN_TTL, MAX_TTL, IJobRouter.Fees(0, 0, 0, 0));
        assertEq(r.admin(), code);
        assertFalse(IJobRouterAdmin(address(r)).allowSimulation());
        assertTrue(router.allowSimulation());
    }
}
