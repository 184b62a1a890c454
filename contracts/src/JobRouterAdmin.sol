// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouter} from "./interfaces/IJobRouter.sol";
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
    /// @param feeNoticePeriod_ Seconds between an author's or the owner's fee increase and the first
    ///        request it applies to: at least an hour unless simulation is allowed (dev chains).
    constructor(bool allowSimulation_, uint32 feeNoticePeriod_)
        EnclaveRegistry(allowSimulation_)
        ProgramRegistry(feeNoticePeriod_)
    {
        if (!allowSimulation_ && feeNoticePeriod_ < MIN_PRODUCTION_FEE_NOTICE) {
            revert BadConfig();
        }
    }

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
    function setFees(uint32 flatFeeGwei, uint40 minGasPrice, uint8 baseFeePercent, uint8 overheadKGas)
        external
        onlyOwner
    {
        IJobRouter.Config storage c = _config;
        IJobRouter.Fees memory f = IJobRouter.Fees(flatFeeGwei, minGasPrice, baseFeePercent, overheadKGas);
        // The floor grows with each field, so it cannot rise unless one of them does.
        if (
            flatFeeGwei <= c.flatFeeGwei && minGasPrice <= c.minGasPrice && baseFeePercent <= c.baseFeePercent
                && overheadKGas <= c.overheadKGas
        ) {
            delete _pendingFees;
            _setFees(f);
        } else {
            uint40 at = uint40(block.timestamp + feeNoticePeriod);
            _pendingFees = PendingFees(flatFeeGwei, minGasPrice, baseFeePercent, overheadKGas, at);
            emit FeesScheduled(flatFeeGwei, minGasPrice, baseFeePercent, overheadKGas, at);
        }
    }

    /// @inheritdoc IJobRouterAdmin
    function applyFees() external delegated {
        PendingFees memory p = _pendingFees;
        if (p.effectiveAt == 0 || block.timestamp < p.effectiveAt) revert FeesNotDue(p.effectiveAt);
        delete _pendingFees;
        _setFees(IJobRouter.Fees(p.flatFeeGwei, p.minGasPrice, p.baseFeePercent, p.overheadKGas));
    }

    /// @inheritdoc IJobRouterAdmin
    function quoteFeeAt(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee)
        external
        view
        delegated
        returns (uint256)
    {
        return _quote(programId, callbackGasLimit, baseFee);
    }

    /// @inheritdoc IJobRouterAdmin
    function pendingFees() external view delegated returns (IJobRouter.Fees memory fees, uint40 effectiveAt) {
        PendingFees memory p = _pendingFees;
        return (IJobRouter.Fees(p.flatFeeGwei, p.minGasPrice, p.baseFeePercent, p.overheadKGas), p.effectiveAt);
    }

    function _setFees(IJobRouter.Fees memory f) private {
        IJobRouter.Config storage c = _config;
        c.flatFeeGwei = f.flatFeeGwei;
        c.minGasPrice = f.minGasPrice;
        c.baseFeePercent = f.baseFeePercent;
        c.overheadKGas = f.overheadKGas;
        emit FeesSet(f.flatFeeGwei, f.minGasPrice, f.baseFeePercent, f.overheadKGas);
    }

    /// @dev Moves new requests to the epoch whose keys were just published (the config slot that
    ///      requests read).
    function _onEpochActivated(uint32 epoch) internal override {
        _config.currentEpoch = epoch;
    }
}
