// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Vm} from "forge-std/Vm.sol";
import {RouterFixture} from "./Base.t.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {VoucherEscrow} from "../src/VoucherEscrow.sol";

/// Shared by the unit, attack and invariant tests: a voucher program (version 1) whose code key is
/// `CODE_KEY`, an escrow trusting it, and helpers that play the sender, the enclave and the claimer.
abstract contract VoucherFixture is RouterFixture {
    VoucherEscrow internal escrow;
    bytes32 internal VOUCHER;
    uint256 internal constant CODE_KEY = 0xC0DE;
    uint256 internal constant SMALL = 0.1 ether;
    uint256 internal constant LARGE = 1 ether;
    uint32 internal constant TTL = 1 hours;
    uint256 internal constant JOB_FEE = 0.001 ether;
    address internal sender = makeAddr("sender");
    address internal submitter = makeAddr("submitter");

    struct Dep {
        bytes32 jobId;
        IJobRouter.Request q;
        uint256 claimPk;
        address claimKey;
        bytes32 salt;
        address sender;
        uint256 amount;
    }

    uint256 internal nonce;

    function setUp() public virtual override {
        super.setUp();
        vm.startPrank(author);
        VOUCHER = router.createProgram("voucher", 0, false);
        router.publishVersion("voucher", keccak256("voucher.wasm"), "bafy-voucher");
        vm.stopPrank();
        escrow = _newEscrow(vm.addr(CODE_KEY));
        vm.deal(sender, 1000 ether);
    }

    function _newEscrow(address signer) internal returns (VoucherEscrow) {
        uint256[] memory d = new uint256[](2);
        d[0] = SMALL;
        d[1] = LARGE;
        return new VoucherEscrow(address(router), owner, VOUCHER, 1, signer, TTL, d);
    }

    /// The sealed input the sender would make; the test router never opens it.
    function _input(address claimKey) internal pure returns (bytes memory) {
        return abi.encodePacked(
            bytes1(0x23),
            bytes2(0x0020),
            keccak256(abi.encode("outkey", claimKey)),
            keccak256(abi.encode("ct", claimKey))
        );
    }

    function _deposit(address from, uint256 amount) internal returns (Dep memory d) {
        d.claimPk = uint256(keccak256(abi.encode("claim", ++nonce)));
        d.claimKey = vm.addr(d.claimPk);
        d.salt = keccak256(abi.encode("salt", nonce));
        d.sender = from;
        d.amount = amount;
        bytes memory input = _input(d.claimKey);
        d.q = _req(address(escrow), address(uint160(amount)), VOUCHER, 1, input, escrow.CALLBACK_GAS(), JOB_FEE, TTL);
        vm.deal(from, from.balance + amount + JOB_FEE);
        vm.prank(from);
        d.jobId = escrow.deposit{value: amount + JOB_FEE}(
            amount, input, keccak256(abi.encode(d.claimKey, d.salt, from, amount))
        );
    }

    /// The enclave's side: deliver the job's result (the encrypted voucher) through the router.
    function _issue(Dep memory d, uint8 status) internal {
        // a bad_input output starts with the fleet epoch tried and its key (epoch 0: none)
        bytes memory out =
            status == 6 ? abi.encodePacked(uint32(0), bytes32(0)) : abi.encodePacked("encrypted voucher", d.jobId);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, d.jobId, d.q, status, out);
        vm.prank(relayer);
        router.fulfill{gas: 1_000_000}(f);
    }

    function _domain(address escrowAddr, uint256 chainId) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("TeeOracleVoucher"),
                keccak256("1"),
                chainId,
                escrowAddr
            )
        );
    }

    /// What the voucher program signs with its code key.
    function _voucher(uint256 pk, address escrowAddr, uint256 chainId, uint256 amount, address claimKey)
        internal
        pure
        returns (bytes32 r, bytes32 vs)
    {
        bytes32 s = keccak256(abi.encode(keccak256("Voucher(uint256 amount,address claimKey)"), amount, claimKey));
        return _signDigest(pk, keccak256(abi.encodePacked(hex"1901", _domain(escrowAddr, chainId), s)));
    }

    /// What the link holder signs with the claim key.
    function _claimSig(uint256 claimPk, address escrowAddr, address recipient, uint256 fee)
        internal
        view
        returns (bytes32 r, bytes32 vs)
    {
        bytes32 s = keccak256(abi.encode(keccak256("Claim(address recipient,uint256 fee)"), recipient, fee));
        return _signDigest(claimPk, keccak256(abi.encodePacked(hex"1901", _domain(escrowAddr, block.chainid), s)));
    }

    function _claim(Dep memory d, address recipient, uint256 fee) internal {
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, d.amount, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), recipient, fee);
        vm.prank(submitter);
        escrow.claim(d.amount, d.claimKey, vr, vvs, recipient, fee, cr, cvs);
    }

    function _refund(Dep memory d) internal {
        vm.prank(d.sender);
        escrow.refund(d.jobId, d.claimKey, d.salt, d.amount, d.q);
    }
}

/// A recipient that tries to claim the same voucher again while being paid, and swallows the failure.
contract ReentrantRecipient {
    VoucherEscrow internal escrow;
    bytes internal call;
    bool public reentered;
    bool public innerOk;

    function arm(VoucherEscrow e, bytes memory c) external {
        escrow = e;
        call = c;
    }

    receive() external payable {
        if (reentered) return;
        reentered = true;
        (innerOk,) = address(escrow).call(call);
    }
}

contract VoucherEscrowTest is VoucherFixture {
    address internal bob = makeAddr("bob");

    // ------------------------------------------------------------ deposit

    function test_deposit_succeeds() public {
        vm.recordLogs();
        Dep memory d = _deposit(sender, SMALL);
        assertEq(address(escrow).balance, SMALL, "escrow holds the denomination");
        assertEq(uint8(uint256(escrow.deposits(d.jobId))), 1, "pending");
        // The job names the denomination as its user and pins the voucher program's version.
        assertEq(router.commitments(d.jobId), _commitment(d.q), "request as committed");
    }

    function test_deposit_notDenomination_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.NotADenomination.selector, 0.5 ether));
        vm.prank(sender);
        escrow.deposit{value: 0.5 ether + JOB_FEE}(0.5 ether, _input(bob), bytes32(0));
    }

    function test_deposit_noJobFee_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.NoJobFee.selector, SMALL, SMALL));
        vm.prank(sender);
        escrow.deposit{value: SMALL}(SMALL, _input(bob), bytes32(0));
    }

    function test_quoteFee_isTheRoutersQuote() public view {
        assertEq(escrow.quoteFee(), router.quoteFee(VOUCHER, escrow.CALLBACK_GAS()));
    }

    function test_setDenomination_notOwner_reverts() public {
        vm.expectRevert();
        vm.prank(sender);
        escrow.setDenomination(2 ether, true);
    }

    function test_setDenomination_succeeds() public {
        vm.prank(owner);
        escrow.setDenomination(2 ether, true);
        assertTrue(escrow.isDenomination(2 ether));
        Dep memory d = _deposit(sender, 2 ether);
        _issue(d, 0);
        vm.prank(owner);
        escrow.setDenomination(2 ether, false);
        _claim(d, bob, 0); // disabling a denomination never strands its vouchers
        assertEq(bob.balance, 2 ether);
    }

    // ------------------------------------------------------------ callback

    function test_onJobResult_ok_issues() public {
        Dep memory d = _deposit(sender, SMALL);
        vm.expectEmit(true, false, false, true, address(escrow));
        emit VoucherEscrow.VoucherIssued(d.jobId, abi.encodePacked("encrypted voucher", d.jobId));
        _issue(d, 0);
        assertEq(uint8(uint256(escrow.deposits(d.jobId))), 2);
    }

    function test_onJobResult_notRouter_reverts() public {
        vm.expectRevert();
        escrow.onJobResult(bytes32(0), 0, "");
    }

    // ------------------------------------------------------------ claim

    function test_claim_succeeds() public {
        Dep memory d = _deposit(sender, LARGE);
        _issue(d, 0);
        _claim(d, bob, 0.002 ether);
        assertEq(bob.balance, LARGE - 0.002 ether, "recipient paid");
        assertEq(submitter.balance, 0.002 ether, "submitter paid its fee");
        assertEq(address(escrow).balance, 0, "nothing left");
        assertTrue(escrow.spent(d.claimKey));
    }

    function test_claim_twice_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        _claim(d, bob, 0);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.AlreadySpent.selector, d.claimKey));
        _claim(d, bob, 0);
    }

    function test_claim_forgedVoucher_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        // Signed by the enclave's own key (a registered enclave, not the program's code key) and by
        // another program's key: neither is the voucher signer.
        uint256[2] memory forgers = [enclavePk, uint256(0xBAD)];
        for (uint256 i; i < forgers.length; ++i) {
            (bytes32 vr, bytes32 vvs) = _voucher(forgers[i], address(escrow), block.chainid, d.amount, d.claimKey);
            (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), bob, 0);
            vm.expectRevert(VoucherEscrow.BadVoucher.selector);
            escrow.claim(d.amount, d.claimKey, vr, vvs, bob, 0, cr, cvs);
        }
    }

    function test_claim_highS_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, d.amount, d.claimKey);
        uint256 n = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFEBAAEDCE6AF48A03BBFD25E8CD0364141;
        uint256 s = uint256(vvs) & (type(uint256).max >> 1);
        uint256 v = uint256(vvs) >> 255;
        bytes32 highVs = bytes32((n - s) | ((1 - v) << 255));
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), bob, 0);
        vm.expectRevert(VoucherEscrow.BadVoucher.selector);
        escrow.claim(d.amount, d.claimKey, vr, highVs, bob, 0, cr, cvs);
    }

    function test_claim_otherDenomination_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        vm.deal(address(escrow), 10 ether); // other deposits' money is there to steal
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, SMALL, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), bob, 0);
        vm.expectRevert(VoucherEscrow.BadVoucher.selector);
        escrow.claim(LARGE, d.claimKey, vr, vvs, bob, 0, cr, cvs);
    }

    function test_claim_otherEscrow_reverts() public {
        VoucherEscrow other = _newEscrow(vm.addr(CODE_KEY)); // same program, same signer
        vm.deal(address(other), 10 ether);
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, SMALL, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(other), bob, 0);
        vm.expectRevert(VoucherEscrow.BadVoucher.selector);
        other.claim(SMALL, d.claimKey, vr, vvs, bob, 0, cr, cvs);
    }

    function test_claim_otherChain_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid + 1, SMALL, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), bob, 0);
        vm.expectRevert(VoucherEscrow.BadVoucher.selector);
        escrow.claim(SMALL, d.claimKey, vr, vvs, bob, 0, cr, cvs);
    }

    /// A front-runner copies a pending claim from the mempool and swaps in itself as recipient, or a
    /// higher fee for itself: the claim key's signature covers both.
    function test_claim_frontRunRedirect_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        address thief = makeAddr("thief");
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, SMALL, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), bob, 0.001 ether);
        vm.startPrank(thief);
        vm.expectRevert(VoucherEscrow.BadClaimSignature.selector);
        escrow.claim(SMALL, d.claimKey, vr, vvs, thief, 0.001 ether, cr, cvs);
        vm.expectRevert(VoucherEscrow.BadClaimSignature.selector);
        escrow.claim(SMALL, d.claimKey, vr, vvs, bob, SMALL, cr, cvs);
        // Submitting it unchanged only earns the fee the holder offered, and pays bob.
        escrow.claim(SMALL, d.claimKey, vr, vvs, bob, 0.001 ether, cr, cvs);
        vm.stopPrank();
        assertEq(bob.balance, SMALL - 0.001 ether);
        assertEq(thief.balance, 0.001 ether);
    }

    function test_claim_feeAboveAmount_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, SMALL, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), bob, SMALL + 1);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.FeeExceedsAmount.selector, SMALL + 1, SMALL));
        escrow.claim(SMALL, d.claimKey, vr, vvs, bob, SMALL + 1, cr, cvs);
    }

    /// A claimed voucher replayed later (after fleet rotations too: the code key derives from the
    /// fleet's root secret, not from an epoch, so the escrow never learns of rotations; the Go e2e
    /// test shows the key unchanged across one) pays nothing; another voucher still pays.
    function test_claim_replay_reverts() public {
        Dep memory d1 = _deposit(sender, SMALL);
        Dep memory d2 = _deposit(sender, SMALL);
        _issue(d1, 0);
        _issue(d2, 0);
        _claim(d1, bob, 0);
        vm.warp(block.timestamp + 30 days);
        _claim(d2, bob, 0);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.AlreadySpent.selector, d1.claimKey));
        _claim(d1, bob, 0);
        assertEq(bob.balance, 2 * SMALL);
    }

    function test_claim_reentrantRecipient_paysOnce() public {
        Dep memory d = _deposit(sender, SMALL);
        Dep memory other = _deposit(sender, SMALL); // money another voucher owns
        _issue(d, 0);
        _issue(other, 0);
        ReentrantRecipient r = new ReentrantRecipient();
        (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, SMALL, d.claimKey);
        (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), address(r), 0);
        bytes memory call = abi.encodeCall(VoucherEscrow.claim, (SMALL, d.claimKey, vr, vvs, address(r), 0, cr, cvs));
        r.arm(escrow, call);
        (bool ok,) = address(escrow).call(call);
        assertTrue(ok);
        assertTrue(r.reentered());
        assertFalse(r.innerOk(), "the inner claim failed");
        assertEq(address(r).balance, SMALL, "paid once");
        assertEq(address(escrow).balance, SMALL, "the other voucher's money is still there");
    }

    // ------------------------------------------------------------ refund

    function test_refund_issued_succeeds() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        uint256 before = sender.balance;
        _refund(d);
        assertEq(sender.balance, before + SMALL);
        // The link stops working.
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.AlreadySpent.selector, d.claimKey));
        _claim(d, bob, 0);
    }

    function test_refund_afterClaim_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        _claim(d, bob, 0);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.AlreadySpent.selector, d.claimKey));
        _refund(d);
    }

    function test_refund_twice_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 2);
        _refund(d);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.NotRefundable.selector, d.jobId, 4));
        _refund(d);
    }

    function test_refund_failedJob_succeeds() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 6);
        assertEq(uint8(uint256(escrow.deposits(d.jobId))), 3);
        uint256 before = sender.balance;
        _refund(d);
        assertEq(sender.balance, before + SMALL);
    }

    function test_refund_notSender_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        _issue(d, 0);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.NotYourDeposit.selector, d.jobId));
        vm.prank(bob); // knows the claim key (holds the link) but not the sender's opening
        escrow.refund(d.jobId, d.claimKey, d.salt, d.amount, d.q);
        vm.expectRevert(abi.encodeWithSelector(VoucherEscrow.NotYourDeposit.selector, d.jobId));
        vm.prank(sender); // wrong denomination
        escrow.refund(d.jobId, d.claimKey, d.salt, LARGE, d.q);
    }

    function test_refund_pendingExpired_succeeds() public {
        Dep memory d = _deposit(sender, SMALL);
        vm.warp(block.timestamp + TTL + 1);
        uint256 before = sender.balance;
        _refund(d);
        assertEq(sender.balance, before + SMALL + JOB_FEE, "deposit and job fee back");
        assertEq(address(escrow).balance, 0);
    }

    function test_refund_pendingNotExpired_reverts() public {
        Dep memory d = _deposit(sender, SMALL);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotExpired.selector, d.jobId, d.q.deadline));
        _refund(d);
    }

    function test_receive_notRouter_reverts() public {
        vm.deal(bob, 1 ether);
        vm.prank(bob);
        (bool ok,) = address(escrow).call{value: 1 ether}("");
        assertFalse(ok);
    }

    // ------------------------------------------------------------ privacy

    /// Many deposits, jobs and claims: no 32-byte word of any claim's calldata or logs (but the
    /// denomination and the escrow's address) occurs in any deposit, job request or fulfilment's
    /// calldata or logs. (Timing, the anonymity set and gas payers are what docs/vouchers.md lists.)
    function test_privacy_claimsShareNothingWithDeposits() public {
        uint256 n = 12;
        Dep[] memory ds = new Dep[](n);
        bytes memory depositSide;
        vm.recordLogs();
        for (uint256 i; i < n; ++i) {
            ds[i] = _deposit(makeAddr(string(abi.encode("sender", i))), i % 2 == 0 ? SMALL : LARGE);
            depositSide = bytes.concat(
                depositSide,
                abi.encodeCall(
                    VoucherEscrow.deposit,
                    (
                        ds[i].amount,
                        _input(ds[i].claimKey),
                        keccak256(abi.encode(ds[i].claimKey, ds[i].salt, ds[i].sender, ds[i].amount))
                    )
                )
            );
            IJobRouter.Fulfillment memory f =
                _fulfillment(enclavePk, ds[i].jobId, ds[i].q, 0, abi.encodePacked("encrypted voucher", ds[i].jobId));
            depositSide = bytes.concat(depositSide, abi.encodeCall(IJobRouter.fulfill, (f)));
            vm.prank(relayer);
            router.fulfill{gas: 1_000_000}(f);
        }
        depositSide = bytes.concat(depositSide, _logBytes(vm.getRecordedLogs()), new bytes(32));

        // Every value a claim carries in its calldata and its logs: the claim key, both signatures,
        // the recipient and the fee (the denomination and the escrow's address are public by design).
        uint256 checked;
        for (uint256 i; i < n; ++i) {
            Dep memory d = ds[n - 1 - i];
            address recipient = makeAddr(string(abi.encode("recipient", i)));
            uint256 fee = 0.0001 ether + i;
            (bytes32 vr, bytes32 vvs) = _voucher(CODE_KEY, address(escrow), block.chainid, d.amount, d.claimKey);
            (bytes32 cr, bytes32 cvs) = _claimSig(d.claimPk, address(escrow), recipient, fee);
            vm.prank(submitter);
            escrow.claim(d.amount, d.claimKey, vr, vvs, recipient, fee, cr, cvs);
            bytes32[7] memory values = [
                bytes32(uint256(uint160(d.claimKey))),
                vr,
                vvs,
                cr,
                cvs,
                bytes32(uint256(uint160(recipient))),
                bytes32(fee)
            ];
            for (uint256 v; v < values.length; ++v) {
                assertFalse(_contains(depositSide, values[v], 32), "a claim value occurs on the deposit side");
                ++checked;
            }
            // Addresses also as 20 raw bytes (packed encodings).
            assertFalse(_contains(depositSide, bytes32(bytes20(d.claimKey)), 20), "claim key, packed");
            assertFalse(_contains(depositSide, bytes32(bytes20(recipient)), 20), "recipient, packed");
        }
        Vm.Log[] memory claimLogs = vm.getRecordedLogs();
        assertEq(claimLogs.length, n, "one Claimed event per claim, nothing else");
        assertEq(checked, n * 7);
    }

    function _logBytes(Vm.Log[] memory logs) internal pure returns (bytes memory out) {
        for (uint256 i; i < logs.length; ++i) {
            for (uint256 t; t < logs[i].topics.length; ++t) {
                out = bytes.concat(out, logs[i].topics[t]);
            }
            out = bytes.concat(out, logs[i].data);
        }
    }

    function _word(bytes memory b, uint256 off) internal pure returns (bytes32 w) {
        assembly {
            w := mload(add(add(b, 32), off))
        }
    }

    /// Whether the first `len` bytes of `w` occur anywhere in `hay` (any byte offset; the hay is
    /// padded with 32 zero bytes by the caller so that a value at its very end is found too).
    function _contains(bytes memory hay, bytes32 w, uint256 len) internal pure returns (bool) {
        bytes32 mask = len == 32 ? bytes32(type(uint256).max) : ~bytes32(type(uint256).max >> (len * 8));
        w &= mask;
        for (uint256 i; i + 32 <= hay.length; ++i) {
            if ((_word(hay, i) & mask) == w) return true;
        }
        return false;
    }
}
