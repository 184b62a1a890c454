// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {MockTeeOracleRouter} from "../src/mocks/MockTeeOracleRouter.sol";
import {EchoConsumer} from "../src/examples/EchoConsumer.sol";
import {TeeOracleConsumer} from "../src/TeeOracleConsumer.sol";

/// A consumer's unit test as an integrator writes it: the consumer under test talks to the mock
/// router, and the test delivers the result itself.
contract MockTeeOracleRouterTest is Test {
    MockTeeOracleRouter internal mock;
    EchoConsumer internal echo;
    bytes32 internal constant PROGRAM = keccak256("program");

    function setUp() public {
        mock = new MockTeeOracleRouter();
        mock.setFee(0.001 ether);
        echo = new EchoConsumer(address(mock), false);
    }

    function test_deliver_reachesConsumer_succeeds() public {
        bytes32 jobId = echo.request{value: 0.001 ether}(PROGRAM, 0, "hello", 100_000, 600);
        assertEq(mock.request(jobId).requester, address(echo));
        assertEq(mock.request(jobId).input, bytes("hello"));
        assertTrue(mock.deliver(jobId, 0, "HELLO"));
        assertEq(echo.results(jobId), keccak256(abi.encodePacked(uint8(0), bytes("HELLO"))));
        vm.expectRevert(abi.encodeWithSelector(MockTeeOracleRouter.UnknownJob.selector, jobId));
        mock.deliver(jobId, 0, "again");
    }

    function test_requestJob_belowFee_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(MockTeeOracleRouter.FeeBelowFloor.selector, 1, 0.001 ether));
        echo.request{value: 1}(PROGRAM, 0, "hello", 100_000, 600);
    }

    /// Only the router may call a consumer back: a stranger calling onJobResult directly is refused.
    function test_onJobResult_notRouter_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(TeeOracleConsumer.OnlyRouter.selector, address(this)));
        echo.onJobResult(bytes32(0), 0, "");
    }
}
