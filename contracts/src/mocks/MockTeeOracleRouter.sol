// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ITeeOracleConsumer} from "../interfaces/ITeeOracleConsumer.sol";

/// @title MockTeeOracleRouter
/// @notice A stand-in for the JobRouter in a consumer's own unit tests: `requestJob` records the
///         request and returns a job id as the router would, `quoteFee` answers a fee the test sets,
///         and `deliver` calls the requester's `onJobResult` with the request's callback gas, the way
///         the router does after checking an enclave's signature. No enclave, no signature, no
///         escrow: never deploy it anywhere but a test.
contract MockTeeOracleRouter {
    /// @notice What the mock remembers of a request.
    struct MockRequest {
        address requester;
        address user;
        bytes32 programId;
        uint32 version;
        bytes input;
        uint32 callbackGasLimit;
        uint256 fee;
        bool delivered;
    }

    /// @notice The fee `quoteFee` answers (and `requestJob` requires), wei.
    uint256 public fee;
    /// @notice Requests made so far.
    uint256 public nonce;
    /// @notice Each request by job id.
    mapping(bytes32 jobId => MockRequest) internal _requests;

    /// @notice The value sent is below `fee`.
    error FeeBelowFloor(uint256 fee, uint256 floor);
    /// @notice The job was never requested or was delivered already.
    error UnknownJob(bytes32 jobId);

    /// @notice Emitted for every request, like the router's `JobRequested` (fewer fields).
    event JobRequested(bytes32 indexed jobId, address indexed requester, bytes32 indexed programId, bytes input);
    /// @notice Emitted when a result is delivered; `callbackOk` is false when the callback reverted.
    event JobFulfilled(bytes32 indexed jobId, uint8 status, bool callbackOk);

    /// @notice Sets the fee `quoteFee` answers.
    function setFee(uint256 fee_) external {
        fee = fee_;
    }

    /// @notice Same signature as the router's; records the request.
    function requestJob(
        bytes32 programId,
        uint32 version,
        address user,
        bytes calldata input,
        uint32 callbackGasLimit,
        uint32
    ) external payable returns (bytes32 jobId) {
        if (msg.value < fee) revert FeeBelowFloor(msg.value, fee);
        jobId = keccak256(abi.encode(block.chainid, address(this), nonce++));
        _requests[jobId] = MockRequest(msg.sender, user, programId, version, input, callbackGasLimit, msg.value, false);
        emit JobRequested(jobId, msg.sender, programId, input);
    }

    /// @notice Same signature as the router's; answers `fee`.
    function quoteFee(bytes32, uint32) external view returns (uint256) {
        return fee;
    }

    /// @notice Delivers a result to the job's requester with the request's callback gas, once, as
    ///         the router would after verifying an enclave's signature. Anyone may call it.
    /// @return callbackOk Whether the callback returned without reverting.
    function deliver(bytes32 jobId, uint8 status, bytes calldata output) external returns (bool callbackOk) {
        MockRequest storage q = _requests[jobId];
        if (q.requester == address(0) || q.delivered) revert UnknownJob(jobId);
        q.delivered = true;
        (callbackOk,) = q.requester.call{gas: q.callbackGasLimit}(
            abi.encodeCall(ITeeOracleConsumer.onJobResult, (jobId, status, output))
        );
        emit JobFulfilled(jobId, status, callbackOk);
    }

    /// @notice A recorded request.
    function request(bytes32 jobId) external view returns (MockRequest memory) {
        return _requests[jobId];
    }
}
