// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "./Base.t.sol";
import {Vm} from "forge-std/Vm.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {Escrow} from "../src/Escrow.sol";
import {Owned2Step} from "../src/Owned2Step.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {TeeOracleConsumer} from "../src/TeeOracleConsumer.sol";
import {
    RecordingConsumer,
    RevertingConsumer,
    GasBurner,
    ReturnBomb,
    ReentrantConsumer,
    EtherRefuser
} from "./mocks/Consumers.sol";

contract JobRouterTest is RouterFixture {
    RecordingConsumer internal consumer;
    bytes internal constant OUT = hex"00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";

    event JobRequested(
        bytes32 indexed jobId,
        address indexed requester,
        bytes32 indexed programId,
        bytes input,
        uint32 callbackGasLimit,
        uint96 fee,
        uint40 deadline
    );
    event JobFulfilled(bytes32 indexed jobId, address indexed enclave, uint8 status, bool callbackOk);
    event CallbackFailed(bytes32 indexed jobId, bytes revertData);
    event FulfillmentSkipped(bytes32 indexed jobId, JobRouter.Refusal reason);
    event JobCancelled(bytes32 indexed jobId, address indexed requester, uint96 refund);

    function setUp() public override {
        super.setUp();
        consumer = new RecordingConsumer(address(router));
    }

    // ------------------------------------------------------------ requestJob

    function test_requestJob_succeeds() public {
        bytes memory input = hex"deadbeef";
        bytes32 expectedId = keccak256(abi.encode(block.chainid, address(router), uint64(0)));
        vm.expectEmit(address(router));
        emit JobRequested(expectedId, user, PROGRAM, input, 50_000, 1 ether, uint40(block.timestamp + 600));
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, input, 50_000, 600, 1 ether);
        assertEq(jobId, expectedId);
        assertEq(router.commitments(jobId), _commitment(q));
        assertEq(router.commitmentOf(q), _commitment(q));
        assertEq(router.config().nonce, 1);
        assertEq(address(router).balance, 1 ether);
        (bytes32 second,) = _request(user, input, 50_000, 600, 1 ether);
        assertEq(second, router.jobIdOf(1));
        assertTrue(second != jobId);
    }

    function test_requestJob_zeroProgram_reverts() public {
        vm.prank(user);
        vm.expectRevert(JobRouter.ZeroProgramId.selector);
        router.requestJob(bytes32(0), "", 0, 600);
    }

    function test_requestJob_inputTooLarge_reverts() public {
        bytes memory input = new bytes(MAX_INPUT + 1);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.InputTooLarge.selector, MAX_INPUT + 1, MAX_INPUT));
        router.requestJob(PROGRAM, input, 0, 600);
    }

    function test_requestJob_callbackGasTooHigh_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.CallbackGasTooHigh.selector, MAX_CB_GAS + 1, MAX_CB_GAS));
        router.requestJob(PROGRAM, "", MAX_CB_GAS + 1, 600);
    }

    function test_requestJob_ttlOutOfRange_reverts() public {
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.TtlOutOfRange.selector, MIN_TTL - 1, MIN_TTL, MAX_TTL));
        router.requestJob(PROGRAM, "", 0, MIN_TTL - 1);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.TtlOutOfRange.selector, MAX_TTL + 1, MIN_TTL, MAX_TTL));
        router.requestJob(PROGRAM, "", 0, MAX_TTL + 1);
        vm.stopPrank();
    }

    function test_requestJob_feeTooHigh_reverts() public {
        uint256 fee = uint256(type(uint96).max) + 1;
        vm.deal(user, fee);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.FeeTooHigh.selector, fee));
        router.requestJob{value: fee}(PROGRAM, "", 0, 600);
    }

    function test_requestJob_paused_reverts() public {
        vm.prank(owner);
        router.setConfig(MAX_INPUT, MAX_CB_GAS, MIN_TTL, MAX_TTL, true);
        vm.prank(user);
        vm.expectRevert(JobRouter.Paused.selector);
        router.requestJob(PROGRAM, "", 0, 600);
    }

    function test_setConfig_onlyOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.setConfig(1, 1, 1, 1, false);
    }

    function test_setConfig_badBounds_reverts() public {
        vm.startPrank(owner);
        vm.expectRevert(JobRouter.BadConfig.selector);
        router.setConfig(1, 1, 0, 10, false);
        vm.expectRevert(JobRouter.BadConfig.selector);
        router.setConfig(1, 1, 11, 10, false);
        vm.expectRevert(JobRouter.BadConfig.selector);
        router.setConfig(1, 1, 1, 366 days, false);
        vm.stopPrank();
    }

    function test_setConfig_keepsNonce_succeeds() public {
        _request(user, "", 0, 600, 0);
        vm.prank(owner);
        router.setConfig(100, 200, 10, 20, false);
        JobRouter.Config memory c = router.config();
        assertEq(c.nonce, 1);
        assertEq(c.maxInputBytes, 100);
        assertEq(c.maxCallbackGas, 200);
        assertEq(c.minTtl, 10);
        assertEq(c.maxTtl, 20);
    }

    // ------------------------------------------------------------ fulfill

    function _consumerJob(uint32 gasLimit, uint256 fee) internal returns (bytes32 jobId, IJobRouter.Request memory q) {
        bytes memory input = hex"0102030405";
        vm.deal(address(this), fee);
        jobId = consumer.request{value: fee}(PROGRAM, input, gasLimit, 600);
        q = IJobRouter.Request({
            requester: address(consumer),
            programId: PROGRAM,
            inputHash: keccak256(input),
            callbackGasLimit: gasLimit,
            fee: uint96(fee),
            deadline: uint40(block.timestamp + 600)
        });
    }

    function test_fulfill_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 0.01 ether);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.expectEmit(address(router));
        emit JobFulfilled(jobId, enclaveSigner, 0, true);
        vm.prank(relayer);
        router.fulfill(f);
        assertEq(consumer.calls(), 1);
        assertEq(consumer.lastJobId(), jobId);
        assertEq(consumer.lastStatus(), 0);
        assertEq(consumer.lastOutput(), OUT);
        assertEq(router.commitments(jobId), bytes32(0));
        assertEq(_enclaveFees(enclaveSigner), 0.01 ether);
        // payee pulls the fee
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(payee.balance, 0.01 ether);
        assertEq(_enclaveFees(enclaveSigner), 0);
        assertEq(address(router).balance, 0);
    }

    function test_fulfill_failureStatus_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1 gwei);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 3, ""));
        assertEq(consumer.lastStatus(), 3);
        assertEq(_enclaveFees(enclaveSigner), 1 gwei, "a signed failure still pays the enclave");
    }

    function test_fulfill_eoaRequester_noCallback_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 100_000, 600, 1);
        vm.expectEmit(address(router));
        emit JobFulfilled(jobId, enclaveSigner, 0, true);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
        assertEq(router.commitments(jobId), bytes32(0));
    }

    function test_fulfill_zeroCallbackGas_skipsCallback_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(0, 1);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
        assertEq(consumer.calls(), 0);
        assertEq(router.commitments(jobId), bytes32(0));
    }

    function test_fulfill_twice_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        router.fulfill(f);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.UnknownJob)
        );
        router.fulfill(f);
        assertEq(_enclaveFees(enclaveSigner), 1 ether, "paid once");
        assertEq(consumer.calls(), 1);
    }

    function test_fulfill_unknownJob_reverts() public {
        (, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        bytes32 bogus = keccak256("bogus");
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, bogus, q, 0, OUT);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, bogus, JobRouter.Refusal.UnknownJob)
        );
        router.fulfill(f);
    }

    function test_fulfill_afterDeadline_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.warp(q.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.Expired));
        router.fulfill(f);
    }

    function test_fulfill_atDeadline_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.warp(q.deadline);
        router.fulfill(f);
        assertEq(consumer.calls(), 1);
    }

    // Every request field is bound: changing any one of them is refused.
    function test_fulfill_changedRequestField_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
        for (uint256 field = 0; field < 6; ++field) {
            IJobRouter.Request memory m =
                IJobRouter.Request(q.requester, q.programId, q.inputHash, q.callbackGasLimit, q.fee, q.deadline);
            if (field == 0) m.requester = user;
            if (field == 1) m.programId = keccak256("other program");
            if (field == 2) m.inputHash = keccak256("other input");
            if (field == 3) m.callbackGasLimit = q.callbackGasLimit + 1;
            if (field == 4) m.fee = q.fee - 1;
            if (field == 5) m.deadline = q.deadline + 1;
            // Signed honestly over the changed fields: still refused, the commitment differs.
            JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, m, 0, OUT);
            vm.expectRevert(
                abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.RequestMismatch)
            );
            router.fulfill(f);
        }
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    // Changing the status or the output after signing recovers another signer.
    function test_fulfill_changedResult_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        f.status = 2;
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
        f.status = 0;
        f.output = hex"01";
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_replayOtherChain_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        (bytes32 r, bytes32 vs) =
            _signDigest(enclavePk, _digest(address(router), block.chainid + 1, jobId, _commitment(q), 0, OUT));
        JobRouter.Fulfillment memory f =
            JobRouter.Fulfillment({jobId: jobId, request: q, status: 0, output: OUT, r: r, vs: vs});
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_chainForkRecomputesDomain_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        bytes32 before = router.domainSeparator();
        vm.chainId(block.chainid + 7); // the same router, after a chain split
        assertTrue(router.domainSeparator() != before);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_replayOtherRouter_reverts() public {
        JobRouter other = new JobRouter(owner, true, MAX_INPUT, MAX_CB_GAS, MIN_TTL, MAX_TTL);
        vm.startPrank(owner);
        other.setRegistrar(registrar, true);
        other.allowMrEnclave(MRENCLAVE);
        vm.stopPrank();
        vm.prank(registrar);
        other.registerEnclave(_registration(enclaveSigner, payee, uint40(block.timestamp + 1 days)));

        // Same request on both routers; the result signed for `router` is submitted to `other`.
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "in", 0, 600, 1);
        vm.prank(user);
        bytes32 otherId = other.requestJob{value: 1}(PROGRAM, "in", 0, 600);
        assertTrue(otherId != jobId, "job ids differ across routers");
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        f.jobId = otherId;
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, otherId, JobRouter.Refusal.InactiveEnclave)
        );
        other.fulfill(f);
    }

    function test_fulfill_replayOtherJob_reverts() public {
        (bytes32 a, IJobRouter.Request memory qa) = _consumerJob(300_000, 1);
        (bytes32 b, IJobRouter.Request memory qb) = _consumerJob(300_000, 1);
        assertEq(keccak256(abi.encode(qa)), keccak256(abi.encode(qb)), "identical requests");
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, a, qa, 0, OUT);
        f.jobId = b;
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, b, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_malleableSignature_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        uint256 s = uint256(f.vs) & ((1 << 255) - 1);
        uint256 parity = uint256(f.vs) >> 255;
        // (r, n - s, flipped parity) is the other valid ECDSA signature of the same digest.
        // In compact (EIP-2098) form n - s mostly does not fit in 255 bits, so the malleated
        // signature names another key; either way it is refused and the job stays open.
        f.vs = bytes32((n - s) | ((parity ^ 1) << 255));
        vm.expectRevert();
        router.fulfill(f);
        assertEq(router.commitments(jobId), _commitment(q));
    }

    // High-s values that do fit the compact form are refused explicitly.
    function test_fulfill_highS_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        uint256 halfN = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
        f.vs = bytes32(halfN + 1);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.BadSignature)
        );
        router.fulfill(f);
    }

    function test_fulfill_garbageSignature_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        f.r = bytes32(0);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.BadSignature)
        );
        router.fulfill(f);
    }

    function test_fulfill_unregisteredKey_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(0xBAD, jobId, q, 0, OUT));
    }

    function test_fulfill_expiredKey_reverts() public {
        _register(enclaveSigner, payee, uint40(block.timestamp + 120));
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.warp(block.timestamp + 120);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    function test_fulfill_revokedKey_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.prank(owner);
        router.revokeEnclave(enclaveSigner);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    function test_fulfill_deallowlistedKey_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.prank(owner);
        router.removeMeasurement(key);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    // A front-runner who copies the relayer's signed result settles the job but earns nothing:
    // the fee goes to the signing enclave's payee.
    function test_fulfill_frontRunnerCopy_paysEnclave_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        address thief = makeAddr("thief");
        vm.prank(thief);
        router.fulfill(f);
        assertEq(_enclaveFees(enclaveSigner), 1 ether);
        assertEq(router.balanceOf(thief), 0);
        assertEq(thief.balance, 0);
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(payee.balance, 1 ether);
        // the honest relayer's copy is then refused, nothing paid twice
        vm.prank(relayer);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.UnknownJob)
        );
        router.fulfill(f);
    }

    function test_fulfill_revertingCallback_stillPays_succeeds() public {
        RevertingConsumer rc = new RevertingConsumer(address(router));
        bytes32 jobId = rc.request{value: 5}(PROGRAM, "", 50_000, 600);
        IJobRouter.Request memory q =
            IJobRouter.Request(address(rc), PROGRAM, keccak256(""), 50_000, 5, uint40(block.timestamp + 600));
        vm.expectEmit(address(router));
        emit CallbackFailed(jobId, abi.encodeWithSelector(RevertingConsumer.Nope.selector, 42));
        vm.expectEmit(address(router));
        emit JobFulfilled(jobId, enclaveSigner, 0, false);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
        assertEq(router.commitments(jobId), bytes32(0));
        assertEq(_enclaveFees(enclaveSigner), 5);
    }

    function test_fulfill_returnBomb_capsCopy_succeeds() public {
        ReturnBomb rb = new ReturnBomb(address(router));
        bytes32 jobId = rb.request(PROGRAM, "", 500_000, 600);
        IJobRouter.Request memory q =
            IJobRouter.Request(address(rb), PROGRAM, keccak256(""), 500_000, 0, uint40(block.timestamp + 600));
        vm.recordLogs();
        router.fulfill{gas: 1_000_000}(_fulfillment(enclavePk, jobId, q, 0, OUT));
        VmLog[] memory logs = _logs();
        bytes memory data = abi.decode(logs[0].data, (bytes));
        assertEq(data.length, router.MAX_REVERT_DATA());
    }

    function test_fulfill_gasGuzzler_cannotBlockPayment_succeeds() public {
        GasBurner g = new GasBurner(address(router), type(uint256).max);
        bytes32 jobId = g.request(PROGRAM, "", 300_000, 600);
        IJobRouter.Request memory q =
            IJobRouter.Request(address(g), PROGRAM, keccak256(""), 300_000, 0, uint40(block.timestamp + 600));
        vm.expectEmit(address(router));
        emit JobFulfilled(jobId, enclaveSigner, 0, false);
        router.fulfill{gas: 500_000}(_fulfillment(enclavePk, jobId, q, 0, OUT));
        assertEq(router.commitments(jobId), bytes32(0));
    }

    // The callback always runs with at least its full gas limit: a relayer cannot starve it.
    function test_fulfill_callbackGetsExactGas_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        router.fulfill{gas: 1_000_000}(_fulfillment(enclavePk, jobId, q, 0, OUT));
        // gasleft() at entry of _onJobResult: the limit minus the dispatch code before it.
        assertGt(consumer.gasAtEntry(), 300_000 - 2_000);
        assertLe(consumer.gasAtEntry(), 300_000);
    }

    // A relayer passing too little gas makes the whole transaction revert: the job stays open and
    // is never marked fulfilled with a starved callback.
    function test_fulfill_tooLittleGas_reverts() public {
        GasBurner g = new GasBurner(address(router), 250_000);
        bytes32 jobId = g.request(PROGRAM, "", 300_000, 600);
        IJobRouter.Request memory q =
            IJobRouter.Request(address(g), PROGRAM, keccak256(""), 300_000, 0, uint40(block.timestamp + 600));
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        (bool ok, bytes memory ret) = address(router).call{gas: 200_000}(abi.encodeCall(JobRouter.fulfill, (f)));
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(JobRouter.InsufficientGasForCallback.selector, jobId));
        assertEq(router.commitments(jobId), _commitment(q), "job still open");
        assertFalse(g.done());
        router.fulfill{gas: 600_000}(f);
        assertTrue(g.done());
    }

    /// forge-config: default.fuzz.runs = 200
    function testFuzz_fulfill_gasSupplied_neverStarvesCallback(uint256 gasSupplied) public {
        gasSupplied = bound(gasSupplied, 60_000, 400_000);
        GasBurner g = new GasBurner(address(router), 150_000);
        bytes32 jobId = g.request(PROGRAM, "", 200_000, 600);
        IJobRouter.Request memory q =
            IJobRouter.Request(address(g), PROGRAM, keccak256(""), 200_000, 0, uint40(block.timestamp + 600));
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        (bool ok,) = address(router).call{gas: gasSupplied}(abi.encodeCall(JobRouter.fulfill, (f)));
        if (ok) {
            assertTrue(g.done(), "fulfilled only with a callback that had all its gas");
            assertEq(router.commitments(jobId), bytes32(0));
        } else {
            assertEq(router.commitments(jobId), _commitment(q), "a failed transaction leaves the job open");
        }
    }

    function test_fulfill_reentrantCallback_settlesOnce_succeeds() public {
        ReentrantConsumer rc = new ReentrantConsumer(address(router));
        vm.deal(address(this), 1 ether);
        bytes32 jobId = rc.request{value: 1 ether}(PROGRAM, "", 500_000, 600);
        IJobRouter.Request memory q =
            IJobRouter.Request(address(rc), PROGRAM, keccak256(""), 500_000, 1 ether, uint40(block.timestamp + 600));
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        rc.arm(f);
        router.fulfill{gas: 2_000_000}(f);
        assertEq(rc.calls(), 1);
        assertFalse(rc.reentryFulfillSucceeded());
        assertFalse(rc.reentryCancelSucceeded());
        assertFalse(rc.reentryWithdrawSucceeded());
        assertEq(_enclaveFees(enclaveSigner), 1 ether);
        assertEq(address(router).balance, 1 ether);
    }

    // ------------------------------------------------------------ fulfillBatch

    function test_fulfillBatch_succeeds() public {
        JobRouter.Fulfillment[] memory fs = new JobRouter.Fulfillment[](5);
        for (uint256 i = 0; i < fs.length; ++i) {
            (bytes32 id, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
            fs[i] = _fulfillment(enclavePk, id, q, 0, OUT);
        }
        assertEq(router.fulfillBatch(fs), 5);
        assertEq(consumer.calls(), 5);
        assertEq(_enclaveFees(enclaveSigner), 5 ether);
    }

    function test_fulfillBatch_twoEnclaves_creditsEach_succeeds() public {
        uint256 pk2 = 0xB0B;
        address payee2 = makeAddr("payee2");
        _register(vm.addr(pk2), payee2, uint40(block.timestamp + 1 days));
        JobRouter.Fulfillment[] memory fs = new JobRouter.Fulfillment[](4);
        for (uint256 i = 0; i < fs.length; ++i) {
            (bytes32 id, IJobRouter.Request memory q) = _consumerJob(300_000, (i + 1) * 1 ether);
            fs[i] = _fulfillment(i % 2 == 0 ? enclavePk : pk2, id, q, 0, OUT);
        }
        assertEq(router.fulfillBatch(fs), 4);
        assertEq(_enclaveFees(enclaveSigner), 1 ether + 3 ether);
        assertEq(_enclaveFees(vm.addr(pk2)), 2 ether + 4 ether);
    }

    // One result settled by someone else first, one forged, one expired: skipped, the rest settle.
    function test_fulfillBatch_skipsRefused_succeeds() public {
        JobRouter.Fulfillment[] memory fs = new JobRouter.Fulfillment[](4);
        for (uint256 i = 0; i < fs.length; ++i) {
            (bytes32 id, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
            fs[i] = _fulfillment(enclavePk, id, q, 0, OUT);
        }
        router.fulfill(fs[0]); // front-run
        fs[1] = _fulfillment(0xBAD, fs[1].jobId, fs[1].request, 0, OUT); // forged
        vm.expectEmit(address(router));
        emit FulfillmentSkipped(fs[0].jobId, JobRouter.Refusal.UnknownJob);
        vm.expectEmit(address(router));
        emit FulfillmentSkipped(fs[1].jobId, JobRouter.Refusal.InactiveEnclave);
        assertEq(router.fulfillBatch(fs), 2);
        assertEq(_enclaveFees(enclaveSigner), 3 ether);
        assertEq(router.commitments(fs[1].jobId), _commitment(fs[1].request), "forged one stays open");
        // a duplicate inside one batch settles once
        JobRouter.Fulfillment[] memory dup = new JobRouter.Fulfillment[](2);
        (bytes32 id2, IJobRouter.Request memory q2) = _consumerJob(300_000, 1 ether);
        dup[0] = _fulfillment(enclavePk, id2, q2, 0, OUT);
        dup[1] = dup[0];
        assertEq(router.fulfillBatch(dup), 1);
        assertEq(_enclaveFees(enclaveSigner), 4 ether);
    }

    function test_fulfillBatch_tooLittleGas_revertsAll() public {
        GasBurner g = new GasBurner(address(router), 150_000);
        JobRouter.Fulfillment[] memory fs = new JobRouter.Fulfillment[](3);
        for (uint256 i = 0; i < fs.length; ++i) {
            bytes32 id = g.request(PROGRAM, "", 200_000, 600);
            IJobRouter.Request memory q =
                IJobRouter.Request(address(g), PROGRAM, keccak256(""), 200_000, 0, uint40(block.timestamp + 600));
            fs[i] = _fulfillment(enclavePk, id, q, 0, OUT);
        }
        (bool ok, bytes memory ret) = address(router).call{gas: 450_000}(abi.encodeCall(JobRouter.fulfillBatch, (fs)));
        assertFalse(ok);
        assertEq(bytes4(ret), JobRouter.InsufficientGasForCallback.selector);
        for (uint256 i = 0; i < fs.length; ++i) {
            assertEq(router.commitments(fs[i].jobId), _commitment(fs[i].request));
        }
    }

    function test_check_reportsRefusal_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        (address signer, JobRouter.Refusal why) = router.check(f);
        assertEq(signer, enclaveSigner);
        assertEq(uint8(why), uint8(JobRouter.Refusal.None));
        router.fulfill(f);
        (, why) = router.check(f);
        assertEq(uint8(why), uint8(JobRouter.Refusal.UnknownJob));
    }

    // ------------------------------------------------------------ cancel, withdraw

    function test_cancel_afterDeadline_refunds_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 2 ether);
        vm.warp(q.deadline + 1);
        vm.expectEmit(address(router));
        emit JobCancelled(jobId, user, 2 ether);
        vm.prank(makeAddr("keeper")); // anyone may cancel; the refund is the requester's
        router.cancel(jobId, q);
        assertEq(router.balanceOf(user), 2 ether);
        assertEq(router.commitments(jobId), bytes32(0));
        uint256 before = user.balance;
        vm.prank(user);
        assertEq(router.withdraw(payable(user)), 2 ether);
        assertEq(user.balance, before + 2 ether);
        assertEq(router.balanceOf(user), 0);
        // the job cannot be fulfilled or cancelled again
        vm.expectRevert(abi.encodeWithSelector(JobRouter.UnknownJob.selector, jobId));
        router.cancel(jobId, q);
    }

    function test_cancel_beforeDeadline_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        vm.warp(q.deadline);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.NotExpired.selector, jobId, uint256(q.deadline)));
        router.cancel(jobId, q);
    }

    function test_cancel_wrongFields_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        vm.warp(q.deadline + 1);
        q.fee = 2 ether;
        vm.expectRevert(abi.encodeWithSelector(JobRouter.UnknownJob.selector, jobId));
        router.cancel(jobId, q);
    }

    function test_cancel_afterFulfill_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
        vm.warp(q.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(JobRouter.UnknownJob.selector, jobId));
        router.cancel(jobId, q);
    }

    function test_consumer_cancelAndWithdraw_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 3 ether);
        vm.warp(q.deadline + 1);
        consumer.cancelJob(jobId, q);
        assertEq(router.balanceOf(address(consumer)), 3 ether);
        address sink = makeAddr("sink");
        consumer.withdrawRefunds(payable(sink));
        assertEq(sink.balance, 3 ether);
    }

    function test_withdraw_nothing_reverts() public {
        vm.prank(user);
        vm.expectRevert(Escrow.NothingToWithdraw.selector);
        router.withdraw(payable(user));
    }

    function test_withdraw_refusingReceiver_reverts() public {
        EtherRefuser refuser = new EtherRefuser();
        (bytes32 jobId, IJobRouter.Request memory q) = _request(address(refuser), "x", 0, 600, 1 ether);
        vm.warp(q.deadline + 1);
        router.cancel(jobId, q);
        vm.expectRevert(abi.encodeWithSelector(Escrow.TransferFailed.selector, address(refuser), 1 ether));
        refuser.withdrawFrom(router);
        assertEq(router.balanceOf(address(refuser)), 1 ether, "nothing lost");
    }

    function test_withdrawEnclaveFees_nothing_reverts() public {
        vm.expectRevert(abi.encodeWithSignature("NothingToPay(address)", enclaveSigner));
        router.withdrawEnclaveFees(enclaveSigner);
    }

    function test_consumer_onlyRouter_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(TeeOracleConsumer.OnlyRouter.selector, address(this)));
        consumer.onJobResult(bytes32(0), 0, "");
    }

    function test_resultTypehash_matchesString_succeeds() public view {
        assertEq(
            router.RESULT_TYPEHASH(), keccak256("JobResult(bytes32 jobId,bytes32 commitment,uint8 status,bytes output)")
        );
    }

    function test_eip712Domain_matches_succeeds() public view {
        (, string memory name, string memory version, uint256 chainId, address verifying,,) = router.eip712Domain();
        assertEq(name, "TeeOracle");
        assertEq(version, "1");
        assertEq(chainId, block.chainid);
        assertEq(verifying, address(router));
        bytes32 c = keccak256("c");
        assertEq(
            router.resultDigest(bytes32(uint256(1)), c, 0, OUT),
            _digest(address(router), block.chainid, bytes32(uint256(1)), c, 0, OUT)
        );
    }

    // ------------------------------------------------------------ fuzz

    function testFuzz_requestAndFulfill_accountsFees(
        uint96 fee,
        uint16 inputLen,
        uint32 gasLimit,
        uint32 ttl,
        uint8 status
    ) public {
        inputLen = uint16(bound(inputLen, 0, MAX_INPUT));
        gasLimit = uint32(bound(gasLimit, 0, 200_000));
        ttl = uint32(bound(ttl, MIN_TTL, MAX_TTL));
        fee = uint96(bound(fee, 0, 1_000 ether));
        bytes memory input = new bytes(inputLen);
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, input, gasLimit, ttl, fee);
        router.fulfill(_fulfillment(enclavePk, jobId, q, status, OUT));
        assertEq(_enclaveFees(enclaveSigner), fee);
        assertEq(address(router).balance, fee);
    }

    function testFuzz_fulfill_randomSignature_reverts(bytes32 r, bytes32 vs) public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        JobRouter.Fulfillment memory f =
            JobRouter.Fulfillment({jobId: jobId, request: q, status: 0, output: OUT, r: r, vs: vs});
        vm.expectRevert();
        router.fulfill(f);
        assertEq(router.commitments(jobId), _commitment(q));
    }

    function testFuzz_fulfill_otherKey_reverts(uint256 pk) public {
        pk = bound(pk, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        vm.assume(pk != enclavePk);
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.expectRevert(
            abi.encodeWithSelector(JobRouter.FulfillmentRefused.selector, jobId, JobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(pk, jobId, q, 0, OUT));
    }

    function _logs() internal returns (VmLog[] memory out) {
        Vm.Log[] memory raw = vm.getRecordedLogs();
        out = new VmLog[](raw.length);
        uint256 n;
        for (uint256 i = 0; i < raw.length; ++i) {
            if (raw[i].emitter == address(router) && raw[i].topics[0] == CallbackFailed.selector) {
                out[n++] = VmLog(raw[i].data);
            }
        }
        assembly {
            mstore(out, n)
        }
    }

    struct VmLog {
        bytes data;
    }
}
