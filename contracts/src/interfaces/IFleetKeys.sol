// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IFleetKeys
/// @notice The fleet's public encryption keys, one pair per epoch (X25519 and X-Wing), published with
///         an EIP-712 `FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)`
///         signature of a registered, active enclave in the router's domain, for the one fleet id the
///         owner set (part of the router's ABI; the code runs in JobRouterAdmin).
interface IFleetKeys {
    /// @notice Lifecycle of an epoch.
    enum EpochStatus {
        None, // never opened
        Pending, // opened by the owner, waiting for an enclave to publish its keys
        Active, // keys recorded; the highest Active epoch is the current one
        Retired // retired by the owner (or a pending rotation cancelled): encrypt nothing to it
    }

    /// @notice The epoch is not the one open for keys (`pending`, 0 when none is).
    error EpochNotPending(uint32 epoch, uint32 pending);
    /// @notice The epoch's keys were already recorded.
    error EpochKeysAlreadySet(uint32 epoch);
    /// @notice A rotation is already waiting for keys.
    error RotationPending(uint32 pending);
    /// @notice The current epoch cannot be retired.
    error CannotRetireCurrentEpoch(uint32 epoch);
    /// @notice The epoch is neither active nor pending, so there is nothing to retire.
    error EpochNotRetirable(uint32 epoch, EpochStatus status);
    /// @notice The X25519 key is zero.
    error BadX25519Key();
    /// @notice The X-Wing key is not 1,216 bytes long.
    error BadXWingKeyLength(uint256 length);
    /// @notice The signature is malformed or malleable (high s).
    error BadFleetKeySignature();
    /// @notice The signer is not a registered enclave that is active now.
    error FleetKeySignerInactive(address signer);
    /// @notice The signer is a simulation-mode enclave and this registry does not allow simulation.
    error FleetKeySignerSimulated(address signer);
    /// @notice Storing the X-Wing key failed.
    error XWingKeyStoreFailed();
    /// @notice The keys are signed for another fleet than the one the router trusts (`expected` is
    ///         zero before the owner's `setFleetId`).
    error FleetIdMismatch(bytes32 fleetId, bytes32 expected);

    /// @notice Emitted when the owner opens an epoch for its keys (genesis or rotation).
    event EpochOpened(uint32 indexed epoch);
    /// @notice Emitted when an enclave publishes an epoch's keys; the epoch becomes the current one.
    event EpochKeySet(uint32 indexed epoch, address indexed signer, bytes32 x25519Key, bytes32 xwingKeyHash);
    /// @notice Emitted when the owner retires an epoch (or cancels a pending one).
    event EpochRetired(uint32 indexed epoch);
    /// @notice Emitted when the owner sets the fleet id (at genesis; a change replaces the fleet).
    event FleetIdSet(bytes32 indexed previous, bytes32 indexed fleetId);

    /// @notice EIP-712 type hash of a fleet key publication.
    function FLEET_KEY_TYPEHASH() external view returns (bytes32);

    /// @notice Sets the fleet whose keys the router records (owner): the id the genesis enclave
    ///         reports. Changing it replaces the fleet; keys already recorded stay on record.
    function setFleetId(bytes32 fleetId) external;

    /// @notice The fleet id the router records keys of (zero before `setFleetId`).
    function fleetId() external view returns (bytes32);

    /// @notice Opens the next epoch for an enclave to create and publish (owner).
    function startRotation() external returns (uint32 epoch);

    /// @notice Retires an epoch, or cancels the pending rotation (owner); not the current epoch.
    function retireEpoch(uint32 epoch) external;

    /// @notice Records the keys of the pending epoch of fleet `fleetId` (the router's), signed by a
    ///         registered, active enclave; the epoch becomes the current one (new requests commit to it).
    function setEpochKeys(
        bytes32 fleetId,
        uint32 epoch,
        bytes32 x25519Key,
        bytes calldata xwingKey,
        bytes32 r,
        bytes32 vs
    ) external;

    /// @notice The current epoch: the newest with published keys (0 before genesis).
    function currentEpoch() external view returns (uint32);

    /// @notice The epoch open for keys (0 when no rotation is pending).
    function pendingEpoch() external view returns (uint32);

    /// @notice The keys and status of an epoch.
    function epochKeys(uint32 epoch)
        external
        view
        returns (EpochStatus status, bytes32 x25519Key, bytes memory xwingKey);

    /// @notice The epochs whose keys are published and not retired, oldest first.
    function activeEpochs() external view returns (uint32[] memory epochs);
}
