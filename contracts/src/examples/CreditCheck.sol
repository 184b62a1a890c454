// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TeeOracleConsumer} from "../TeeOracleConsumer.sol";
import {IJobRouter} from "../interfaces/IJobRouter.sol";
import {IEscrow} from "../interfaces/IEscrow.sol";

/// @title CreditCheck
/// @notice A lender that learns only "approved" or "denied" about an applicant, never the bank data
///         the decision rests on.
///
///         The applicant seals an input to the oracle's fleet key (a v2 input envelope, header 0x21 or
///         0x23, bound to this chain, the router, this contract as requester, the applicant as user
///         and the credit program; see docs/formats.md). Its plaintext is a `secrets-and-input`
///         structure: the applicant's bank token as a per-user secret and the request in clear to the
///         program. Inside the enclave the credit program (examples/credit) reads the token through
///         the host interface, fetches the applicant's transactions from the bank's HTTPS API (TLS
///         ends inside the enclave) and writes one byte: 1 approved, 0 denied. Nobody else, not the
///         relayer, not this contract, ever sees the token or the transactions.
///
///         `applyForCredit` (not `apply`: a reserved word in Solidity) pays the job fee (at least
///         `quote()`), names the caller as the job's user and records a pending decision. The
///         callback stores the decision and emits `CreditDecision`. A failed job (bad input, program
///         error) ends the application as failed; the enclave keeps the fee it earned for the signed
///         failure. A job without a result by its deadline can be cancelled by anyone
///         (`cancelExpired`): the router refunds the whole fee to this contract, which credits it to
///         the applicant (pulled with `withdraw`).
contract CreditCheck is TeeOracleConsumer {
    /// @notice Lifecycle of an applicant's latest application.
    enum State {
        None,
        Pending, // job requested, no result yet
        Approved,
        Denied,
        Failed, // the job ended with a failure status or an output that is not a decision
        Expired // no result before the deadline: cancelled, fee refunded to the applicant
    }

    /// @notice An applicant's latest application.
    struct Decision {
        State state;
        uint8 status; // status the enclave signed (meaningful once delivered)
        uint40 updatedAt; // block timestamp of the last change
        bytes32 jobId;
    }

    /// @notice Gas the callback asks for (about 30k used).
    uint32 public constant CALLBACK_GAS = 80_000;

    /// @notice programId of the credit program.
    bytes32 public immutable programId;
    /// @notice Seconds after which an undecided application may be cancelled.
    uint32 public immutable ttl;

    /// @notice Applicant of each job.
    mapping(bytes32 jobId => address applicant) public applicantOf;
    /// @notice Wei each applicant may withdraw (fees of expired jobs).
    mapping(address account => uint256) public credits;

    mapping(address applicant => Decision) internal _decisions;

    /// @notice `applyForCredit` was given an input that is not an encrypted v2 envelope.
    error NotSealed();
    /// @notice The applicant already has an application waiting for its decision.
    error AlreadyPending(address applicant, bytes32 jobId);
    /// @notice The applicant has no application waiting for its decision.
    error NotPending(address applicant);
    /// @notice The request fields given to `cancelExpired` are not the applicant's job.
    error NotApplicantJob(address applicant, address user);
    /// @notice The account has nothing to withdraw.
    error NothingToWithdraw(address account);
    /// @notice Sending ether failed.
    error TransferFailed(address to, uint256 amount);
    /// @notice Only the router may send ether to this contract (refunds of expired jobs).
    error UnexpectedEther(address from);

    /// @notice Emitted when an application is paid for and its job requested.
    event CreditRequested(address indexed applicant, bytes32 indexed jobId);
    /// @notice Emitted when the enclave's decision arrives.
    event CreditDecision(address indexed applicant, bytes32 indexed jobId, bool approved);
    /// @notice Emitted when the job failed; `status` is the signed status (see ITeeOracleConsumer).
    event CreditFailed(address indexed applicant, bytes32 indexed jobId, uint8 status);
    /// @notice Emitted when an undecided application is cancelled after its deadline.
    event CreditExpired(address indexed applicant, bytes32 indexed jobId);

    /// @param router_ The JobRouter.
    /// @param programId_ programId of the credit program.
    /// @param ttl_ Job ttl, seconds (within the router's bounds).
    constructor(address router_, bytes32 programId_, uint32 ttl_) TeeOracleConsumer(router_) {
        programId = programId_;
        ttl = ttl_;
    }

    /// @notice The lowest fee `applyForCredit` accepts now.
    /// @return The fee, wei.
    function quote() external view returns (uint256) {
        return _quoteFee(programId, CALLBACK_GAS);
    }

    /// @notice Applies for credit with a sealed input (the bank token inside); `msg.value` is the job
    ///         fee. The decision arrives as `CreditDecision` and in `decisionOf(msg.sender)`.
    /// @param sealedInput The input envelope, encrypted to the fleet key with the caller as user.
    /// @return jobId The oracle job deciding.
    function applyForCredit(bytes calldata sealedInput) external payable returns (bytes32 jobId) {
        if (sealedInput.length < 2 || (sealedInput[0] != 0x21 && sealedInput[0] != 0x23)) revert NotSealed();
        Decision storage d = _decisions[msg.sender];
        if (d.state == State.Pending) revert AlreadyPending(msg.sender, d.jobId);
        jobId = _requestCurrent(programId, msg.sender, sealedInput, CALLBACK_GAS, ttl, msg.value);
        applicantOf[jobId] = msg.sender;
        _decisions[msg.sender] =
            Decision({state: State.Pending, status: 0, updatedAt: uint40(block.timestamp), jobId: jobId});
        emit CreditRequested(msg.sender, jobId);
    }

    /// @notice The latest application of `applicant`.
    /// @param applicant The applicant.
    /// @return The decision record (state None when it never applied).
    function decisionOf(address applicant) external view returns (Decision memory) {
        return _decisions[applicant];
    }

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        address applicant = applicantOf[jobId];
        Decision storage d = _decisions[applicant];
        if (applicant == address(0) || d.jobId != jobId || d.state != State.Pending) return;
        d.status = status;
        d.updatedAt = uint40(block.timestamp);
        if (status == STATUS_OK && output.length == 1 && uint8(output[0]) <= 1) {
            bool approved = output[0] == 0x01;
            d.state = approved ? State.Approved : State.Denied;
            emit CreditDecision(applicant, jobId, approved);
        } else {
            d.state = State.Failed;
            emit CreditFailed(applicant, jobId, status);
        }
    }

    /// @notice After the job's deadline, cancels an undecided application and credits its whole fee
    ///         to the applicant. Anyone may call it; only this contract can cancel its jobs at the
    ///         router, so nobody can cancel behind its back.
    /// @param applicant The applicant.
    /// @param request The job's request fields, as in the router's `JobRequested` event.
    function cancelExpired(address applicant, IJobRouter.Request calldata request) external {
        Decision storage d = _decisions[applicant];
        if (d.state != State.Pending) revert NotPending(applicant);
        if (request.user != applicant) revert NotApplicantJob(applicant, request.user);
        d.state = State.Expired;
        d.updatedAt = uint40(block.timestamp);
        credits[applicant] += request.fee;
        emit CreditExpired(applicant, d.jobId);
        _cancelJob(d.jobId, request); // reverts unless the job is expired and the request matches
        if (IEscrow(address(router)).balanceOf(address(this)) != 0) _withdrawRefunds(payable(address(this)));
    }

    /// @notice Sends the caller's credits (refunds of expired applications) to it.
    /// @return amount The amount sent, wei.
    function withdraw() external returns (uint256 amount) {
        amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        credits[msg.sender] = 0;
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// @notice Accepts the router's refunds of expired jobs.
    receive() external payable {
        if (msg.sender != address(router)) revert UnexpectedEther(msg.sender);
    }
}
