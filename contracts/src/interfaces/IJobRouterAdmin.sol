// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOwned2Step} from "./IOwned2Step.sol";
import {IEnclaveRegistry} from "./IEnclaveRegistry.sol";
import {IFleetKeys} from "./IFleetKeys.sol";
import {IProgramRegistry} from "./IProgramRegistry.sol";
import {IJobRouter} from "./IJobRouter.sol";

/// @title IJobRouterAdmin
/// @notice The router's cold functions: ownership, the enclave registry, fleet keys, programs and the
///         owner's configuration. A JobRouter answers them at its own address; its fallback runs them
///         with `delegatecall` in the JobRouterAdmin contract's code, on the router's storage. See
///         `IJobRouterFull` for both halves in one interface.
interface IJobRouterAdmin is IOwned2Step, IEnclaveRegistry, IFleetKeys, IProgramRegistry {
    /// @notice The configured bounds are inconsistent.
    error BadConfig();
    /// @notice JobRouterAdmin was called directly instead of through a router's fallback.
    error NotDelegated();

    /// @notice Emitted when the owner changes the bounds.
    event ConfigSet(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused);
    /// @notice No owner fee change is pending, or its notice period has not passed (`effectiveAt`).
    error FeesNotDue(uint40 effectiveAt);

    /// @notice Emitted when the owner's part of the fee floor changes (see `IJobRouter.Config`).
    event FeesSet(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas);
    /// @notice Emitted when the owner raises the fee floor: `applyFees` makes it the floor once
    ///         `effectiveAt` has passed.
    event FeesScheduled(
        uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas, uint40 effectiveAt
    );

    /// @notice Sets the bounds on new requests (open jobs keep theirs) and the pause flag.
    function setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused) external;

    /// @notice Sets the owner's part of the fee floor of new requests (`IJobRouter.Config`). When no
    ///         field rises it applies at once (and drops a pending change); otherwise it is scheduled
    ///         (`FeesScheduled`) and `applyFees` applies it `feeNoticePeriod()` seconds from now or later.
    function setFees(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas) external;

    /// @notice Applies the owner's scheduled fee change once its notice period has passed. Anyone may
    ///         call it.
    function applyFees() external;

    /// @notice The fee floor of a request for `programId` with `callbackGasLimit` made now in a block whose
    ///         base fee is `baseFee`: authorFee + flatFeeGwei gwei + (callbackGasLimit + overheadKGas *
    ///         1000) * max(minGasPrice, baseFee * baseFeePercent / 100). Fee increases (the author's
    ///         and the owner's) take effect only after a notice period, so a quote stays valid at
    ///         least until then for the same base fee.
    function quoteFeeAt(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee) external view returns (uint256);

    /// @notice The owner's scheduled fee change and when it may be applied (effectiveAt 0: none).
    function pendingFees() external view returns (IJobRouter.Fees memory fees, uint40 effectiveAt);
}
