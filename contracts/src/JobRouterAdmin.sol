// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouterAdmin} from "./interfaces/IJobRouterAdmin.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";
import {FleetKeys} from "./FleetKeys.sol";
import {ProgramRegistry} from "./ProgramRegistry.sol";

/// @title JobRouterAdmin
/// @notice The router's cold code: ownership, the enclave registry (allowlist, registrars,
///         registration, revocation, tightening sweeps, denylist), fleet keys (rotation, retirement,
///         key publication) and program administration (create, publish, policy, allowlist, retire,
///         earnings), plus the owner's configuration. Deployed once and named in a JobRouter's
///         constructor; the router's fallback runs it with `delegatecall` on the router's storage, so
///         every function here is called at the router's address (`IJobRouterAdmin`, in the router's
///         ABI). Called directly it refuses (`NotDelegated`): it has no storage of its own to use.
/// @dev Split from JobRouter to keep both under EIP-170's 24,576-byte limit while the hot paths
///      (request, fulfil, batch, cancel, check) stay in the router, unchanged and without a hop.
///      Storage comes only from JobRouterStorage, shared with the router. `allowSimulation` is an
///      immutable of this code, so it holds for every router that delegates here.
contract JobRouterAdmin is FleetKeys, ProgramRegistry, IJobRouterAdmin {
    /// @param allowSimulation_ Accept simulation-mode enclaves (and their fleet keys): dev chains only.
    constructor(bool allowSimulation_) EnclaveRegistry(allowSimulation_) {}

    /// @inheritdoc IJobRouterAdmin
    function setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused)
        external
        onlyOwner
    {
        if (minTtl == 0 || minTtl > maxTtl) revert BadConfig();
        _config.maxInputBytes = maxInputBytes;
        _config.maxCallbackGas = maxCallbackGas;
        _config.minTtl = minTtl;
        _config.maxTtl = maxTtl;
        _config.paused = paused;
        emit ConfigSet(maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused);
    }

    /// @inheritdoc IJobRouterAdmin
    function setFees(uint40 baseFeeGwei, uint48 feePerGas) external onlyOwner {
        _config.baseFeeGwei = baseFeeGwei;
        _config.feePerGas = feePerGas;
        emit FeesSet(baseFeeGwei, feePerGas);
    }

    /// @dev Moves new requests to the epoch whose keys were just published (the config slot that
    ///      requests read).
    function _onEpochActivated(uint32 epoch) internal override {
        _config.currentEpoch = epoch;
    }
}
