// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOwned2Step} from "./interfaces/IOwned2Step.sol";
import {AdminBase} from "./AdminBase.sol";

/// @title Owned2Step
/// @notice Single owner with a two-step transfer: the new owner must accept, so a typo cannot hand the
///         router to an address nobody controls. The first owner is set by the router's constructor.
abstract contract Owned2Step is AdminBase, IOwned2Step {
    /// @inheritdoc IOwned2Step
    function owner() external view delegated returns (address) {
        return _owner;
    }

    /// @inheritdoc IOwned2Step
    function pendingOwner() external view delegated returns (address) {
        return _pendingOwner;
    }

    /// @inheritdoc IOwned2Step
    function transferOwnership(address newOwner) external onlyOwner {
        _pendingOwner = newOwner;
        emit OwnershipTransferStarted(_owner, newOwner);
    }

    /// @inheritdoc IOwned2Step
    function acceptOwnership() external delegated {
        if (msg.sender != _pendingOwner) revert Unauthorized(msg.sender);
        emit OwnershipTransferred(_owner, msg.sender);
        _owner = msg.sender;
        _pendingOwner = address(0);
    }
}
