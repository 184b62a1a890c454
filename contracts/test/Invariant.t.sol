// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {Test} from "forge-std/Test.sol";
import {RouterFixture} from "./Base.t.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {IEnclaveRegistry} from "../src/interfaces/IEnclaveRegistry.sol";
import {RecordingConsumer} from "./mocks/Consumers.sol";

/// Drives the router with random requests (an open program without author fee and a restricted one
/// with a fee), fulfilments (single and batched, honest and forged), cancellations (by the requester
/// and by strangers), withdrawals of refunds, enclave fees and author earnings, re-registrations that
/// change an enclave's payee (settling its earned fees to the old payee's pull balance), and time jumps
/// that land on and just past deadlines, tracking which jobs are open.
contract RouterHandler is Test {
    IJobRouterFull public router;
    uint256[2] internal pks = [uint256(0xA11CE), uint256(0xB0B)];
    address[] public actors; // the last one is a RecordingConsumer
    bytes32[2] public programs;
    address public author;
    string[2] internal names;

    struct Open {
        bytes32 id;
        IJobRouter.Request q;
    }

    Open[] internal open;
    uint256 public settled;
    uint256 public forgedAccepted;
    uint256 public strangerCancels;
    uint256 public payeeChanges;
    address public registrar;
    address[3] public payees;
    mapping(address signer => IEnclaveRegistry.Registration) internal _registrations;

    constructor(IJobRouterFull router_, address[] memory actors_, address author_, string memory n0, string memory n1) {
        router = router_;
        actors = actors_;
        author = author_;
        names = [n0, n1];
        programs = [router.programIdOf(author_, n0), router.programIdOf(author_, n1)];
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

    function request(uint256 actorSeed, uint96 extra, uint32 ttl, uint32 gasLimit, bool paid) external {
        bytes32 pid = programs[paid ? 1 : 0];
        ttl = uint32(bound(ttl, 60, 3600));
        gasLimit = uint32(bound(gasLimit, 0, 300_000));
        uint256 fee = router.quoteFee(pid, gasLimit) + bound(extra, 0, 1 ether);
        bytes memory input = abi.encode(actorSeed);
        bool viaConsumer = actorSeed % actors.length == actors.length - 1;
        address a = actors[actorSeed % actors.length];
        (bool ok, bytes32 id) = _send(a, viaConsumer, pid, input, gasLimit, ttl, fee);
        if (!ok) return; // the restricted program refuses accounts that are not allowed
        IJobRouter.Request memory q = IJobRouter.Request({
            requester: a,
            user: viaConsumer ? address(this) : a,
            programId: pid,
            version: router.program(pid).currentVersion,
            epoch: 0,
            inputHash: keccak256(input),
            callbackGasLimit: gasLimit,
            fee: uint96(fee),
            authorFee: router.program(pid).authorFee,
            deadline: uint40(block.timestamp + ttl)
        });
        open.push(Open(id, q));
    }

    function _send(
        address a,
        bool viaConsumer,
        bytes32 pid,
        bytes memory input,
        uint32 gasLimit,
        uint32 ttl,
        uint256 fee
    ) internal returns (bool ok, bytes32 id) {
        if (viaConsumer) {
            vm.deal(address(this), fee);
            return (true, RecordingConsumer(payable(a)).request{value: fee}(pid, input, gasLimit, ttl));
        }
        vm.deal(a, fee);
        vm.prank(a);
        try router.requestJob{value: fee}(pid, 0, a, input, gasLimit, ttl) returns (bytes32 id_) {
            return (true, id_);
        } catch {
            return (false, bytes32(0));
        }
    }

    function _fulfillment(uint256 pk, Open memory o, uint8 status)
        internal
        view
        returns (IJobRouter.Fulfillment memory)
    {
        bytes32 c = router.commitmentOf(o.q);
        bytes memory out = abi.encode(o.id);
        (uint8 v, bytes32 r, bytes32 s) = vm.sign(pk, router.resultDigest(o.id, c, status, out));
        return IJobRouter.Fulfillment(o.id, o.q, status, out, r, bytes32(uint256(s) | (uint256(v - 27) << 255)));
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

    /// A batch given `gas`: it may stop part-way; whatever settled is settled exactly once.
    function fulfillBatch(uint256 start, uint256 n, uint256 pkSeed, uint256 gas) external {
        if (open.length == 0) return;
        n = bound(n, 1, 6);
        gas = bound(gas, 60_000, 3_000_000);
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](n);
        for (uint256 k = 0; k < n; ++k) {
            Open memory o = open[(start + k) % open.length]; // may repeat a job: must settle once
            fs[k] = _fulfillment(pks[(pkSeed + k) % 2], o, 0);
        }
        try router.fulfillBatch{gas: gas}(fs) returns (uint256 s) {
            settled += s;
            for (uint256 i = open.length; i > 0; --i) {
                if (router.commitments(open[i - 1].id) == bytes32(0)) _remove(i - 1);
            }
        } catch {}
    }

    function cancel(uint256 idx, bool stranger) external {
        if (open.length == 0) return;
        idx %= open.length;
        Open memory o = open[idx];
        if (stranger) {
            vm.prank(makeAddr("stranger"));
            try router.cancel(o.id, o.q) {
                strangerCancels++;
                _remove(idx);
            } catch {}
            return;
        }
        if (o.q.requester == actors[actors.length - 1]) {
            try RecordingConsumer(payable(o.q.requester)).cancelJob(o.id, o.q) {
                _remove(idx);
            } catch {}
            return;
        }
        vm.prank(o.q.requester);
        try router.cancel(o.id, o.q) {
            _remove(idx);
        } catch {}
    }

    function warp(uint256 dt) external {
        vm.warp(block.timestamp + bound(dt, 1, 2 hours));
    }

    /// Moves to exactly an open job's deadline, or one second past it: the edge where fulfil stops
    /// and cancel starts.
    function warpToDeadline(uint256 idx, bool past) external {
        if (open.length == 0) return;
        uint256 d = open[idx % open.length].q.deadline;
        if (past) d += 1;
        if (d > block.timestamp) vm.warp(d);
    }

    function withdraw(uint256 actorSeed) external {
        address a = actors[actorSeed % actors.length];
        if (actorSeed % actors.length == actors.length - 1) {
            try RecordingConsumer(payable(a)).withdrawRefunds(payable(makeAddr("sink"))) {} catch {}
            return;
        }
        vm.prank(a);
        try router.withdraw(payable(a)) {} catch {}
    }

    /// Wires the registrar and each enclave's registration, which `changePayee` re-submits.
    function setRegistry(
        address registrar_,
        IEnclaveRegistry.Registration[2] calldata regs,
        address[3] calldata payees_
    ) external {
        require(registrar == address(0), "once"); // the fuzzer calls it too
        registrar = registrar_;
        payees = payees_;
        for (uint256 i = 0; i < 2; ++i) {
            _registrations[regs[i].signer] = regs[i];
        }
    }

    /// The registrar re-registers an enclave with another payee: what it earned so far is settled to
    /// the old payee's pull balance.
    function changePayee(uint256 pkSeed, uint256 payeeSeed) external {
        IEnclaveRegistry.Registration memory r = _registrations[vm.addr(pks[pkSeed % 2])];
        r.payee = payees[payeeSeed % 3];
        r.expiresAt = uint40(block.timestamp + 3650 days);
        vm.prank(registrar);
        router.registerEnclave(r);
        ++payeeChanges;
    }

    /// A payee withdraws what payee changes settled to it.
    function withdrawPayee(uint256 payeeSeed) external {
        address p = payees[payeeSeed % 3];
        vm.prank(p);
        try router.withdraw(payable(p)) {} catch {}
    }

    function withdrawFees(uint256 pkSeed) external {
        try router.withdrawEnclaveFees(vm.addr(pks[pkSeed % 2])) {} catch {}
    }

    function withdrawEarnings(bool paid) external {
        vm.prank(author);
        try router.withdrawEarnings(names[paid ? 1 : 0], payable(author)) {} catch {}
    }
}

contract RouterInvariantTest is RouterFixture {
    RouterHandler internal handler;
    string internal constant PAID = "paid";

    function setUp() public override {
        super.setUp();
        _register(vm.addr(0xB0B), makeAddr("payee2"), uint40(block.timestamp + 3650 days));
        _register(enclaveSigner, payee, uint40(block.timestamp + 3650 days));
        _setFees(10_000, 2 gwei); // 0.00001 ether + 2 gwei per callback gas
        address[] memory actors = new address[](4);
        actors[0] = makeAddr("a0");
        actors[1] = makeAddr("a1");
        actors[2] = makeAddr("a2");
        actors[3] = address(new RecordingConsumer(address(router)));
        vm.startPrank(author);
        router.createProgram(PAID, 0.003 ether, true);
        router.publishVersion(PAID, keccak256("paid v1"), "bafy-paid");
        router.setAllowed(PAID, actors[3], true);
        router.setAllowed(PAID, actors[0], true);
        vm.stopPrank();
        handler = new RouterHandler(router, actors, author, NAME, PAID);
        address payee2 = makeAddr("payee2");
        handler.setRegistry(
            registrar,
            [
                _registration(enclaveSigner, payee, uint40(block.timestamp + 3650 days)),
                _registration(vm.addr(0xB0B), payee2, uint40(block.timestamp + 3650 days))
            ],
            [payee, payee2, makeAddr("payee3")]
        );
        targetContract(address(handler));
    }

    /// balance == open fees + refunds owed + fees settled to former payees + enclave fees + author
    /// earnings, exactly (nothing else sends Ether to the router in this run).
    function invariant_balanceIsObligations() public view {
        uint256 owed = handler.openFees();
        for (uint256 i = 0; i < handler.actorsLength(); ++i) {
            owed += router.balanceOf(handler.actors(i));
        }
        for (uint256 i = 0; i < 3; ++i) {
            owed += router.balanceOf(handler.payees(i));
        }
        owed += _enclaveFees(enclaveSigner) + _enclaveFees(vm.addr(0xB0B));
        owed += _earnings(handler.programs(0)) + _earnings(handler.programs(1));
        assertEq(address(router).balance, owed);
    }

    /// The handler's actions go through (the invariants are not vacuous): requests of both
    /// programs open jobs, fulfilments settle them, requesters cancel theirs at the deadline edge.
    function test_handler_makesProgress_succeeds() public {
        handler.request(0, 0, 60, 100_000, false); // open program, account
        handler.request(3, 0, 60, 100_000, true); // restricted program, allowed consumer
        handler.request(1, 0, 60, 0, true); // restricted program, not allowed: refused
        assertEq(handler.openCount(), 2);
        handler.fulfill(0, 0, false);
        assertEq(handler.settled(), 1);
        handler.warpToDeadline(0, true);
        handler.cancel(0, true); // a stranger: refused
        assertEq(handler.openCount(), 1);
        handler.cancel(0, false);
        assertEq(handler.openCount(), 0);
        // the enclave that settled the job changes payee: its fee moves to the old payee's balance
        uint256 earned = _enclaveFees(enclaveSigner);
        assertGt(earned, 0);
        handler.changePayee(0, 1);
        assertEq(router.balanceOf(payee), earned);
        assertEq(_enclaveFees(enclaveSigner), 0);
        invariant_balanceIsObligations();
        handler.withdrawPayee(0);
        assertEq(router.balanceOf(payee), 0);
    }

    /// Every job the handler believes open still has its commitment; forged results never settle;
    /// strangers never cancel.
    function invariant_openJobsCommitted() public view {
        for (uint256 i = 0; i < handler.openCount(); ++i) {
            (bytes32 id, IJobRouter.Request memory q) = handler.openAt(i);
            assertEq(router.commitments(id), router.commitmentOf(q));
        }
        assertEq(handler.forgedAccepted(), 0);
        assertEq(handler.strangerCancels(), 0);
    }
}
