// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouter} from "./interfaces/IJobRouter.sol";
import {IEscrow} from "./interfaces/IEscrow.sol";
import {ITeeOracleConsumer} from "./interfaces/ITeeOracleConsumer.sol";

/// @title TeeOracleConsumer
/// @notice Inherit this to request confidential off-chain jobs and receive their results:
///
///     contract MyDapp is TeeOracleConsumer {
///         constructor(address router) TeeOracleConsumer(router) {}
///         function ask(bytes calldata input) external payable {
///             _requestJob(PROGRAM_ID, input, 100_000, 1 hours, msg.value);
///         }
///         function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
///             // status 0: output is the program's stdout
///         }
///     }
///
///         Only the router can deliver results. Refunds of cancelled jobs accrue to this contract in the
///         router's escrow; `_withdrawRefunds` pulls them.
abstract contract TeeOracleConsumer is ITeeOracleConsumer {
    /// @notice Result status codes (see ITeeOracleConsumer).
    uint8 internal constant STATUS_OK = 0;
    uint8 internal constant STATUS_OK_CID = 1;
    uint8 internal constant STATUS_PROGRAM_ERROR = 2;
    uint8 internal constant STATUS_TIMEOUT = 3;
    uint8 internal constant STATUS_MEMORY_LIMIT = 4;
    uint8 internal constant STATUS_OUTPUT_TOO_LARGE = 5;
    uint8 internal constant STATUS_BAD_INPUT = 6;

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

    /// @notice Requests a job paying `fee` wei from this contract's balance.
    function _requestJob(bytes32 programId, bytes memory input, uint32 callbackGasLimit, uint32 ttl, uint256 fee)
        internal
        returns (bytes32 jobId)
    {
        return router.requestJob{value: fee}(programId, input, callbackGasLimit, ttl);
    }

    /// @notice Cancels an expired job of this contract; the fee is credited to it in the escrow.
    function _cancelJob(bytes32 jobId, IJobRouter.Request memory request) internal {
        router.cancel(jobId, request);
    }

    /// @notice Withdraws this contract's refunds from the router's escrow to `to`.
    function _withdrawRefunds(address payable to) internal returns (uint256) {
        return IEscrow(address(router)).withdraw(to);
    }

    /// @notice Receives a job result; runs with exactly the callback gas the request asked for.
    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal virtual;
}
