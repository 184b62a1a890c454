// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Ownable, Ownable2Step} from "@openzeppelin/contracts/access/Ownable2Step.sol";
import {TeeOracleConsumer} from "./TeeOracleConsumer.sol";
import {IJobRouter} from "./interfaces/IJobRouter.sol";

/// @title VoucherEscrow
/// @notice Private payment links. A sender deposits one of the owner's denominations; the same
///         transaction requests a job of the voucher program, whose sealed input carries only a fresh
///         claim address the sender made. Inside the enclave the program signs a voucher
///         `Voucher(uint256 amount,address claimKey)` for this escrow and chain with its code key (a
///         key bound to the program's exact code: nobody, its author included, can make other code
///         sign with it), and the voucher comes back on-chain encrypted to the sender's output key.
///         The sender sends the voucher and the claim key off-chain as a link; whoever holds the link
///         claims: `claim` checks the voucher, the claim key's signature over the recipient and the
///         submitter's fee, spends the claim key (each pays once) and pays out.
///
///         Nothing in a claim names its deposit: the deposit stores only a salted commitment to the
///         claim key and the jobs carry it only encrypted. What still links them (timing, the
///         denomination's anonymity set, who pays gas) is in docs/vouchers.md.
///
///         A sender can take an unclaimed deposit back at any time (`refund`) by opening its
///         commitment: that spends the claim key, so the link stops working, and reveals the link
///         between that deposit and its (never used) claim key only. A voucher nobody claims stays
///         claimable until its sender refunds it: there is no expiry (an exact expiry would be one
///         more fingerprint) and nobody else can sweep it.
/// @dev The job's `user` field carries the denomination (`address(uint160(amount))`): the program
///      reads it from the request (which the router commits to and the sealed input is bound to), so
///      a sender cannot get a voucher for more than it deposited. The program names the requester
///      (this escrow) and the chain in the voucher's EIP-712 domain, so a voucher from a job that
///      another contract requested is worthless here.
contract VoucherEscrow is TeeOracleConsumer, Ownable2Step {
    /// @notice Gas the voucher callback asks for (one storage write and an event).
    uint32 public constant CALLBACK_GAS = 40_000;
    /// @notice Seconds a voucher job may wait before the sender can cancel it and get everything back.
    uint32 public immutable jobTtl;
    /// @notice The voucher program and the version whose code key signs vouchers.
    bytes32 public immutable programId;
    uint32 public immutable programVersion;
    /// @notice The program's code key address for that version: the only voucher signer.
    address public immutable voucherSigner;

    /// @notice EIP-712 type hashes.
    bytes32 public constant VOUCHER_TYPEHASH = keccak256("Voucher(uint256 amount,address claimKey)");
    bytes32 public constant CLAIM_TYPEHASH = keccak256("Claim(address recipient,uint256 fee)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("TeeOracleVoucher");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @notice State of a deposit, in the low byte of its record.
    uint8 internal constant PENDING = 1; // voucher job requested
    uint8 internal constant ISSUED = 2; // the program returned a voucher (encrypted to the sender)
    uint8 internal constant FAILED = 3; // the job failed: the sender takes the deposit back
    uint8 internal constant CLOSED = 4; // refunded

    /// @notice Denominations (wei) a deposit may have; set by the owner.
    mapping(uint256 amount => bool) public isDenomination;
    /// @notice Per voucher job: the salted commitment keccak256(abi.encode(claimKey, salt, sender,
    ///         amount)) with its low byte replaced by the deposit's state.
    mapping(bytes32 jobId => bytes32) public deposits;
    /// @notice Claim keys that paid (claimed or refunded): each pays once.
    mapping(address claimKey => bool) public spent;

    /// @notice A deposit is not one of the denominations.
    error NotADenomination(uint256 amount);
    /// @notice `msg.value` does not exceed the denomination (nothing left for the job fee).
    error NoJobFee(uint256 value, uint256 amount);
    /// @notice The voucher is not signed by the program's code key.
    error BadVoucher();
    /// @notice The claim is not signed by the voucher's claim key.
    error BadClaimSignature();
    /// @notice The claim key has already paid.
    error AlreadySpent(address claimKey);
    /// @notice The submitter's fee exceeds the voucher.
    error FeeExceedsAmount(uint256 fee, uint256 amount);
    /// @notice No deposit under that job, or the commitment does not open with these values.
    error NotYourDeposit(bytes32 jobId);
    /// @notice The deposit cannot be refunded in its state (already refunded).
    error NotRefundable(bytes32 jobId, uint8 state);
    /// @notice An ether transfer failed.
    error TransferFailed(address to, uint256 amount);

    /// @notice A denomination was enabled or disabled for new deposits (claims never depend on it).
    event DenominationSet(uint256 amount, bool enabled);
    /// @notice The voucher job of a deposit returned; `output` is the voucher encrypted to the
    ///         sender's output key (or its IPFS CID).
    event VoucherIssued(bytes32 indexed jobId, bytes output);
    /// @notice The voucher job of a deposit failed; the sender can refund.
    event VoucherFailed(bytes32 indexed jobId, uint8 status);
    /// @notice A voucher paid `amount - fee` to `recipient` and `fee` to the submitter.
    event Claimed(address indexed claimKey, address indexed recipient, uint256 amount, uint256 fee);
    /// @notice A deposit went back to its sender.
    event Refunded(bytes32 indexed jobId, address indexed sender, uint256 amount);

    /// @param router_ The JobRouter.
    /// @param owner_ Who sets the denominations.
    /// @param programId_ The voucher program.
    /// @param programVersion_ Its version whose code key signs (pinned: a new version of the program
    ///        has another code key and needs another escrow).
    /// @param voucherSigner_ That code key's address (`teeo program-keys` prints it, signed by an
    ///        enclave of the fleet; check it before deploying).
    /// @param jobTtl_ Seconds a voucher job may wait.
    /// @param denominations The first denominations.
    constructor(
        address router_,
        address owner_,
        bytes32 programId_,
        uint32 programVersion_,
        address voucherSigner_,
        uint32 jobTtl_,
        uint256[] memory denominations
    ) TeeOracleConsumer(router_) Ownable(owner_) {
        programId = programId_;
        programVersion = programVersion_;
        voucherSigner = voucherSigner_;
        jobTtl = jobTtl_;
        for (uint256 i; i < denominations.length; ++i) {
            _setDenomination(denominations[i], true);
        }
    }

    // ------------------------------------------------------------------ owner

    /// @notice Enables or disables a denomination for new deposits. Existing vouchers stay claimable.
    function setDenomination(uint256 amount, bool enabled) external onlyOwner {
        _setDenomination(amount, enabled);
    }

    function _setDenomination(uint256 amount, bool enabled) internal {
        if (amount == 0 || amount > type(uint96).max) revert NotADenomination(amount);
        isDenomination[amount] = enabled;
        emit DenominationSet(amount, enabled);
    }

    // ------------------------------------------------------------------ deposit

    /// @notice Deposits `amount` (a denomination) and requests its voucher. `msg.value` = amount +
    ///         the job fee (at least `quoteFee()`).
    /// @param amount The denomination.
    /// @param input The voucher job's input: an envelope to the fleet key whose payload is the claim
    ///        address (20 bytes), bound to this escrow as requester and `address(uint160(amount))` as
    ///        user, with the sender's output key in its header (docs/vouchers.md).
    /// @param commitment keccak256(abi.encode(claimKey, salt, msg.sender, amount)): opens only for the
    ///        sender's refund. Its low byte is not stored.
    /// @return jobId The voucher job.
    function deposit(uint256 amount, bytes calldata input, bytes32 commitment)
        external
        payable
        returns (bytes32 jobId)
    {
        if (!isDenomination[amount]) revert NotADenomination(amount);
        if (msg.value <= amount) revert NoJobFee(msg.value, amount);
        jobId = router.requestJob{value: msg.value - amount}(
            programId, programVersion, address(uint160(amount)), input, CALLBACK_GAS, jobTtl
        );
        deposits[jobId] = _record(commitment, PENDING);
    }

    /// @notice The job fee a deposit must add to its denomination now.
    function quoteFee() external view returns (uint256) {
        return _quoteFee(programId, CALLBACK_GAS);
    }

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        bytes32 rec = deposits[jobId];
        if (uint8(uint256(rec)) != PENDING) return; // never happens: the router delivers once
        if (status == STATUS_OK || status == STATUS_OK_CID) {
            deposits[jobId] = _record(rec, ISSUED);
            emit VoucherIssued(jobId, output);
        } else {
            deposits[jobId] = _record(rec, FAILED);
            emit VoucherFailed(jobId, status);
        }
    }

    // ------------------------------------------------------------------ claim

    /// @notice Pays a voucher: `amount - fee` to `recipient`, `fee` to the caller.
    /// @param amount The voucher's denomination.
    /// @param claimKey The voucher's claim address.
    /// @param voucherR EIP-2098 compact signature of the program's code key over
    ///        `Voucher(amount, claimKey)` in this escrow's domain (name "TeeOracleVoucher", version "1").
    /// @param voucherVs Second word of it.
    /// @param recipient Who gets the money.
    /// @param fee What the caller (whoever submits) gets for the gas, out of the voucher.
    /// @param claimR EIP-2098 compact signature of the claim key over `Claim(recipient, fee)`: a
    ///        front-runner who copies the claim cannot change either.
    /// @param claimVs Second word of it.
    function claim(
        uint256 amount,
        address claimKey,
        bytes32 voucherR,
        bytes32 voucherVs,
        address recipient,
        uint256 fee,
        bytes32 claimR,
        bytes32 claimVs
    ) external {
        if (fee > amount) revert FeeExceedsAmount(fee, amount);
        if (spent[claimKey]) revert AlreadySpent(claimKey);
        bytes32 domain = _domainSeparator();
        address signer =
            _recover(_typed(domain, keccak256(abi.encode(VOUCHER_TYPEHASH, amount, claimKey))), voucherR, voucherVs);
        if (signer != voucherSigner || signer == address(0)) revert BadVoucher();
        address holder =
            _recover(_typed(domain, keccak256(abi.encode(CLAIM_TYPEHASH, recipient, fee))), claimR, claimVs);
        if (holder != claimKey || holder == address(0)) revert BadClaimSignature();
        spent[claimKey] = true;
        emit Claimed(claimKey, recipient, amount, fee);
        _pay(recipient, amount - fee);
        if (fee != 0) _pay(msg.sender, fee);
    }

    // ------------------------------------------------------------------ refund

    /// @notice Gives a deposit back to its sender, who opens the deposit's commitment. Allowed while
    ///         the voucher is unclaimed (its claim key is then spent: the link stops working), after
    ///         a failed voucher job, and after an expired one (the job is cancelled at the router and
    ///         its fee comes back too).
    /// @param jobId The deposit's voucher job.
    /// @param claimKey The claim address sealed in the deposit.
    /// @param salt The commitment's salt.
    /// @param amount The denomination.
    /// @param request The job's request fields as in `JobRequested` (read only for a pending job).
    function refund(bytes32 jobId, address claimKey, bytes32 salt, uint256 amount, IJobRouter.Request calldata request)
        external
    {
        bytes32 rec = deposits[jobId];
        if (rec == 0 || _record(keccak256(abi.encode(claimKey, salt, msg.sender, amount)), 0) != _record(rec, 0)) {
            revert NotYourDeposit(jobId);
        }
        uint8 state = uint8(uint256(rec));
        uint256 payout = amount;
        if (state == PENDING) {
            // The router checks that this escrow requested it, the fields and the deadline.
            _cancelJob(jobId, request);
            _withdrawRefunds(payable(address(this)));
            payout += request.fee;
        } else if (state == ISSUED) {
            if (spent[claimKey]) revert AlreadySpent(claimKey);
        } else if (state != FAILED) {
            revert NotRefundable(jobId, state);
        }
        spent[claimKey] = true;
        deposits[jobId] = _record(rec, CLOSED);
        emit Refunded(jobId, msg.sender, payout);
        _pay(msg.sender, payout);
    }

    /// @notice Takes the router's refunds of cancelled jobs.
    receive() external payable {
        if (msg.sender != address(router)) revert TransferFailed(msg.sender, msg.value);
    }

    // ------------------------------------------------------------------ internals

    /// @notice This escrow's EIP-712 domain separator (the voucher program computes the same).
    function domainSeparator() external view returns (bytes32) {
        return _domainSeparator();
    }

    function _domainSeparator() internal view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    function _typed(bytes32 domain, bytes32 structHash) internal pure returns (bytes32) {
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    /// @dev EIP-2098 compact signatures, low s only (one signature per message and key).
    function _recover(bytes32 digest, bytes32 r, bytes32 vs) internal pure returns (address) {
        uint256 s = uint256(vs) & (type(uint256).max >> 1);
        if (s > HALF_N) return address(0);
        uint8 v = uint8((uint256(vs) >> 255) + 27);
        return ecrecover(digest, v, r, bytes32(s));
    }

    function _record(bytes32 commitment, uint8 state) internal pure returns (bytes32) {
        return (commitment & ~bytes32(uint256(0xff))) | bytes32(uint256(state));
    }

    function _pay(address to, uint256 amount) internal {
        (bool ok,) = payable(to).call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
