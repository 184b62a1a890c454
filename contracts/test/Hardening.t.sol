// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "./Base.t.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {IJobRouterAdmin} from "../src/interfaces/IJobRouterAdmin.sol";
import {IProgramRegistry} from "../src/interfaces/IProgramRegistry.sol";
import {IEnclaveRegistry} from "../src/interfaces/IEnclaveRegistry.sol";
import {TeeOracleConsumer} from "../src/TeeOracleConsumer.sol";

/// A dapp that pays for each request from its own balance whatever `quoteFee` says when its
/// transaction runs: the victim of a fee raised in front of it (issue 18, finding 1).
contract QuotingDapp is TeeOracleConsumer {
    constructor(address router_) TeeOracleConsumer(router_) {}

    receive() external payable {}

    function ask(bytes32 programId) external returns (bytes32 jobId, uint256 paid) {
        paid = _quoteFee(programId, 100_000);
        jobId = _requestCurrent(programId, msg.sender, "ask", 100_000, 600, paid);
    }

    function _onJobResult(bytes32, uint8, bytes calldata) internal override {}
}

/// Records the gas its callback starts with, and nothing else (issue 18, finding 2).
contract GasProbe is TeeOracleConsumer {
    uint256 public gasAtEntry;

    constructor(address router_) TeeOracleConsumer(router_) {}

    function ask(bytes32 programId, uint32 gasLimit) external returns (bytes32) {
        return _requestCurrent(programId, msg.sender, "probe", gasLimit, 600, 0);
    }

    function _onJobResult(bytes32, uint8, bytes calldata) internal override {
        gasAtEntry = gasleft();
    }
}

/// Attack tests of issue 18 (findings 1, 2 and 4) and the on-chain piece of issue 19 (program secrets).
contract HardeningTest is RouterFixture {
    QuotingDapp internal dapp;

    function setUp() public override {
        super.setUp();
        dapp = new QuotingDapp(address(router));
        vm.deal(address(dapp), 10 ether);
        _setFees(IJobRouter.Fees(1_000, 1 gwei, 100, 50));
    }

    // ------------------------------------------------------------ finding 1: fee front-running

    /// The author raises the fee to 9 ether in front of the dapp's request (same block): the request
    /// pays the fee in force, the author takes nothing extra, and the raise reaches only requests
    /// made after the notice period.
    function test_requestJob_authorFeeRaisedInFront_takesNothingExtra_succeeds() public {
        _setPolicy(NAME, 0.001 ether, false);
        uint256 before = address(dapp).balance;
        uint256 quoted = router.quoteFee(PROGRAM, 100_000);

        vm.prank(author); // the front-running transaction
        vm.expectEmit(address(router));
        emit IProgramRegistry.AuthorFeeScheduled(PROGRAM, 9 ether, uint40(block.timestamp + FEE_NOTICE));
        router.setPolicy(NAME, 9 ether, false);

        (bytes32 jobId, uint256 paid) = dapp.ask(PROGRAM);
        assertEq(paid, quoted, "the dapp pays what it was quoted");
        assertEq(before - address(dapp).balance, quoted);
        IJobRouter.Request memory q = _req(address(dapp), address(this), PROGRAM, 0, "ask", 100_000, paid, 600);
        assertEq(q.authorFee, 0.001 ether, "committed author fee");
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, "out"));
        assertEq(_earnings(PROGRAM), 0.001 ether, "the author earned the old fee only");

        // one second before the notice ends the old fee still holds; from then on the new one
        IProgramRegistry.Program memory p = router.program(PROGRAM);
        assertEq(p.authorFee, 0.001 ether);
        assertEq(p.nextAuthorFee, 9 ether);
        vm.warp(p.authorFeeEffectiveAt - 1);
        assertEq(router.quoteFee(PROGRAM, 100_000), quoted);
        vm.warp(p.authorFeeEffectiveAt);
        assertEq(router.quoteFee(PROGRAM, 100_000), quoted - 0.001 ether + 9 ether);
        assertEq(router.program(PROGRAM).authorFee, 9 ether);
    }

    function test_setPolicy_decrease_appliesAtOnce_succeeds() public {
        _setPolicy(NAME, 0.5 ether, false);
        vm.prank(author);
        router.setPolicy(NAME, 0.1 ether, false);
        IProgramRegistry.Program memory p = router.program(PROGRAM);
        assertEq(p.authorFee, 0.1 ether);
        assertEq(p.nextAuthorFee, 0.1 ether);
        (, uint256 paid) = dapp.ask(PROGRAM);
        assertEq(paid, router.quoteFee(PROGRAM, 100_000));
    }

    /// A raise that is still pending cannot be used as the base of a second raise: lowering it
    /// cancels it, and raising again restarts the notice from the fee in force.
    function test_setPolicy_raiseAgain_restartsNotice_succeeds() public {
        _setPolicy(NAME, 0.1 ether, false);
        vm.startPrank(author);
        router.setPolicy(NAME, 1 ether, false);
        vm.warp(block.timestamp + FEE_NOTICE - 10);
        router.setPolicy(NAME, 2 ether, false); // pending 1 ether never took effect
        vm.stopPrank();
        IProgramRegistry.Program memory p = router.program(PROGRAM);
        assertEq(p.authorFee, 0.1 ether);
        assertEq(p.authorFeeEffectiveAt, block.timestamp + FEE_NOTICE);
        vm.warp(block.timestamp + 20); // past the first raise's time: still the old fee
        assertEq(router.program(PROGRAM).authorFee, 0.1 ether);
        vm.prank(author);
        router.setPolicy(NAME, 0.1 ether, false); // back down: the pending raise is gone
        vm.warp(block.timestamp + 2 * FEE_NOTICE);
        assertEq(router.program(PROGRAM).authorFee, 0.1 ether);
    }

    /// The owner raises the floor in front of the dapp: nothing changes until the notice period
    /// has passed and someone applies it.
    function test_requestJob_ownerFeesRaisedInFront_takesNothingExtra_succeeds() public {
        uint256 quoted = router.quoteFee(PROGRAM, 100_000);
        vm.prank(owner);
        vm.expectEmit(address(router));
        emit IJobRouterAdmin.FeesScheduled(1_000_000, 100 gwei, 200, 100, uint40(block.timestamp + FEE_NOTICE));
        router.setFees(1_000_000, 100 gwei, 200, 100);
        (, uint256 paid) = dapp.ask(PROGRAM);
        assertEq(paid, quoted);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouterAdmin.FeesNotDue.selector, uint40(block.timestamp + FEE_NOTICE))
        );
        router.applyFees();
        vm.warp(block.timestamp + FEE_NOTICE);
        vm.prank(makeAddr("anyone"));
        router.applyFees();
        assertEq(router.config().flatFeeGwei, 1_000_000);
        assertGt(router.quoteFee(PROGRAM, 100_000), quoted);
        vm.expectRevert(abi.encodeWithSelector(IJobRouterAdmin.FeesNotDue.selector, 0));
        router.applyFees();
    }

    function test_setFees_decrease_appliesAtOnceAndDropsPending_succeeds() public {
        vm.startPrank(owner);
        router.setFees(5_000, 2 gwei, 100, 50); // a raise, pending
        router.setFees(500, 1 gwei, 100, 50); // every field at or below the floor in force
        vm.stopPrank();
        assertEq(router.config().flatFeeGwei, 500);
        (, uint40 at) = router.pendingFees();
        assertEq(at, 0, "pending raise dropped");
    }

    function test_constructor_productionShortNotice_reverts() public {
        vm.expectRevert();
        deployCode("JobRouterAdmin.sol:JobRouterAdmin", abi.encode(false, uint32(1 hours - 1)));
        deployCode("JobRouterAdmin.sol:JobRouterAdmin", abi.encode(false, uint32(1 hours)));
        deployCode("JobRouterAdmin.sol:JobRouterAdmin", abi.encode(true, uint32(0))); // dev chains
    }

    // ------------------------------------------------------------ the floor follows the base fee

    function test_requestJob_floorFollowsBaseFee_succeeds() public {
        vm.fee(80 gwei);
        // 1,000 gwei flat + (100,000 + 50,000) x max(1 gwei, 80 gwei x 100%)
        uint256 floor = 1_000 gwei + 150_000 * 80 gwei;
        assertEq(router.quoteFee(PROGRAM, 100_000), floor);
        assertEq(router.quoteFeeAt(PROGRAM, 100_000, 80 gwei), floor);
        assertEq(router.quoteFeeAt(PROGRAM, 100_000, 0), 1_000 gwei + 150_000 * 1 gwei, "minimum gas price");
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, floor - 1, floor));
        router.requestJob{value: floor - 1}(PROGRAM, 0, user, "x", 100_000, 600);
        vm.prank(user);
        router.requestJob{value: floor}(PROGRAM, 0, user, "x", 100_000, 600);
        // a quote read in an earlier, cheaper block is refused once the base fee rose
        vm.fee(90 gwei);
        vm.prank(user);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, floor, 1_000 gwei + 150_000 * 90 gwei)
        );
        router.requestJob{value: floor}(PROGRAM, 0, user, "x", 100_000, 600);
    }

    // ------------------------------------------------------------ finding 2: starved callbacks

    /// The submitter of a result with a 64 KiB inline output chooses the transaction's gas limit:
    /// whatever it chooses, either the transaction reverts (the job stays open) or the callback
    /// starts with exactly the gas it starts with when gas is plentiful.
    function test_fulfill_bigOutputChosenGasLimit_neverStartsCallbackShort_succeeds() public {
        GasProbe probe = new GasProbe(address(router));
        _setFees(IJobRouter.Fees(0, 0, 0, 0));
        bytes32 jobId = probe.ask(PROGRAM, 100_000);
        IJobRouter.Request memory q = _req(address(probe), address(this), PROGRAM, 0, "probe", 100_000, 0, 600);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, new bytes(64 * 1024));
        bytes memory call = abi.encodeCall(IJobRouter.fulfill, (f));

        uint256 snap = vm.snapshotState();
        (bool ok,) = address(router).call{gas: 10_000_000}(call);
        assertTrue(ok);
        uint256 full = probe.gasAtEntry();
        assertGt(full, 99_000);
        vm.revertToState(snap);

        uint256 settled;
        for (uint256 g = 100_000; g < 260_000; g += 700) {
            snap = vm.snapshotState();
            (ok,) = address(router).call{gas: g}(call);
            if (ok) {
                ++settled;
                assertEq(probe.gasAtEntry(), full, "callback started short");
            } else {
                assertEq(router.commitments(jobId), _commitment(q), "a failed transaction leaves the job open");
            }
            vm.revertToState(snap);
        }
        assertGt(settled, 10, "the range reaches gas limits that settle");
    }

    /// forge-config: default.fuzz.runs = 300
    function testFuzz_fulfill_outputSizeAndGasLimit_neverStartCallbackShort(uint256 gasSupplied, uint256 outLen)
        public
    {
        outLen = bound(outLen, 0, 96 * 1024);
        GasProbe probe = new GasProbe(address(router));
        _setFees(IJobRouter.Fees(0, 0, 0, 0));
        bytes32 jobId = probe.ask(PROGRAM, 60_000);
        IJobRouter.Request memory q = _req(address(probe), address(this), PROGRAM, 0, "probe", 60_000, 0, 600);
        bytes memory call =
            abi.encodeCall(IJobRouter.fulfill, (_fulfillment(enclavePk, jobId, q, 0, new bytes(outLen))));
        uint256 snap = vm.snapshotState();
        (bool ok,) = address(router).call{gas: 10_000_000}(call);
        assertTrue(ok);
        uint256 full = probe.gasAtEntry();
        vm.revertToState(snap);
        gasSupplied = bound(gasSupplied, 60_000, 400_000);
        (ok,) = address(router).call{gas: gasSupplied}(call);
        if (ok) assertEq(probe.gasAtEntry(), full, "callback started short");
        else assertEq(router.commitments(jobId), _commitment(q));
    }

    // ------------------------------------------------------------ finding 4: paginated sweeps

    /// Removing a measurement with more keys than one transaction should sweep: the removal sweeps
    /// SWEEP_BATCH keys in bounded gas and says where it stopped; anyone pages through the rest; every
    /// key ends deactivated and a second pass changes nothing.
    function test_removeMeasurement_manyKeys_pagesThroughAll_succeeds() public {
        uint256 n = 700;
        address[] memory keys = new address[](n);
        keys[0] = enclaveSigner;
        for (uint256 i = 1; i < n; ++i) {
            keys[i] = address(uint160(0x10000 + i));
            _register(keys[i], payee, uint40(block.timestamp + 30 days));
        }
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        assertEq(router.signersOf(key).length, n);
        uint256 batch = router.SWEEP_BATCH();

        vm.prank(owner);
        vm.expectEmit(address(router));
        emit IEnclaveRegistry.SweepPending(key, batch, n);
        uint256 g = gasleft();
        router.removeMeasurement(key);
        uint256 used = g - gasleft();
        assertLt(used, 5_000_000, "one removal transaction stays far below a block");
        assertFalse(router.isActive(keys[batch - 1]));
        assertTrue(router.isActive(keys[batch]), "not swept yet");

        address stranger = makeAddr("stranger");
        uint256 next = batch;
        while (next < n) {
            vm.prank(stranger);
            g = gasleft();
            next = router.sweepMeasurement(key, next, batch);
            assertLt(g - gasleft(), 5_000_000);
        }
        assertEq(next, n);
        for (uint256 i = 0; i < n; ++i) {
            assertFalse(router.isActive(keys[i]));
        }
        vm.recordLogs();
        router.sweepMeasurement(key, 0, n);
        assertEq(vm.getRecordedLogs().length, 0, "idempotent");
    }

    /// A sweep deactivates only what the allowlist no longer admits: re-allowed keys stay active,
    /// and a raised minimum SVN takes exactly the keys below it.
    function test_sweepMeasurement_onlyUnadmittedKeys_succeeds() public {
        vm.startPrank(owner);
        router.allowMrSigner(MRSIGNER, 1, 1);
        router.removeMeasurement(router.mrEnclaveKey(MRENCLAVE));
        router.setMrEnclaveDenied(MRENCLAVE, false); // the build may register through its MRSIGNER
        vm.stopPrank();
        bytes32 signerKey = router.mrSignerKey(MRSIGNER, 1);
        address low = address(0xA1);
        address high = address(0xA2);
        IEnclaveRegistry.Registration memory r = _registration(low, payee, uint40(block.timestamp + 30 days));
        r.svn = 1;
        vm.prank(registrar);
        router.registerEnclave(r);
        r = _registration(high, payee, uint40(block.timestamp + 30 days));
        r.svn = 3;
        vm.prank(registrar);
        router.registerEnclave(r);
        router.sweepMeasurement(signerKey, 0, 10); // nothing to do: both admitted
        assertTrue(router.isActive(low) && router.isActive(high));
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 2);
        assertFalse(router.isActive(low));
        assertTrue(router.isActive(high));
    }

    // ------------------------------------------------------------ issue 19: program secrets

    function test_setProgramSecrets_authorSetsAndRevokes_succeeds() public {
        bytes32 bundle = keccak256("bundle v1");
        vm.prank(author);
        vm.expectEmit(address(router));
        emit IProgramRegistry.ProgramSecretsSet(PROGRAM, bundle, "bafy-secrets");
        router.setProgramSecrets(PROGRAM, bundle, "bafy-secrets");
        (bytes32 h, string memory cid) = router.programSecrets(PROGRAM);
        assertEq(h, bundle);
        assertEq(cid, "bafy-secrets");
        assertEq(router.program(PROGRAM).author, author);

        vm.prank(author);
        vm.expectEmit(address(router));
        emit IProgramRegistry.ProgramSecretsSet(PROGRAM, bytes32(0), "");
        router.setProgramSecrets(PROGRAM, bytes32(0), "");
        (h, cid) = router.programSecrets(PROGRAM);
        assertEq(h, bytes32(0));
        assertEq(bytes(cid).length, 0);
    }

    function test_setProgramSecrets_notAuthor_reverts() public {
        address squatter = makeAddr("squatter");
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.NotAuthor.selector, PROGRAM, squatter));
        router.setProgramSecrets(PROGRAM, keccak256("evil"), "bafy-evil");
        bytes32 unknown = keccak256("no such program");
        vm.prank(author);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.NotAuthor.selector, unknown, author));
        router.setProgramSecrets(unknown, keccak256("b"), "bafy");
    }

    function test_setProgramSecrets_badRef_reverts() public {
        vm.startPrank(author);
        vm.expectRevert(IProgramRegistry.BadSecretsRef.selector);
        router.setProgramSecrets(PROGRAM, keccak256("b"), "");
        vm.expectRevert(IProgramRegistry.BadSecretsRef.selector);
        router.setProgramSecrets(PROGRAM, bytes32(0), "bafy");
        vm.expectRevert(IProgramRegistry.BadSecretsRef.selector);
        router.setProgramSecrets(PROGRAM, keccak256("b"), string(new bytes(129)));
        vm.stopPrank();
    }
}
