// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Owned2Step
/// @notice Single owner with a two-step transfer: the new owner must accept, so a typo cannot
///         hand the contract to an address nobody controls.
abstract contract Owned2Step {
    /// @notice The current owner.
    address public owner;
    /// @notice The address that may call `acceptOwnership`, or zero.
    address public pendingOwner;

    /// @notice The caller is not allowed to do this.
    error Unauthorized(address caller);
    /// @notice A zero address was given where a real one is needed.
    error ZeroAddress();

    /// @notice Emitted when the owner proposes a new owner.
    event OwnershipTransferStarted(address indexed previousOwner, address indexed newOwner);
    /// @notice Emitted when ownership changes hands.
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    modifier onlyOwner() {
        if (msg.sender != owner) revert Unauthorized(msg.sender);
        _;
    }

    constructor(address initialOwner) {
        if (initialOwner == address(0)) revert ZeroAddress();
        owner = initialOwner;
        emit OwnershipTransferred(address(0), initialOwner);
    }

    /// @notice Proposes `newOwner`; ownership moves when they call `acceptOwnership`.
    ///         Passing zero cancels a pending transfer.
    /// @param newOwner The proposed owner.
    function transferOwnership(address newOwner) external onlyOwner {
        pendingOwner = newOwner;
        emit OwnershipTransferStarted(owner, newOwner);
    }

    /// @notice Completes a transfer started by `transferOwnership`; only the pending owner may call.
    function acceptOwnership() external {
        if (msg.sender != pendingOwner) revert Unauthorized(msg.sender);
        emit OwnershipTransferred(owner, msg.sender);
        owner = msg.sender;
        pendingOwner = address(0);
    }
}
