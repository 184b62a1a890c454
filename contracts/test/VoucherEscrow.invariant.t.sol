// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {VoucherFixture} from "./VoucherEscrow.t.sol";
import {VoucherEscrow} from "../src/VoucherEscrow.sol";

/// Drives the escrow through random deposits, voucher jobs (ok and failed), claims, refunds and
/// expiries, keeping a ghost account of what it owes.
contract VoucherHandler is VoucherFixture {
    Dep[] internal deps;
    /// What the escrow owes: issued vouchers not yet claimed or refunded, pending deposits and
    /// failed ones not yet refunded (the submitter fees are paid out at once: none are held).
    uint256 public owed;
    uint256 public paidOut;
    uint256 public deposited;
    mapping(bytes32 => uint8) internal state;

    constructor() {
        setUp();
    }

    function escrowAddress() external view returns (address) {
        return address(escrow);
    }

    function deposit(bool large, uint8 who) external {
        Dep memory d = _deposit(makeAddr(string(abi.encode("s", who % 4))), large ? LARGE : SMALL);
        deps.push(d);
        state[d.jobId] = 1;
        owed += d.amount;
        deposited += d.amount;
    }

    function issue(uint256 i, bool ok) external {
        if (deps.length == 0) return;
        Dep memory d = deps[i % deps.length];
        if (state[d.jobId] != 1 || block.timestamp > d.q.deadline) return;
        _issue(d, ok ? 0 : 2);
        state[d.jobId] = ok ? 2 : 3;
    }

    function claim(uint256 i, uint256 fee, uint8 to) external {
        if (deps.length == 0) return;
        Dep memory d = deps[i % deps.length];
        fee = fee % (d.amount + 1);
        address recipient = makeAddr(string(abi.encode("r", to % 3)));
        bool payable_ = state[d.jobId] == 2 && !escrow.spent(d.claimKey);
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, d.amount, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), recipient, fee);
        // The voucher exists only once the job returned: a pending or failed deposit's claim key
        // has no voucher, so only claim issued ones (or replay spent ones, which must fail).
        if (state[d.jobId] != 2) return;
        vm.prank(submitter);
        try escrow.claim(d.amount, d.claimKey, vr, vvs, recipient, fee, cr, cvs) {
            assertTrue(payable_, "a spent voucher paid");
            owed -= d.amount;
            paidOut += d.amount;
        } catch {
            assertFalse(payable_, "a good claim failed");
        }
    }

    function refund(uint256 i) external {
        if (deps.length == 0) return;
        Dep memory d = deps[i % deps.length];
        uint8 s = state[d.jobId];
        bool ok = (s == 2 && !escrow.spent(d.claimKey)) || s == 3 || (s == 1 && block.timestamp > d.q.deadline);
        vm.prank(d.sender);
        try escrow.refund(d.jobId, d.claimKey, d.salt, d.amount, d.q) {
            assertTrue(ok, "an unrefundable deposit refunded");
            owed -= d.amount;
            paidOut += d.amount;
            state[d.jobId] = 4;
        } catch {
            assertFalse(ok, "a refundable deposit refused");
        }
    }

    function wait(uint16 secs) external {
        vm.warp(block.timestamp + secs);
    }
}

contract VoucherEscrowInvariantTest is Test {
    VoucherHandler internal h;

    function setUp() public {
        h = new VoucherHandler();
        targetContract(address(h));
        bytes4[] memory sel = new bytes4[](5);
        sel[0] = VoucherHandler.deposit.selector;
        sel[1] = VoucherHandler.issue.selector;
        sel[2] = VoucherHandler.claim.selector;
        sel[3] = VoucherHandler.refund.selector;
        sel[4] = VoucherHandler.wait.selector;
        targetSelector(FuzzSelector({addr: address(h), selectors: sel}));
    }

    /// balance = unclaimed vouchers + owed refunds (pending and failed deposits); fees are never held.
    function invariant_balanceIsWhatItOwes() public view {
        assertEq(h.escrowAddress().balance, h.owed());
        assertEq(h.deposited(), h.owed() + h.paidOut());
    }
}
