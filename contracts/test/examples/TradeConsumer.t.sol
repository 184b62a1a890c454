// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "../Base.t.sol";
import {IJobRouter} from "../../src/interfaces/IJobRouter.sol";
import {TradeConsumer} from "../../src/examples/TradeConsumer.sol";

contract TradeConsumerTest is RouterFixture {
    TradeConsumer internal trade;
    address internal tradeAuthor = makeAddr("trade-author");
    address internal trader = makeAddr("trader");
    address internal stranger = makeAddr("stranger");

    bytes32 internal TRADE;
    uint32 internal constant TTL = 1 hours;
    uint256 internal fee;

    event OrderRequested(bytes32 indexed jobId, bool buy, uint64 quantity, uint64 limitPrice);
    event OrderFilled(bytes32 indexed jobId, uint256 filledQty, uint256 avgPrice);
    event OrderFailed(bytes32 indexed jobId, uint8 status);
    event OrderExpired(bytes32 indexed jobId);

    function setUp() public override {
        super.setUp();
        vm.startPrank(tradeAuthor);
        TRADE = router.createProgram("trade", 0, true);
        router.publishVersion("trade", keccak256("trade.wasm"), "bafy-trade");
        trade = new TradeConsumer(address(router), TRADE, trader, "ETH-USD", TTL);
        router.setAllowed("trade", address(trade), true);
        vm.stopPrank();
        fee = trade.quote() + 0.001 ether;
        vm.deal(trader, 1 ether);
        vm.deal(stranger, 1 ether);
        vm.roll(100);
    }

    function _place(bool buy, uint64 qty, uint64 limit) internal returns (bytes32 jobId, IJobRouter.Request memory q) {
        q = _req(address(trade), trader, TRADE, 0, trade.orderInput(buy, qty, limit), trade.CALLBACK_GAS(), fee, TTL);
        vm.prank(trader);
        jobId = trade.placeOrder{value: fee}(buy, qty, limit);
    }

    function _deliver(bytes32 jobId, IJobRouter.Request memory q, uint8 status, bytes memory out) internal {
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, status, out);
        vm.prank(relayer);
        router.fulfill{gas: 1_000_000}(f);
    }

    function test_orderInput_isTheProgramsJson_succeeds() public view {
        assertEq(
            trade.orderInput(true, 3, 2500),
            abi.encodePacked(bytes1(0x20), '{"market":"ETH-USD","side":"buy","quantity":3,"limitPrice":2500}')
        );
        assertEq(
            trade.orderInput(false, 1, 7),
            abi.encodePacked(bytes1(0x20), '{"market":"ETH-USD","side":"sell","quantity":1,"limitPrice":7}')
        );
    }

    function test_placeOrder_requestsJob_succeeds() public {
        bytes32 expectedJob = router.jobIdOf(0);
        vm.expectEmit(address(trade));
        emit OrderRequested(expectedJob, true, 3, 2500);
        (bytes32 jobId,) = _place(true, 3, 2500);
        assertEq(jobId, expectedJob);
        TradeConsumer.Order memory o = trade.orderOf(jobId);
        assertEq(uint8(o.state), uint8(TradeConsumer.State.Pending));
        assertEq(o.quantity, 3);
        assertEq(o.limitPrice, 2500);
        assertTrue(o.buy);
    }

    function test_placeOrder_notOwner_reverts() public {
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(TradeConsumer.NotOwner.selector, stranger));
        trade.placeOrder{value: fee}(true, 1, 1);
    }

    function test_placeOrder_zeroQuantity_reverts() public {
        vm.prank(trader);
        vm.expectRevert(TradeConsumer.BadOrder.selector);
        trade.placeOrder{value: fee}(true, 0, 1);
    }

    function test_onJobResult_fill_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _place(true, 3, 2500);
        vm.expectEmit(address(trade));
        emit OrderFilled(jobId, 3, 2490);
        _deliver(jobId, q, 0, abi.encode(uint256(3), uint256(2490)));
        TradeConsumer.Order memory o = trade.orderOf(jobId);
        assertEq(uint8(o.state), uint8(TradeConsumer.State.Filled));
        assertEq(o.filledQty, 3);
        assertEq(o.avgPrice, 2490);
    }

    function test_onJobResult_failureOrMalformed_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _place(true, 3, 2500);
        vm.expectEmit(address(trade));
        emit OrderFailed(jobId, 2);
        _deliver(jobId, q, 2, "");
        assertEq(uint8(trade.orderOf(jobId).state), uint8(TradeConsumer.State.Failed));

        (bytes32 j2, IJobRouter.Request memory q2) = _place(false, 1, 1);
        _deliver(j2, q2, 0, hex"01"); // status OK but not a fill
        assertEq(uint8(trade.orderOf(j2).state), uint8(TradeConsumer.State.Failed));
    }

    function test_cancelExpired_refundsOwner_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _place(true, 3, 2500);
        vm.warp(q.deadline + 1);
        uint256 before = trader.balance;
        vm.expectEmit(address(trade));
        emit OrderExpired(jobId);
        vm.prank(trader);
        trade.cancelExpired(jobId, q);
        assertEq(trader.balance, before + fee);
        assertEq(uint8(trade.orderOf(jobId).state), uint8(TradeConsumer.State.Expired));
    }

    function test_cancelExpired_notOwner_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _place(true, 3, 2500);
        vm.warp(q.deadline + 1);
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(TradeConsumer.NotOwner.selector, stranger));
        trade.cancelExpired(jobId, q);
    }

    function test_cancelExpired_filled_reverts() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _place(true, 3, 2500);
        _deliver(jobId, q, 0, abi.encode(uint256(3), uint256(2490)));
        vm.warp(q.deadline + 1);
        vm.prank(trader);
        vm.expectRevert(abi.encodeWithSelector(TradeConsumer.NotPending.selector, jobId));
        trade.cancelExpired(jobId, q);
    }
}
