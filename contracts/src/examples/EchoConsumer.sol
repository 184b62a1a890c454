// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TeeOracleConsumer} from "../TeeOracleConsumer.sol";
import {IJobRouter} from "../interfaces/IJobRouter.sol";

/// @title EchoConsumer
/// @notice The smallest useful consumer: requests jobs and records the hash of each result. With
///         `quiet` set its callback returns at once (used to measure the router's own gas). A job
///         that expires unserved is cancelled with `cancel` (anyone may call it) and its whole fee
///         goes back to whoever paid it.
contract EchoConsumer is TeeOracleConsumer {
    /// @notice Callback does nothing when true.
    bool public immutable quiet;
    /// @notice keccak256(status, output) of each delivered job.
    mapping(bytes32 jobId => bytes32) public results;

    /// @notice Who paid for each open job (cleared when the job is cancelled).
    mapping(bytes32 jobId => address) public payerOf;

    /// @notice The job was not requested through this contract, or was already cancelled.
    error NotOurJob(bytes32 jobId);
    /// @notice Sending the refund failed.
    error RefundFailed(address to, uint256 amount);

    /// @notice Emitted when an expired job is cancelled and its fee sent back to its payer.
    event Refunded(bytes32 indexed jobId, address indexed payer, uint256 amount);
    /// @notice Emitted when a result arrives (not in quiet mode).
    event ResultReceived(bytes32 indexed jobId, uint8 status, bytes output);

    /// @param router_ The JobRouter.
    /// @param quiet_ Make the callback return at once.
    constructor(address router_, bool quiet_) TeeOracleConsumer(router_) {
        quiet = quiet_;
    }

    /// @notice Requests a job paying `msg.value`, naming the caller as the job's user.
    /// @param programId The program.
    /// @param version The program version, or 0 for its current version.
    /// @param input The input envelope.
    /// @param callbackGasLimit Gas for the callback.
    /// @param ttl Seconds until the job may be cancelled.
    /// @return jobId The job id.
    function request(bytes32 programId, uint32 version, bytes calldata input, uint32 callbackGasLimit, uint32 ttl)
        external
        payable
        returns (bytes32 jobId)
    {
        jobId = _requestJob(programId, version, msg.sender, input, callbackGasLimit, ttl, msg.value);
        payerOf[jobId] = msg.sender;
    }

    /// @notice Cancels an expired, unserved job and sends its whole fee back to whoever paid it.
    ///         Anyone may call it; the router refuses before the deadline, after a result, or for
    ///         request fields other than the job's.
    /// @param jobId The job.
    /// @param fields Its request fields, as in the router's `JobRequested`.
    function cancel(bytes32 jobId, IJobRouter.Request calldata fields) external {
        address payer = payerOf[jobId];
        if (payer == address(0)) revert NotOurJob(jobId);
        delete payerOf[jobId];
        _cancelJob(jobId, fields); // credits fields.fee to this contract in the router's escrow
        uint256 amount = _withdrawRefunds(payable(address(this)));
        emit Refunded(jobId, payer, amount);
        (bool ok,) = payer.call{value: amount}("");
        if (!ok) revert RefundFailed(payer, amount);
    }

    /// @notice Accepts the router's refunds (`cancel` passes them on at once).
    receive() external payable {}

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        if (quiet) return;
        results[jobId] = keccak256(abi.encodePacked(status, output));
        emit ResultReceived(jobId, status, output);
    }
}
