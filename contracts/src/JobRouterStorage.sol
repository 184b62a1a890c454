// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "./interfaces/IEscrow.sol";
import {IJobRouter} from "./interfaces/IJobRouter.sol";
import {IEnclaveRegistry} from "./interfaces/IEnclaveRegistry.sol";
import {IFleetKeys} from "./interfaces/IFleetKeys.sol";
import {IProgramRegistry} from "./interfaces/IProgramRegistry.sol";

/// @title JobRouterStorage
/// @notice The router's storage, declared once. JobRouter (hot paths) and JobRouterAdmin (cold code,
///         run by `delegatecall` from the router's fallback on the router's storage) both inherit it
///         and nothing else in either declares a state variable, so their slots cannot drift apart
///         (contracts/test/Layout.t.sol checks slots through both).
/// @dev Append only. Helpers that both halves use (crediting, paying, the one "is this enclave
///      active" rule) live here too; each contract compiles its own copy.
abstract contract JobRouterStorage {
    /// @dev Where a key sits in the lists of `_signersByMeasurement` (1-based, 0 = not listed).
    struct ListPositions {
        uint32 inMrEnclaveList; // in the list of mrEnclaveKey(info.mrEnclave)
        uint32 inMrSignerList; // in the list of info.measurement, when that is an MRSIGNER key
    }

    /// @dev What is recorded for a fleet epoch (the publishing enclave and time are in `EpochKeySet`).
    struct Epoch {
        address xwingKeyData; // SSTORE2 data contract holding the X-Wing public key
        IFleetKeys.EpochStatus status;
        bytes32 x25519Key;
    }

    /// @dev The epoch counters, one slot.
    struct EpochCounters {
        uint32 current; // highest epoch with keys; 0 before genesis
        uint32 pending; // epoch opened and waiting for keys; 0 if none
        uint32 latest; // highest epoch ever opened
    }

    /// @dev A program's hot record, one slot, read by every request. An author-fee increase waits
    ///      for the notice period: a request made before `feeEffectiveAt` pays `authorFee`, one made
    ///      from then on pays `nextAuthorFee` (equal to `authorFee` when nothing is pending), so the
    ///      request decides with the slot it reads anyway. Bit positions are used by JobRouter's
    ///      assembly: authorFee 0-63, nextAuthorFee 64-127, feeEffectiveAt 128-167, currentVersion
    ///      168-199, minVersion 200-231, flags 232-239.
    struct ProgramRecord {
        uint64 authorFee; // wei per job until feeEffectiveAt
        uint64 nextAuthorFee; // wei per job from feeEffectiveAt on
        uint40 feeEffectiveAt; // 0 when no increase is pending
        uint32 currentVersion;
        uint32 minVersion;
        uint8 flags;
    }

    /// @dev Who created a program (programIds cannot be inverted) and its unpaid author fees: the
    ///      slot is never zero once the program exists, so crediting it costs no zero-to-nonzero write.
    struct ProgramAccount {
        address author;
        uint96 earnings; // wei
    }

    /// @dev The author's current secrets bundle of a program (issue 19): fetched from IPFS by workers.
    struct SecretsRef {
        bytes32 bundleHash; // 0: none, or revoked
        string cid;
    }

    /// @dev An owner fee change that raises the floor, applied (`applyFees`) once `effectiveAt` passed.
    struct PendingFees {
        uint32 flatFeeGwei;
        uint40 minGasPrice;
        uint8 baseFeePercent;
        uint8 overheadKGas;
        uint40 effectiveAt; // 0: nothing pending
    }

    /// @notice Program record flags.
    uint8 internal constant FLAG_EXISTS = 1;
    uint8 internal constant FLAG_ALLOWLIST = 2;

    // ------------------------------------------------------------------ escrow (slot 0)
    mapping(address account => uint256) internal _balances;

    // ------------------------------------------------------------------ ownership (slots 1-2)
    address internal _owner;
    address internal _pendingOwner;

    // ------------------------------------------------------------------ enclave registry (slots 3-8)
    mapping(address account => bool) internal _isRegistrar;
    mapping(bytes32 key => IEnclaveRegistry.Measurement) internal _measurements;
    mapping(address signer => IEnclaveRegistry.Enclave) internal _enclaves;
    mapping(address signer => IEnclaveRegistry.EnclaveInfo) internal _enclaveInfo;
    /// @dev For an MRENCLAVE key: every key whose MRENCLAVE it is, whichever entry admitted it. For an
    ///      MRSIGNER key: every key registered under that entry. Each key appears at most once per list
    ///      and moves when a re-registration changes its MRENCLAVE or entry, so admin sweeps are
    ///      bounded by the keys of one measurement.
    mapping(bytes32 key => address[]) internal _signersByMeasurement;
    mapping(address signer => ListPositions) internal _listPositions;

    // ------------------------------------------------------------------ fleet keys (slots 9-10)
    EpochCounters internal _epochCounters;
    /// @dev Epoch 0 is never an epoch: `_epochs[0].x25519Key` holds the fleet id (`setFleetId`), so
    ///      the fleet identity needs no slot of its own.
    mapping(uint32 epoch => Epoch) internal _epochs;

    // ------------------------------------------------------------------ programs (slots 11-13)
    mapping(bytes32 programId => ProgramRecord) internal _programs;
    mapping(bytes32 programId => mapping(address requester => bool)) internal _allowed;
    mapping(bytes32 programId => mapping(uint32 version => IProgramRegistry.Version)) internal _versions;

    // ------------------------------------------------------------------ requests (slots 14-15)
    IJobRouter.Config internal _config;
    mapping(bytes32 jobId => bytes32) internal _commitments;

    // ------------------------------------------------------------------ round 3 (slots 16-18)
    mapping(bytes32 programId => ProgramAccount) internal _programAccounts;
    mapping(bytes32 programId => SecretsRef) internal _programSecrets;
    PendingFees internal _pendingFees;

    // ------------------------------------------------------------------ on-chain attestation (slots 19-20)
    /// @dev The DCAP verifier that `registerEnclaveAttested` calls (zero: that path is off), and the
    ///      owner's one-way switch that turns the registrars off for good.
    address internal _dcapVerifier;
    bool internal _registrarsDisabled;
    /// @dev For a key registered from its quote: its platform (IDcapVerifier.Verified.platform, the
    ///      low 4 bytes zero) with the nonce of its last payee authorisation in the low 4 bytes.
    mapping(address signer => bytes32) internal _attested;

    /// @dev The one rule for whether an enclave record's signatures count now.
    function _isActive(IEnclaveRegistry.Enclave memory e) internal view returns (bool) {
        return e.state == IEnclaveRegistry.EnclaveState.Active && block.timestamp < e.expiresAt;
    }

    /// @dev The fee floor of a request for `programId` made now at `baseFee` (`quoteFee`,
    ///      `quoteFeeAt`; JobRouter's request path computes the same in assembly).
    function _quote(bytes32 programId, uint32 callbackGasLimit, uint256 baseFee) internal view returns (uint256) {
        uint256 prog;
        uint256 cfg;
        assembly ("memory-safe") {
            cfg := sload(_config.slot)
            mstore(0, programId)
            mstore(0x20, _programs.slot)
            prog := sload(keccak256(0, 0x40))
        }
        if ((prog >> 232) & FLAG_EXISTS == 0) revert IProgramRegistry.UnknownProgram(programId);
        return _floor(cfg, prog, callbackGasLimit, baseFee);
    }

    /// @dev The floor of a request, from the raw config and program slots.
    function _floor(uint256 cfg, uint256 prog, uint32 callbackGasLimit, uint256 baseFee)
        internal
        view
        returns (uint256)
    {
        uint256 authorFee = block.timestamp < uint40(prog >> 128) ? uint64(prog) : uint64(prog >> 64);
        uint256 price = baseFee * uint8(cfg >> 208) / 100;
        uint256 minPrice = uint40(cfg >> 168);
        if (price < minPrice) price = minPrice;
        return authorFee + uint256(uint32(cfg >> 224)) * 1 gwei + price
            * (uint256(callbackGasLimit) + uint256(uint8(cfg >> 216)) * 1000);
    }

    /// @dev Makes `amount` wei withdrawable by `account` (`withdraw`).
    function _credit(address account, uint256 amount) internal {
        _balances[account] += amount;
        emit IEscrow.Credited(account, amount);
    }

    /// @dev Every transfer out goes through here, after state has been updated (checks-effects-
    ///      interactions), so a reentrant receiver finds nothing left to take.
    function _pay(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert IEscrow.TransferFailed(to, amount);
    }

    /// @dev Opens `epoch` for an enclave to publish its keys (genesis in the router's constructor,
    ///      rotations in JobRouterAdmin).
    function _openEpoch(uint32 epoch) internal {
        _epochCounters.pending = epoch;
        _epochCounters.latest = epoch;
        emit IFleetKeys.EpochOpened(epoch);
    }
}
