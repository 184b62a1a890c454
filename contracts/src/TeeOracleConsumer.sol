// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouter} from "./interfaces/IJobRouter.sol";
import {ITeeOracleConsumer} from "./interfaces/ITeeOracleConsumer.sol";

/// @title TeeOracleConsumer
/// @notice Inherit this to request confidential off-chain jobs and receive their results:
///
///     contract MyDapp is TeeOracleConsumer {
///         constructor(address router) TeeOracleConsumer(router) {}
///         function ask(bytes calldata input) external payable {
///             // follow the program's current version; _requestPinned(PROGRAM_ID, 2, ...) pins v2
///             _requestCurrent(PROGRAM_ID, msg.sender, input, 100_000, 1 hours, msg.value);
///         }
///         function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
///             // status 0: output is the program's stdout
///         }
///     }
///
///         Only the router can deliver results. The fee must cover `_quoteFee(programId, gas)`.
///         Only this contract can cancel its expired jobs (`_cancelJob`); the refund accrues to it in
///         the router's escrow and `_withdrawRefunds` pulls it.
abstract contract TeeOracleConsumer is ITeeOracleConsumer {
    /// @notice Result status codes (see ITeeOracleConsumer).
    uint8 internal constant STATUS_OK = 0;
    uint8 internal constant STATUS_OK_CID = 1;
    uint8 internal constant STATUS_PROGRAM_ERROR = 2;
    uint8 internal constant STATUS_TIMEOUT = 3;
    uint8 internal constant STATUS_MEMORY_LIMIT = 4;
    uint8 internal constant STATUS_OUTPUT_TOO_LARGE = 5;
    uint8 internal constant STATUS_BAD_INPUT = 6;
    uint8 internal constant STATUS_EGRESS_BUDGET = 7;

    /// @notice The version number that follows the program's current version.
    uint32 internal constant CURRENT_VERSION = 0;

    /// @notice The JobRouter this contract uses.
    IJobRouter public immutable router;

    /// @notice A result came from somewhere other than the router.
    error OnlyRouter(address caller);

    /// @param router_ The JobRouter address.
    constructor(address router_) {
        router = IJobRouter(router_);
    }

    /// @inheritdoc ITeeOracleConsumer
    function onJobResult(bytes32 jobId, uint8 status, bytes calldata output) external {
        if (msg.sender != address(router)) revert OnlyRouter(msg.sender);
        _onJobResult(jobId, status, output);
    }

    /// @notice Requests a job of `programId` at `version` (0: its current version), for end user
    ///         `user` (zero if none), paying `fee` wei from this contract's balance.
    function _requestJob(
        bytes32 programId,
        uint32 version,
        address user,
        bytes memory input,
        uint32 callbackGasLimit,
        uint32 ttl,
        uint256 fee
    ) internal returns (bytes32 jobId) {
        return router.requestJob{value: fee}(programId, version, user, input, callbackGasLimit, ttl);
    }

    /// @notice Requests a job of the program's current version: an upgrade by its author reaches
    ///         this contract without a redeployment. The request commits to the version it ran.
    function _requestCurrent(
        bytes32 programId,
        address user,
        bytes memory input,
        uint32 callbackGasLimit,
        uint32 ttl,
        uint256 fee
    ) internal returns (bytes32 jobId) {
        return _requestJob(programId, CURRENT_VERSION, user, input, callbackGasLimit, ttl, fee);
    }

    /// @notice Requests a job of exactly `version` (refused once its author retires it).
    function _requestPinned(
        bytes32 programId,
        uint32 version,
        address user,
        bytes memory input,
        uint32 callbackGasLimit,
        uint32 ttl,
        uint256 fee
    ) internal returns (bytes32 jobId) {
        return _requestJob(programId, version, user, input, callbackGasLimit, ttl, fee);
    }

    /// @notice The lowest fee the router accepts now for a job of `programId` with `callbackGasLimit`.
    function _quoteFee(bytes32 programId, uint32 callbackGasLimit) internal view returns (uint256) {
        return router.quoteFee(programId, callbackGasLimit);
    }

    /// @notice Cancels an expired job of this contract; the whole fee is credited to it in the escrow.
    function _cancelJob(bytes32 jobId, IJobRouter.Request memory request) internal {
        router.cancel(jobId, request);
    }

    /// @notice Withdraws this contract's refunds from the router's escrow to `to`.
    function _withdrawRefunds(address payable to) internal returns (uint256) {
        return router.withdraw(to);
    }

    /// @notice Receives a job result; runs with exactly the callback gas the request asked for.
    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal virtual;
}
