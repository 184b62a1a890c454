// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "../Base.t.sol";
import {EchoConsumer} from "../../src/examples/EchoConsumer.sol";
import {IJobRouter} from "../../src/interfaces/IJobRouter.sol";

/// EchoConsumer's refunds (issue 18, finding 3): fees of jobs that expire unserved come back to
/// whoever paid them, and to nobody else.
contract EchoConsumerTest is RouterFixture {
    EchoConsumer internal echo;
    address internal alice = makeAddr("alice");
    address internal stranger = makeAddr("stranger");

    function setUp() public override {
        super.setUp();
        echo = new EchoConsumer(address(router), false);
        vm.deal(alice, 1 ether);
    }

    function _ask() internal returns (bytes32 jobId, IJobRouter.Request memory q) {
        vm.prank(alice);
        jobId = echo.request{value: 0.01 ether}(PROGRAM, 0, "hi", 100_000, 600);
        q = _req(address(echo), alice, PROGRAM, 0, "hi", 100_000, 0.01 ether, 600);
    }

    /// A stranger triggers the cancel of alice's expired job: the fee goes back to alice.
    function test_cancel_expired_refundsPayer_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _ask();
        assertEq(echo.payerOf(jobId), alice);
        vm.warp(q.deadline + 1);
        vm.expectEmit(address(echo));
        emit EchoConsumer.Refunded(jobId, alice, 0.01 ether);
        vm.prank(stranger);
        echo.cancel(jobId, q);
        assertEq(alice.balance, 1 ether, "alice has her fee back");
        assertEq(stranger.balance, 0);
        assertEq(address(echo).balance, 0);
        assertEq(router.commitments(jobId), bytes32(0));
        vm.expectRevert(abi.encodeWithSelector(EchoConsumer.NotOurJob.selector, jobId));
        echo.cancel(jobId, q);
    }

    function test_cancel_beforeDeadline_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _ask();
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotExpired.selector, jobId, q.deadline));
        echo.cancel(jobId, q);
        assertEq(echo.payerOf(jobId), alice, "still refundable later");
    }

    /// A served job cannot also be refunded.
    function test_cancel_afterResult_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _ask();
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, "out"));
        vm.warp(q.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.UnknownJob.selector, jobId));
        echo.cancel(jobId, q);
    }

    /// Fields other than the job's (a bigger fee, to drain other refunds) are refused by the router.
    function test_cancel_forgedFields_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _ask();
        vm.warp(q.deadline + 1);
        q.fee = 1 ether;
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.UnknownJob.selector, jobId));
        echo.cancel(jobId, q);
    }

    function test_cancel_unknownJob_reverts() public {
        (, IJobRouter.Request memory q) = _ask();
        bytes32 other = keccak256("other");
        vm.expectRevert(abi.encodeWithSelector(EchoConsumer.NotOurJob.selector, other));
        echo.cancel(other, q);
    }
}
