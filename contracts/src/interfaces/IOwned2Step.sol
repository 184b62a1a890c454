// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IOwned2Step
/// @notice Single owner of the router with a two-step transfer: the new owner must accept, so a typo
///         cannot hand the router to an address nobody controls.
interface IOwned2Step {
    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice A zero address was given where a real one is needed.
    error ZeroAddress();

    /// @notice Emitted when the owner proposes a new owner.
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    /// @notice Emitted when ownership changes hands.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    /// @notice The current owner.
    function owner() external view returns (address);

    /// @notice The address that may call `acceptOwnership`, or zero.
    function pendingOwner() external view returns (address);

    /// @notice Proposes `newOwner`; ownership moves when they call `acceptOwnership`. Passing zero
    ///         cancels a pending transfer.
    function transferOwnership(address newOwner) external;

    /// @notice Completes a transfer started by `transferOwnership`; only the pending owner may call.
    function acceptOwnership() external;
}
