// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOwned2Step} from "../src/interfaces/IOwned2Step.sol";
import {IJobRouterAdmin} from "../src/interfaces/IJobRouterAdmin.sol";
import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {RouterFixture} from "./Base.t.sol";
import {Vm} from "forge-std/Vm.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {IEscrow} from "../src/interfaces/IEscrow.sol";
import {IProgramRegistry} from "../src/interfaces/IProgramRegistry.sol";
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

    function setUp() public override {
        super.setUp();
        consumer = new RecordingConsumer(address(router));
    }

    // ------------------------------------------------------------ requestJob

    function test_requestJob_succeeds() public {
        bytes memory input = hex"deadbeef";
        bytes32 expectedId = keccak256(abi.encode(block.chainid, address(router), uint64(0)));
        vm.expectEmit(address(router));
        emit IJobRouter.JobRequested(
            expectedId, user, PROGRAM, user, 1, 0, input, 50_000, 1 ether, 0, uint40(block.timestamp + 600)
        );
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
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.UnknownProgram.selector, bytes32(0)));
        router.requestJob(bytes32(0), 0, user, "", 0, 600);
    }

    function test_requestJob_inputTooLarge_reverts() public {
        bytes memory input = new bytes(MAX_INPUT + 1);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.InputTooLarge.selector, MAX_INPUT + 1, MAX_INPUT));
        router.requestJob(PROGRAM, 0, user, input, 0, 600);
    }

    function test_requestJob_callbackGasTooHigh_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.CallbackGasTooHigh.selector, MAX_CB_GAS + 1, MAX_CB_GAS));
        router.requestJob(PROGRAM, 0, user, "", MAX_CB_GAS + 1, 600);
    }

    function test_requestJob_ttlOutOfRange_reverts() public {
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.TtlOutOfRange.selector, MIN_TTL - 1, MIN_TTL, MAX_TTL));
        router.requestJob(PROGRAM, 0, user, "", 0, MIN_TTL - 1);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.TtlOutOfRange.selector, MAX_TTL + 1, MIN_TTL, MAX_TTL));
        router.requestJob(PROGRAM, 0, user, "", 0, MAX_TTL + 1);
        vm.stopPrank();
    }

    function test_requestJob_feeTooHigh_reverts() public {
        uint256 fee = uint256(type(uint96).max) + 1;
        vm.deal(user, fee);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.FeeTooHigh.selector, fee));
        router.requestJob{value: fee}(PROGRAM, 0, user, "", 0, 600);
    }

    function test_requestJob_paused_reverts() public {
        vm.prank(owner);
        router.setConfig(MAX_INPUT, MAX_CB_GAS, MIN_TTL, MAX_TTL, true);
        vm.prank(user);
        vm.expectRevert(IJobRouter.Paused.selector);
        router.requestJob(PROGRAM, 0, user, "", 0, 600);
    }

    // Audit finding 1: a 0-wei job asking 2,000,000 callback gas made the relayer work at a loss.
    function test_requestJob_zeroFeeHugeCallbackGas_reverts() public {
        _setFees(50_000, 1 gwei); // 0.00005 ether + 1 gwei per callback gas
        uint256 floor = 50_000 gwei + 2_000_000 gwei;
        assertEq(router.quoteFee(PROGRAM, 2_000_000), floor);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, 0, floor));
        router.requestJob(PROGRAM, 0, user, "", 2_000_000, 600);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, floor - 1, floor));
        router.requestJob{value: floor - 1}(PROGRAM, 0, user, "", 2_000_000, 600);
        _request(user, "", 2_000_000, 600, floor);
    }

    function testFuzz_requestJob_feeFloor(
        uint32 baseGwei,
        uint40 perGas,
        uint8 pct,
        uint8 overheadK,
        uint64 baseFee,
        uint32 gasLimit,
        uint96 fee
    ) public {
        gasLimit = uint32(bound(gasLimit, 0, MAX_CB_GAS));
        baseGwei = uint32(bound(baseGwei, 0, 1e9)); // up to 1 ether
        perGas = uint40(bound(perGas, 0, 1e12)); // up to 1000 gwei
        baseFee = uint64(bound(baseFee, 0, 1e12));
        fee = uint96(bound(fee, 0, 100 ether));
        _setFees(IJobRouter.Fees(baseGwei, perGas, pct, overheadK));
        vm.fee(baseFee);
        uint256 price = uint256(baseFee) * pct / 100;
        if (price < perGas) price = perGas;
        uint256 floor = uint256(baseGwei) * 1 gwei + price * (uint256(gasLimit) + uint256(overheadK) * 1000);
        assertEq(router.quoteFeeAt(PROGRAM, gasLimit, baseFee), floor);
        assertEq(router.quoteFee(PROGRAM, gasLimit), floor);
        vm.deal(user, fee);
        vm.prank(user);
        (bool ok, bytes memory ret) = address(router).call{value: fee}(
            abi.encodeCall(IJobRouter.requestJob, (PROGRAM, 0, user, bytes(""), gasLimit, 600))
        );
        assertEq(ok, fee >= floor);
        if (!ok) assertEq(ret, abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, fee, floor));
    }

    function test_requestJob_nonceExhausted_reverts() public {
        // the nonce is the low 40 bits of the config slot
        bytes32 slot = _configSlot();
        vm.store(address(router), slot, vm.load(address(router), slot) | bytes32(uint256(0xffffffffff)));
        assertEq(router.config().nonce, 0xffffffffff);
        vm.prank(user);
        vm.expectRevert(IJobRouter.JobNonceExhausted.selector);
        router.requestJob(PROGRAM, 0, user, "", 0, 600);
    }

    function _configSlot() internal view returns (bytes32 slot) {
        // find the slot holding the config: the one whose low 40 bits move with the nonce
        for (uint256 i = 0; i < 32; ++i) {
            bytes32 before = vm.load(address(router), bytes32(i));
            if (uint256(before) >> 144 & 0xffffff == MAX_TTL && uint256(before) >> 128 & 0xffff == MIN_TTL) {
                return bytes32(i);
            }
        }
        revert("config slot not found");
    }

    struct RequestCase {
        bool paused;
        uint16 inputLen;
        uint32 gasLimit;
        uint32 ttl;
        uint32 version;
        uint96 fee;
        bool restricted;
    }

    /// Every refusal of requestJob, folded into one branch on the hot path, against a model that
    /// checks them one by one in the documented order.
    function testFuzz_requestJob_refusalsMatchModel(RequestCase memory k) public {
        k.inputLen = uint16(bound(k.inputLen, 0, MAX_INPUT + 2));
        k.gasLimit = uint32(bound(k.gasLimit, 0, MAX_CB_GAS + 2));
        k.ttl = uint32(bound(k.ttl, MIN_TTL - 2, MAX_TTL + 2));
        k.version = uint32(bound(k.version, 0, 4));
        k.fee = uint96(bound(k.fee, 0, 0.01 ether));
        vm.startPrank(author);
        router.publishVersion(NAME, keccak256("v2"), "bafy-v2");
        router.publishVersion(NAME, keccak256("v3"), "bafy-v3");
        router.retireVersionsBelow(NAME, 2);
        vm.stopPrank();
        _setPolicy(NAME, 0.001 ether, k.restricted);
        _setFees(1_000, 1 gwei);
        vm.startPrank(owner);
        router.setConfig(MAX_INPUT, MAX_CB_GAS, MIN_TTL, MAX_TTL, k.paused);
        vm.stopPrank();
        bytes memory want = _modelRefusal(k);
        vm.deal(user, k.fee);
        vm.prank(user);
        (bool ok, bytes memory ret) = address(router).call{value: k.fee}(
            abi.encodeCall(IJobRouter.requestJob, (PROGRAM, k.version, user, new bytes(k.inputLen), k.gasLimit, k.ttl))
        );
        if (want.length == 0) {
            assertTrue(ok, "accepted");
            IJobRouter.Request memory q = _req(
                user, user, PROGRAM, k.version == 0 ? 3 : k.version, new bytes(k.inputLen), k.gasLimit, k.fee, k.ttl
            );
            assertEq(router.commitments(abi.decode(ret, (bytes32))), _commitment(q));
        } else {
            assertFalse(ok, "refused");
            assertEq(ret, want);
        }
    }

    function _modelRefusal(RequestCase memory k) internal view returns (bytes memory) {
        uint32 resolved = k.version == 0 ? 3 : k.version;
        uint256 floor = 0.001 ether + 1_000 gwei + uint256(k.gasLimit) * 1 gwei;
        if (k.paused) return abi.encodeWithSelector(IJobRouter.Paused.selector);
        if (k.inputLen > MAX_INPUT) {
            return abi.encodeWithSelector(IJobRouter.InputTooLarge.selector, k.inputLen, MAX_INPUT);
        }
        if (k.gasLimit > MAX_CB_GAS) {
            return abi.encodeWithSelector(IJobRouter.CallbackGasTooHigh.selector, k.gasLimit, MAX_CB_GAS);
        }
        if (k.ttl < MIN_TTL || k.ttl > MAX_TTL) {
            return abi.encodeWithSelector(IJobRouter.TtlOutOfRange.selector, k.ttl, MIN_TTL, MAX_TTL);
        }
        if (k.restricted) return abi.encodeWithSelector(IProgramRegistry.RequesterNotAllowed.selector, PROGRAM, user);
        if (resolved < 2 || resolved > 3) {
            return abi.encodeWithSelector(IProgramRegistry.VersionUnavailable.selector, PROGRAM, resolved, 2, 3);
        }
        if (k.fee < floor) return abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, k.fee, floor);
        return "";
    }

    function test_setFees_onlyOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.setFees(1, 1, 1, 1);
    }

    function test_quoteFee_unknownProgram_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.UnknownProgram.selector, bytes32(uint256(1))));
        router.quoteFee(bytes32(uint256(1)), 0);
    }

    function test_setConfig_onlyOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.setConfig(1, 1, 1, 1, false);
    }

    function test_setConfig_badBounds_reverts() public {
        vm.startPrank(owner);
        vm.expectRevert(IJobRouterAdmin.BadConfig.selector);
        router.setConfig(1, 1, 0, 10, false);
        vm.expectRevert(IJobRouterAdmin.BadConfig.selector);
        router.setConfig(1, 1, 11, 10, false);
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
        q = _req(address(consumer), address(this), PROGRAM, 0, input, gasLimit, fee, 600);
        vm.deal(address(this), fee);
        jobId = consumer.request{value: fee}(PROGRAM, input, gasLimit, 600);
    }

    function test_fulfill_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 0.01 ether);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.expectEmit(address(router));
        emit IJobRouter.JobFulfilled(jobId, enclaveSigner, 0, true);
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
        emit IJobRouter.JobFulfilled(jobId, enclaveSigner, 0, true);
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
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        router.fulfill(f);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.UnknownJob)
        );
        router.fulfill(f);
        assertEq(_enclaveFees(enclaveSigner), 1 ether, "paid once");
        assertEq(consumer.calls(), 1);
    }

    function test_fulfill_unknownJob_reverts() public {
        (, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        bytes32 bogus = keccak256("bogus");
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, bogus, q, 0, OUT);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, bogus, IJobRouter.Refusal.UnknownJob)
        );
        router.fulfill(f);
    }

    function test_fulfill_afterDeadline_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.warp(q.deadline + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.Expired)
        );
        router.fulfill(f);
    }

    function test_fulfill_atDeadline_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.warp(q.deadline);
        router.fulfill(f);
        assertEq(consumer.calls(), 1);
    }

    // Every request field is bound: changing any one of them is refused.
    function test_fulfill_changedRequestField_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
        for (uint256 field = 0; field < 10; ++field) {
            IJobRouter.Request memory m = abi.decode(abi.encode(q), (IJobRouter.Request));
            if (field == 0) m.requester = user;
            if (field == 1) m.user = relayer;
            if (field == 2) m.programId = keccak256("other program");
            if (field == 3) m.version = q.version + 1;
            if (field == 4) m.epoch = q.epoch + 1;
            if (field == 5) m.inputHash = keccak256("other input");
            if (field == 6) m.callbackGasLimit = q.callbackGasLimit + 1;
            if (field == 7) m.fee = q.fee - 1;
            if (field == 8) m.authorFee = q.authorFee + 1;
            if (field == 9) m.deadline = q.deadline + 1;
            // Signed honestly over the changed fields: still refused, the commitment differs.
            IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, m, 0, OUT);
            vm.expectRevert(
                abi.encodeWithSelector(
                    IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.RequestMismatch
                )
            );
            router.fulfill(f);
        }
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    // Changing the status or the output after signing recovers another signer.
    function test_fulfill_changedResult_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        f.status = 2;
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
        f.status = 0;
        f.output = hex"01";
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_replayOtherChain_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        (bytes32 r, bytes32 vs) =
            _signDigest(enclavePk, _digest(address(router), block.chainid + 1, jobId, _commitment(q), 0, OUT));
        IJobRouter.Fulfillment memory f =
            IJobRouter.Fulfillment({jobId: jobId, request: q, status: 0, output: OUT, r: r, vs: vs});
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_chainForkRecomputesDomain_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        bytes32 before = router.domainSeparator();
        vm.chainId(block.chainid + 7); // the same router, after a chain split
        assertTrue(router.domainSeparator() != before);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_replayOtherRouter_reverts() public {
        IJobRouterFull other = _newRouter(owner, true);
        vm.startPrank(owner);
        other.setRegistrar(registrar, true);
        other.allowMrEnclave(MRENCLAVE);
        vm.stopPrank();
        vm.prank(registrar);
        other.registerEnclave(_registration(enclaveSigner, payee, uint40(block.timestamp + 1 days)));
        vm.startPrank(author); // the same author and name: the same programId on every router
        assertEq(other.createProgram(NAME, 0, false), PROGRAM);
        other.publishVersion(NAME, CODE_V1, "bafy-v1");
        vm.stopPrank();

        // Same request on both routers; the result signed for `router` is submitted to `other`.
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "in", 0, 600, 1);
        vm.prank(user);
        bytes32 otherId = other.requestJob{value: 1}(PROGRAM, 0, user, "in", 0, 600);
        assertTrue(otherId != jobId, "job ids differ across routers");
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        f.jobId = otherId;
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, otherId, IJobRouter.Refusal.InactiveEnclave)
        );
        other.fulfill(f);
    }

    function test_fulfill_replayOtherJob_reverts() public {
        (bytes32 a, IJobRouter.Request memory qa) = _consumerJob(300_000, 1);
        (bytes32 b, IJobRouter.Request memory qb) = _consumerJob(300_000, 1);
        assertEq(keccak256(abi.encode(qa)), keccak256(abi.encode(qb)), "identical requests");
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, a, qa, 0, OUT);
        f.jobId = b;
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, b, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(f);
    }

    function test_fulfill_malleableSignature_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
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
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        uint256 halfN = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
        f.vs = bytes32(halfN + 1);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.BadSignature)
        );
        router.fulfill(f);
    }

    function test_fulfill_garbageSignature_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        f.r = bytes32(0);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.BadSignature)
        );
        router.fulfill(f);
    }

    function test_fulfill_unregisteredKey_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(0xBAD, jobId, q, 0, OUT));
    }

    function test_fulfill_expiredKey_reverts() public {
        _register(enclaveSigner, payee, uint40(block.timestamp + 120));
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.warp(block.timestamp + 120);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    function test_fulfill_revokedKey_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.prank(owner);
        router.revokeEnclave(enclaveSigner);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    function test_fulfill_deallowlistedKey_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.prank(owner);
        router.removeMeasurement(key);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
    }

    // A front-runner who copies the relayer's signed result settles the job but earns nothing:
    // the fee goes to the signing enclave's payee.
    function test_fulfill_frontRunnerCopy_paysEnclave_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
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
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.UnknownJob)
        );
        router.fulfill(f);
    }

    function test_fulfill_revertingCallback_stillPays_succeeds() public {
        RevertingConsumer rc = new RevertingConsumer(address(router));
        bytes32 jobId = rc.request{value: 5}(PROGRAM, "", 50_000, 600);
        IJobRouter.Request memory q = _req(address(rc), address(this), PROGRAM, 0, "", 50_000, 5, 600);
        vm.expectEmit(address(router));
        emit IJobRouter.CallbackFailed(jobId, abi.encodeWithSelector(RevertingConsumer.Nope.selector, 42));
        vm.expectEmit(address(router));
        emit IJobRouter.JobFulfilled(jobId, enclaveSigner, 0, false);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
        assertEq(router.commitments(jobId), bytes32(0));
        assertEq(_enclaveFees(enclaveSigner), 5);
    }

    function test_fulfill_returnBomb_capsCopy_succeeds() public {
        ReturnBomb rb = new ReturnBomb(address(router));
        bytes32 jobId = rb.request(PROGRAM, "", 500_000, 600);
        IJobRouter.Request memory q = _req(address(rb), address(this), PROGRAM, 0, "", 500_000, 0, 600);
        vm.recordLogs();
        router.fulfill{gas: 1_000_000}(_fulfillment(enclavePk, jobId, q, 0, OUT));
        VmLog[] memory logs = _logs();
        bytes memory data = abi.decode(logs[0].data, (bytes));
        assertEq(data.length, router.MAX_REVERT_DATA());
    }

    function test_fulfill_gasGuzzler_cannotBlockPayment_succeeds() public {
        GasBurner g = new GasBurner(address(router), type(uint256).max);
        bytes32 jobId = g.request(PROGRAM, "", 300_000, 600);
        IJobRouter.Request memory q = _req(address(g), address(this), PROGRAM, 0, "", 300_000, 0, 600);
        vm.expectEmit(address(router));
        emit IJobRouter.JobFulfilled(jobId, enclaveSigner, 0, false);
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
        IJobRouter.Request memory q = _req(address(g), address(this), PROGRAM, 0, "", 300_000, 0, 600);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        (bool ok, bytes memory ret) = address(router).call{gas: 200_000}(abi.encodeCall(IJobRouter.fulfill, (f)));
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(IJobRouter.InsufficientGasForCallback.selector, jobId));
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
        IJobRouter.Request memory q = _req(address(g), address(this), PROGRAM, 0, "", 200_000, 0, 600);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        (bool ok,) = address(router).call{gas: gasSupplied}(abi.encodeCall(IJobRouter.fulfill, (f)));
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
        IJobRouter.Request memory q = _req(address(rc), address(this), PROGRAM, 0, "", 500_000, 1 ether, 600);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
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
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](5);
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
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](4);
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
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](4);
        for (uint256 i = 0; i < fs.length; ++i) {
            (bytes32 id, IJobRouter.Request memory q) = _consumerJob(300_000, 1 ether);
            fs[i] = _fulfillment(enclavePk, id, q, 0, OUT);
        }
        router.fulfill(fs[0]); // front-run
        fs[1] = _fulfillment(0xBAD, fs[1].jobId, fs[1].request, 0, OUT); // forged
        vm.expectEmit(address(router));
        emit IJobRouter.FulfillmentSkipped(fs[0].jobId, IJobRouter.Refusal.UnknownJob);
        vm.expectEmit(address(router));
        emit IJobRouter.FulfillmentSkipped(fs[1].jobId, IJobRouter.Refusal.InactiveEnclave);
        assertEq(router.fulfillBatch(fs), 2);
        assertEq(_enclaveFees(enclaveSigner), 3 ether);
        assertEq(router.commitments(fs[1].jobId), _commitment(fs[1].request), "forged one stays open");
        // a duplicate inside one batch settles once
        IJobRouter.Fulfillment[] memory dup = new IJobRouter.Fulfillment[](2);
        (bytes32 id2, IJobRouter.Request memory q2) = _consumerJob(300_000, 1 ether);
        dup[0] = _fulfillment(enclavePk, id2, q2, 0, OUT);
        dup[1] = dup[0];
        assertEq(router.fulfillBatch(dup), 1);
        assertEq(_enclaveFees(enclaveSigner), 4 ether);
    }

    /// GasBurner consumers each burning `burn` of a `limit` callback, one job each.
    function _burnerJobs(uint256 n, uint256 burn, uint32 limit)
        internal
        returns (GasBurner[] memory gs, IJobRouter.Fulfillment[] memory fs)
    {
        gs = new GasBurner[](n);
        fs = new IJobRouter.Fulfillment[](n);
        for (uint256 i = 0; i < n; ++i) {
            gs[i] = new GasBurner(address(router), burn);
            bytes32 id = gs[i].request(PROGRAM, "", limit, 600);
            fs[i] =
                _fulfillment(enclavePk, id, _req(address(gs[i]), address(this), PROGRAM, 0, "", limit, 0, 600), 0, OUT);
        }
    }

    // Too little gas for the next callback: the batch stops there instead of reverting; the entries
    // before it are settled, it and the rest stay open.
    function test_fulfillBatch_tooLittleGas_stops_succeeds() public {
        (GasBurner[] memory gs, IJobRouter.Fulfillment[] memory fs) = _burnerJobs(3, 150_000, 200_000);
        uint256 need = router.gasFor(200_000, OUT.length);
        vm.expectEmit(true, true, false, false, address(router));
        emit IJobRouter.BatchStopped(1, fs[1].jobId, 0, 0);
        (bool ok, bytes memory ret) =
            address(router).call{gas: need + 100_000}(abi.encodeCall(IJobRouter.fulfillBatch, (fs)));
        assertTrue(ok);
        assertEq(abi.decode(ret, (uint256)), 1);
        assertTrue(gs[0].done());
        assertEq(router.commitments(fs[0].jobId), bytes32(0));
        for (uint256 i = 1; i < fs.length; ++i) {
            assertFalse(gs[i].done());
            assertEq(router.commitments(fs[i].jobId), _commitment(fs[i].request));
        }
    }

    // Audit finding 2: a callback cheap under eth_estimateGas that burns its whole 2M limit when
    // mined, ahead of ten honest 200k jobs. Sized from the sum of gasFor, the batch settles all
    // eleven; sized from the honest jobs' gas alone (what an estimate saw), it stops at the hostile
    // entry with every honest job before it settled, instead of reverting and settling nothing.
    function test_fulfillBatch_hostileCallback_cannotSinkBatch_succeeds() public {
        (GasBurner[] memory honest, IJobRouter.Fulfillment[] memory hs) = _burnerJobs(10, 150_000, 200_000);
        GasBurner hostile = new GasBurner(address(router), type(uint256).max);
        bytes32 hid = hostile.request(PROGRAM, "", 2_000_000, 600);
        IJobRouter.Fulfillment memory h = _fulfillment(
            enclavePk, hid, _req(address(hostile), address(this), PROGRAM, 0, "", 2_000_000, 0, 600), 0, OUT
        );
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](11);
        uint256 total;
        for (uint256 i = 0; i < 11; ++i) {
            fs[i] = i == 5 ? h : hs[i < 5 ? i : i - 1];
            total += router.gasFor(fs[i].request.callbackGasLimit, OUT.length);
        }
        uint256 snap = vm.snapshotState();
        // too little for the hostile entry: stops at index 5, the five honest jobs before it settle
        vm.expectEmit(true, true, false, false, address(router));
        emit IJobRouter.BatchStopped(5, hid, 0, 0);
        assertEq(router.fulfillBatch{gas: total - 2_000_000}(fs), 5);
        for (uint256 i = 0; i < 10; ++i) {
            assertEq(honest[i].done(), i < 5);
        }
        assertEq(router.commitments(hid), _commitment(h.request), "the hostile job stays open");
        // the relayer resends the rest: they settle
        vm.revertToState(snap);
        assertEq(router.fulfillBatch{gas: total + 50_000}(fs), 11);
        for (uint256 i = 0; i < 10; ++i) {
            assertTrue(honest[i].done());
        }
    }

    /// forge-config: default.fuzz.runs = 100
    function testFuzz_fulfillBatch_stopPoint(uint256 gas, uint256 seed) public {
        uint256 n = 5;
        GasBurner[] memory gs = new GasBurner[](n);
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](n);
        for (uint256 i = 0; i < n; ++i) {
            uint32 limit = uint32(bound(uint256(keccak256(abi.encode(seed, i))), 40_000, 300_000));
            // burns all but what its dispatch and the final `done = true` write need: it finishes
            // only when it got its whole limit
            gs[i] = new GasBurner(address(router), limit - 30_000);
            bytes32 id = gs[i].request(PROGRAM, "", limit, 600);
            fs[i] =
                _fulfillment(enclavePk, id, _req(address(gs[i]), address(this), PROGRAM, 0, "", limit, 0, 600), 0, OUT);
        }
        gas = bound(gas, 80_000, 2_500_000);
        (bool ok, bytes memory ret) = address(router).call{gas: gas}(abi.encodeCall(IJobRouter.fulfillBatch, (fs)));
        assertTrue(ok, "a batch never reverts for lack of callback gas");
        uint256 settled = abi.decode(ret, (uint256));
        for (uint256 i = 0; i < n; ++i) {
            bool closed = router.commitments(fs[i].jobId) == bytes32(0);
            assertEq(closed, i < settled, "a settled prefix, the rest open");
            // a callback that ran had its whole limit: GasBurner(limit) only finishes with it
            if (closed) assertTrue(gs[i].done(), "the callback had its whole limit");
            if (!closed) assertFalse(gs[i].done());
        }
    }

    function test_check_reportsRefusal_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        (address signer, IJobRouter.Refusal why) = router.check(f);
        assertEq(signer, enclaveSigner);
        assertEq(uint8(why), uint8(IJobRouter.Refusal.None));
        router.fulfill(f);
        (, why) = router.check(f);
        assertEq(uint8(why), uint8(IJobRouter.Refusal.UnknownJob));
    }

    // Audit finding 6: a relayer kept submitting results of a just-revoked enclave. `check` says so
    // before anything is sent.
    function test_check_revokedEnclave_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 0, OUT);
        vm.prank(owner);
        router.revokeEnclave(enclaveSigner);
        (address signer, IJobRouter.Refusal why) = router.check(f);
        assertEq(signer, enclaveSigner);
        assertEq(uint8(why), uint8(IJobRouter.Refusal.InactiveEnclave));
        vm.warp(q.deadline + 1);
        (, why) = router.check(f);
        assertEq(uint8(why), uint8(IJobRouter.Refusal.Expired));
        q.fee = 2;
        (, why) = router.check(_fulfillment(enclavePk, jobId, q, 0, OUT));
        assertEq(uint8(why), uint8(IJobRouter.Refusal.RequestMismatch));
    }

    // The fleet-keys module moves new requests to a new epoch; requests commit to it.
    function test_requestJob_commitsToEpoch_succeeds() public {
        EpochRouter r = new EpochRouter(_newAdmin(true), owner);
        vm.startPrank(author);
        IJobRouterFull(address(r)).createProgram(NAME, 0, false);
        IJobRouterFull(address(r)).publishVersion(NAME, CODE_V1, "bafy-v1");
        vm.stopPrank();
        r.setEpoch(7);
        assertEq(r.config().currentEpoch, 7);
        vm.prank(user);
        bytes32 id = r.requestJob(PROGRAM, 0, user, "in", 0, 600);
        IJobRouter.Request memory q = IJobRouter.Request({
            requester: user,
            user: user,
            programId: PROGRAM,
            version: 1,
            epoch: 7,
            inputHash: keccak256("in"),
            callbackGasLimit: 0,
            fee: 0,
            authorFee: 0,
            deadline: uint40(block.timestamp + 600)
        });
        assertEq(r.commitments(id), _commitment(q));
        assertEq(r.config().nonce, 1, "the epoch field is untouched by the nonce");
        assertEq(r.config().currentEpoch, 7);
    }

    // ------------------------------------------------------------ cancel, withdraw

    function test_cancel_afterDeadline_refunds_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 2 ether);
        vm.warp(q.deadline + 1);
        vm.expectEmit(address(router));
        emit IJobRouter.JobCancelled(jobId, user, 2 ether);
        vm.prank(user);
        router.cancel(jobId, q);
        assertEq(router.balanceOf(user), 2 ether);
        assertEq(router.commitments(jobId), bytes32(0));
        uint256 before = user.balance;
        vm.prank(user);
        assertEq(router.withdraw(payable(user)), 2 ether);
        assertEq(user.balance, before + 2 ether);
        assertEq(router.balanceOf(user), 0);
        // the job cannot be fulfilled or cancelled again
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.UnknownJob.selector, jobId));
        router.cancel(jobId, q);
    }

    // Audit finding 3: a stranger's cancel used to settle someone else's job as cancelled (and break
    // ArtMinter.reclaim for good). Only the requester may cancel now.
    function test_cancel_stranger_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 2 ether);
        vm.warp(q.deadline + 1);
        address stranger = makeAddr("stranger");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotRequester.selector, jobId, stranger));
        router.cancel(jobId, q);
        assertEq(router.commitments(jobId), _commitment(q), "still open");
        vm.prank(user);
        router.cancel(jobId, q);
        assertEq(router.balanceOf(user), 2 ether);
    }

    function test_cancel_beforeDeadline_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        vm.warp(q.deadline);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotExpired.selector, jobId, uint256(q.deadline)));
        router.cancel(jobId, q);
    }

    function test_cancel_wrongFields_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        vm.warp(q.deadline + 1);
        q.fee = 2 ether;
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.UnknownJob.selector, jobId));
        router.cancel(jobId, q);
    }

    function test_cancel_afterFulfill_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, OUT));
        vm.warp(q.deadline + 1);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.UnknownJob.selector, jobId));
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
        vm.expectRevert(IEscrow.NothingToWithdraw.selector);
        router.withdraw(payable(user));
    }

    function test_withdraw_refusingReceiver_reverts() public {
        EtherRefuser refuser = new EtherRefuser();
        (bytes32 jobId, IJobRouter.Request memory q) = _request(address(refuser), "x", 0, 600, 1 ether);
        vm.warp(q.deadline + 1);
        vm.prank(address(refuser));
        router.cancel(jobId, q);
        vm.expectRevert(abi.encodeWithSelector(IEscrow.TransferFailed.selector, address(refuser), 1 ether));
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
        IJobRouter.Fulfillment memory f =
            IJobRouter.Fulfillment({jobId: jobId, request: q, status: 0, output: OUT, r: r, vs: vs});
        vm.expectRevert();
        router.fulfill(f);
        assertEq(router.commitments(jobId), _commitment(q));
    }

    function testFuzz_fulfill_otherKey_reverts(uint256 pk) public {
        pk = bound(pk, 1, 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364140);
        vm.assume(pk != enclavePk);
        (bytes32 jobId, IJobRouter.Request memory q) = _consumerJob(300_000, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.InactiveEnclave)
        );
        router.fulfill(_fulfillment(pk, jobId, q, 0, OUT));
    }

    function _logs() internal returns (VmLog[] memory out) {
        Vm.Log[] memory raw = vm.getRecordedLogs();
        out = new VmLog[](raw.length);
        uint256 n;
        for (uint256 i = 0; i < raw.length; ++i) {
            if (raw[i].emitter == address(router) && raw[i].topics[0] == IJobRouter.CallbackFailed.selector) {
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

/// Exposes the epoch setter that the fleet-keys module will drive.
contract EpochRouter is JobRouter {
    constructor(address admin_, address owner_)
        JobRouter(admin_, owner_, 16 * 1024, 2_000_000, 60, 7 days, Fees(0, 0, 0, 0))
    {}

    function setEpoch(uint32 epoch) external {
        _config.currentEpoch = epoch;
    }
}
