// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ITeeOracleConsumer
/// @notice Implemented by contracts that request jobs and receive their results.
interface ITeeOracleConsumer {
    /// @notice Called by the JobRouter with the result of a job this contract requested, with exactly
    ///         the callback gas limit of the request. A revert here does not undo the fulfilment: the
    ///         enclave is still paid and the router emits `JobFulfilled` with `callbackOk = false`.
    /// @param jobId The job.
    /// @param status Result status (0 ok, 1 ok and output is an IPFS CID, 2 program error, 3 timeout,
    ///        4 memory limit, 5 output too large, 6 bad input, 7 egress budget: the program went over
    ///        its HTTPS budget).
    /// @param output The program's output (or its CID for status 1), maybe encrypted to the
    ///        requester's key.
    function onJobResult(bytes32 jobId, uint8 status, bytes calldata output) external;
}
