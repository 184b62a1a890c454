// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {RouterFixture} from "./Base.t.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {EnclaveRegistry} from "../src/EnclaveRegistry.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {RecordingConsumer} from "./mocks/Consumers.sol";

/// Drives the router with random requests, fulfilments (single and batched, honest and forged),
/// cancellations, withdrawals and time jumps, tracking which jobs are open.
contract RouterHandler is Test {
    JobRouter public router;
    uint256[2] internal pks = [uint256(0xA11CE), uint256(0xB0B)];
    address[] public actors;

    struct Open {
        bytes32 id;
        IJobRouter.Request q;
    }

    Open[] internal open;
    uint256 public settled;
    uint256 public forgedAccepted;

    constructor(JobRouter router_, address[] memory actors_) {
        router = router_;
        actors = actors_;
    }

    function actorsLength() external view returns (uint256) {
        return actors.length;
    }

    function openFees() external view returns (uint256 sum) {
        for (uint256 i = 0; i < open.length; ++i) {
            sum += open[i].q.fee;
        }
    }

    function openCount() external view returns (uint256) {
        return open.length;
    }

    function openAt(uint256 i) external view returns (bytes32, IJobRouter.Request memory) {
        return (open[i].id, open[i].q);
    }

    function request(uint256 actorSeed, uint96 fee, uint32 ttl, uint32 gasLimit) external {
        address a = actors[actorSeed % actors.length];
        fee = uint96(bound(fee, 0, 10 ether));
        ttl = uint32(bound(ttl, 60, 3600));
        gasLimit = uint32(bound(gasLimit, 0, 300_000));
        vm.deal(a, a.balance + fee);
        bytes memory input = abi.encode(actorSeed);
        vm.prank(a);
        bytes32 id = router.requestJob{value: fee}(keccak256("p"), input, gasLimit, ttl);
        open.push(
            Open(
                id,
                IJobRouter.Request(a, keccak256("p"), keccak256(input), gasLimit, fee, uint40(block.timestamp + ttl))
            )
        );
    }

    function _fulfillment(uint256 pk, Open memory o, uint8 status)
        internal
        view
        returns (JobRouter.Fulfillment memory)
    {
        bytes32 c = router.commitmentOf(o.q);
        bytes memory out = abi.encode(o.id);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, router.resultDigest(o.id, c, status, out));
        return JobRouter.Fulfillment(o.id, o.q, status, out, r, bytes32(uint256(s) | (uint256(v - 27) << 255)));
    }

    function _remove(uint256 i) internal {
        open[i] = open[open.length - 1];
        open.pop();
    }

    function fulfill(uint256 idx, uint256 pkSeed, bool forge) external {
        if (open.length == 0) return;
        idx %= open.length;
        Open memory o = open[idx];
        uint256 pk = forge ? 0xBAD : pks[pkSeed % 2];
        try router.fulfill{gas: 2_000_000}(_fulfillment(pk, o, uint8(pkSeed % 7))) {
            if (forge) forgedAccepted++;
            settled++;
            _remove(idx);
        } catch {}
    }

    function fulfillBatch(uint256 start, uint256 n, uint256 pkSeed) external {
        if (open.length == 0) return;
        n = bound(n, 1, 6);
        JobRouter.Fulfillment[] memory fs = new JobRouter.Fulfillment[](n);
        bytes32[] memory ids = new bytes32[](n);
        for (uint256 k = 0; k < n; ++k) {
            Open memory o = open[(start + k) % open.length]; // may repeat a job: must settle once
            ids[k] = o.id;
            fs[k] = _fulfillment(pks[(pkSeed + k) % 2], o, 0);
        }
        try router.fulfillBatch{gas: 10_000_000}(fs) returns (uint256 s) {
            settled += s;
            for (uint256 i = open.length; i > 0; --i) {
                if (router.commitments(open[i - 1].id) == bytes32(0)) _remove(i - 1);
            }
        } catch {}
    }

    function cancel(uint256 idx) external {
        if (open.length == 0) return;
        idx %= open.length;
        Open memory o = open[idx];
        try router.cancel(o.id, o.q) {
            _remove(idx);
        } catch {}
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 2 hours));
    }

    function withdraw(uint256 actorSeed) external {
        address a = actors[actorSeed % actors.length];
        vm.prank(a);
        try router.withdraw(payable(a)) {} catch {}
    }

    function withdrawFees(uint256 pkSeed) external {
        try router.withdrawEnclaveFees(vm.addr(pks[pkSeed % 2])) {} catch {}
    }
}

contract RouterInvariantTest is RouterFixture {
    RouterHandler internal handler;

    function setUp() public override {
        super.setUp();
        _register(vm.addr(0xB0B), makeAddr("payee2"), uint40(block.timestamp + 3650 days));
        _register(enclaveSigner, payee, uint40(block.timestamp + 3650 days));
        address[] memory actors = new address[](4);
        actors[0] = makeAddr("a0");
        actors[1] = makeAddr("a1");
        actors[2] = makeAddr("a2");
        actors[3] = address(new RecordingConsumer(address(router)));
        handler = new RouterHandler(router, actors);
        targetContract(address(handler));
    }

    /// The router always holds at least every open fee plus everything it owes.
    function invariant_balanceCoversObligations() public view {
        uint256 owed = handler.openFees();
        for (uint256 i = 0; i < handler.actorsLength(); ++i) {
            owed += router.balanceOf(handler.actors(i));
        }
        owed += _enclaveFees(enclaveSigner) + _enclaveFees(vm.addr(0xB0B));
        assertGe(address(router).balance, owed);
        // nothing else sends Ether to it in this run, so the books balance exactly
        assertEq(address(router).balance, owed);
    }

    /// Every job the handler believes open still has its commitment; forged results never settle.
    function invariant_openJobsCommitted() public view {
        for (uint256 i = 0; i < handler.openCount(); ++i) {
            (bytes32 id, IJobRouter.Request memory q) = handler.openAt(i);
            assertEq(router.commitments(id), router.commitmentOf(q));
        }
        assertEq(handler.forgedAccepted(), 0);
    }
}
