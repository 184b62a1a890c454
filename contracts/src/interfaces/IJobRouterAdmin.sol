// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOwned2Step} from "./IOwned2Step.sol";
import {IEnclaveRegistry} from "./IEnclaveRegistry.sol";
import {IFleetKeys} from "./IFleetKeys.sol";
import {IProgramRegistry} from "./IProgramRegistry.sol";

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
    /// @notice Emitted when the owner changes the fee floor.
    event FeesSet(uint40 baseFeeGwei, uint48 feePerGas);

    /// @notice Sets the bounds on new requests (open jobs keep theirs) and the pause flag.
    function setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused) external;

    /// @notice Sets the fee floor of new requests: baseFeeGwei * 1 gwei + feePerGas * callbackGasLimit
    ///         (plus the program's author fee).
    function setFees(uint40 baseFeeGwei, uint48 feePerGas) external;
}
