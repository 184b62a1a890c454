// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TeeOracleConsumer} from "../TeeOracleConsumer.sol";

/// @title EchoConsumer
/// @notice The smallest useful consumer: requests jobs and records the hash of each result. With
///         `quiet` set its callback returns at once (used to measure the router's own gas).
contract EchoConsumer is TeeOracleConsumer {
    /// @notice Callback does nothing when true.
    bool public immutable quiet;
    /// @notice keccak256(status, output) of each delivered job.
    mapping(bytes32 jobId => bytes32) public results;

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
        return _requestJob(programId, version, msg.sender, input, callbackGasLimit, ttl, msg.value);
    }

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        if (quiet) return;
        results[jobId] = keccak256(abi.encodePacked(status, output));
        emit ResultReceived(jobId, status, output);
    }
}
