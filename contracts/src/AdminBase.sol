// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouterAdmin} from "./interfaces/IJobRouterAdmin.sol";
import {IOwned2Step} from "./interfaces/IOwned2Step.sol";
import {JobRouterStorage} from "./JobRouterStorage.sol";

/// @title AdminBase
/// @notice Base of the modules that make up JobRouterAdmin (ownership, enclave registry, fleet keys,
///         programs): their code only ever runs on a router's storage, through `delegatecall` from the
///         router's fallback. Called directly, at its own address, every function that reads or
///         writes storage refuses with `NotDelegated`, so nobody can initialise or use a
///         JobRouterAdmin on its own (pure helpers such as `programIdOf` answer anywhere).
abstract contract AdminBase is JobRouterStorage {
    /// @dev The address this code was deployed at; under `delegatecall`, `address(this)` is the router.
    address private immutable _self = address(this);

    /// @dev Only through a router's fallback.
    modifier delegated() {
        _checkDelegated();
        _;
    }

    /// @dev Only the router's owner, through the router's fallback.
    modifier onlyOwner() {
        _checkDelegated();
        if (msg.sender != _owner) revert IOwned2Step.Unauthorized(msg.sender);
        _;
    }

    /// @dev Virtual for test harnesses that run a module on its own storage.
    function _checkDelegated() internal view virtual {
        if (address(this) == _self) revert IJobRouterAdmin.NotDelegated();
    }
}
