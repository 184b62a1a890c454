// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "../Base.t.sol";
import {IJobRouter} from "../../src/interfaces/IJobRouter.sol";
import {TeeOracleConsumer} from "../../src/TeeOracleConsumer.sol";
import {CreditCheck} from "../../src/examples/CreditCheck.sol";

contract CreditCheckTest is RouterFixture {
    CreditCheck internal credit;
    address internal lender = makeAddr("lender");
    address internal alice = makeAddr("alice");
    address internal bob = makeAddr("bob");

    bytes32 internal CREDIT;
    uint32 internal constant TTL = 1 hours;
    uint256 internal fee;
    // A sealed input as a client makes it (header 0x21, suite x25519, then the HPKE envelope).
    bytes internal constant SEALED = hex"21020020000100010000000100112233445566778899";

    event CreditRequested(address indexed applicant, bytes32 indexed jobId);
    event CreditDecision(address indexed applicant, bytes32 indexed jobId, bool approved);
    event CreditFailed(address indexed applicant, bytes32 indexed jobId, uint8 status);
    event CreditExpired(address indexed applicant, bytes32 indexed jobId);

    function setUp() public override {
        super.setUp();
        vm.startPrank(lender);
        CREDIT = router.createProgram("credit", 0, true);
        router.publishVersion("credit", keccak256("credit.wasm"), "bafy-credit");
        credit = new CreditCheck(address(router), CREDIT, TTL);
        router.setAllowed("credit", address(credit), true);
        vm.stopPrank();
        fee = credit.quote() + 0.001 ether; // the fixture's floor is 0: pay something refundable
        vm.deal(alice, 1 ether);
        vm.deal(bob, 1 ether);
        vm.roll(100);
    }

    function _apply(address who) internal returns (bytes32 jobId, IJobRouter.Request memory q) {
        q = _req(address(credit), who, CREDIT, 0, SEALED, credit.CALLBACK_GAS(), fee, TTL);
        vm.prank(who);
        jobId = credit.applyForCredit{value: fee}(SEALED);
    }

    function _deliver(bytes32 jobId, IJobRouter.Request memory q, uint8 status, bytes memory out) internal {
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, status, out);
        vm.prank(relayer);
        router.fulfill{gas: 1_000_000}(f);
    }

    function test_applyForCredit_requestsJobForTheApplicant_succeeds() public {
        bytes32 expectedJob = router.jobIdOf(0);
        vm.expectEmit(address(credit));
        emit CreditRequested(alice, expectedJob);
        (bytes32 jobId,) = _apply(alice);
        assertEq(jobId, expectedJob);
        assertEq(credit.applicantOf(jobId), alice);
        CreditCheck.Decision memory d = credit.decisionOf(alice);
        assertEq(uint8(d.state), uint8(CreditCheck.State.Pending));
        assertEq(d.jobId, jobId);
        assertEq(address(router).balance, fee);
    }

    function test_applyForCredit_plainInput_reverts() public {
        vm.prank(alice);
        vm.expectRevert(CreditCheck.NotSealed.selector);
        credit.applyForCredit{value: fee}(hex"207b7d");
    }

    function test_applyForCredit_whilePending_reverts() public {
        (bytes32 jobId,) = _apply(alice);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(CreditCheck.AlreadyPending.selector, alice, jobId));
        credit.applyForCredit{value: fee}(SEALED);
    }

    function test_quote_isTheRoutersFloor_succeeds() public view {
        assertEq(credit.quote(), router.quoteFee(CREDIT, credit.CALLBACK_GAS()));
    }

    function test_onJobResult_approved_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _apply(alice);
        vm.expectEmit(address(credit));
        emit CreditDecision(alice, jobId, true);
        _deliver(jobId, q, 0, hex"01");
        CreditCheck.Decision memory d = credit.decisionOf(alice);
        assertEq(uint8(d.state), uint8(CreditCheck.State.Approved));
        assertEq(d.status, 0);
    }

    function test_onJobResult_denied_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _apply(alice);
        vm.expectEmit(address(credit));
        emit CreditDecision(alice, jobId, false);
        _deliver(jobId, q, 0, hex"00");
        assertEq(uint8(credit.decisionOf(alice).state), uint8(CreditCheck.State.Denied));
        // a decided applicant may apply again
        (bytes32 again,) = _apply(alice);
        assertEq(credit.decisionOf(alice).jobId, again);
    }

    function test_onJobResult_badInputOrMalformedOutput_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _apply(alice);
        vm.expectEmit(address(credit));
        emit CreditFailed(alice, jobId, 6);
        _deliver(jobId, q, 6, hex"00000001");
        assertEq(uint8(credit.decisionOf(alice).state), uint8(CreditCheck.State.Failed));

        // status OK but not one decision byte: failed, never read as approved
        (bytes32 j2, IJobRouter.Request memory q2) = _apply(bob);
        _deliver(j2, q2, 0, hex"0100");
        assertEq(uint8(credit.decisionOf(bob).state), uint8(CreditCheck.State.Failed));
    }

    function test_onJobResult_notRouter_reverts() public {
        (bytes32 jobId,) = _apply(alice);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(TeeOracleConsumer.OnlyRouter.selector, alice));
        credit.onJobResult(jobId, 0, hex"01");
    }

    function test_cancelExpired_afterDeadline_refundsApplicant_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _apply(alice);
        vm.warp(q.deadline + 1);
        vm.expectEmit(address(credit));
        emit CreditExpired(alice, jobId);
        vm.prank(bob); // anyone may cancel: the refund is the applicant's either way
        credit.cancelExpired(alice, q);
        assertEq(uint8(credit.decisionOf(alice).state), uint8(CreditCheck.State.Expired));
        assertEq(credit.credits(alice), fee);
        assertEq(address(credit).balance, fee);
        uint256 before = alice.balance;
        vm.prank(alice);
        assertEq(credit.withdraw(), fee);
        assertEq(alice.balance, before + fee);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(CreditCheck.NothingToWithdraw.selector, alice));
        credit.withdraw();
    }

    function test_cancelExpired_beforeDeadline_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _apply(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotExpired.selector, jobId, uint256(q.deadline)));
        credit.cancelExpired(alice, q);
    }

    function test_cancelExpired_otherApplicantsRequest_reverts() public {
        _apply(alice);
        (, IJobRouter.Request memory qb) = _apply(bob);
        vm.warp(qb.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(CreditCheck.NotApplicantJob.selector, alice, bob));
        credit.cancelExpired(alice, qb);
    }

    function test_cancelExpired_alreadyDecided_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _apply(alice);
        _deliver(jobId, q, 0, hex"01");
        vm.warp(q.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(CreditCheck.NotPending.selector, alice));
        credit.cancelExpired(alice, q);
    }

    function test_receive_notRouter_reverts() public {
        vm.prank(alice);
        (bool ok,) = address(credit).call{value: 1}("");
        assertFalse(ok);
    }
}
