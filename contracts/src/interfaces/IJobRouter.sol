// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IJobRouter
/// @notice What a requester needs from the JobRouter.
interface IJobRouter {
    /// @notice Every field the router commits to for an open job.
    struct Request {
        address requester;
        bytes32 programId;
        bytes32 inputHash;
        uint32 callbackGasLimit;
        uint96 fee;
        uint40 deadline;
    }

    /// @notice Requests a job; `msg.value` is the fee, escrowed until fulfilment or cancellation.
    /// @param programId keccak256 of the plaintext WebAssembly module.
    /// @param input The input envelope (plaintext or encrypted to the enclave).
    /// @param callbackGasLimit Gas for the `onJobResult` callback.
    /// @param ttl Seconds from now until the job may be cancelled and refunded.
    /// @return jobId The job id, unique across chains and routers.
    function requestJob(bytes32 programId, bytes calldata input, uint32 callbackGasLimit, uint32 ttl)
        external
        payable
        returns (bytes32 jobId);

    /// @notice Cancels an unfulfilled job after its deadline and credits the fee to the requester.
    /// @param jobId The job.
    /// @param request Its request fields, as in `JobRequested`.
    function cancel(bytes32 jobId, Request calldata request) external;
}
