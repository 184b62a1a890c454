// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IFleetKeys} from "./interfaces/IFleetKeys.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";

/// @title FleetKeys
/// @notice The fleet's public encryption keys, one pair per epoch: an X25519 key (HPKE DHKEM(X25519),
///         the default suite) and an X-Wing key (ML-KEM-768 + X25519, the post-quantum suite). Each
///         epoch's secret is created inside one enclave and shared only with enclaves that attested to
///         it; this contract records the public keys that clients, authors and relayers encrypt to.
///         - The owner opens an epoch: epoch 1 at deployment, epoch current+1 with `startRotation`.
///         - The first submission for the open epoch carrying an EIP-712 `FleetKey` signature of a
///           registered, active enclave (never a simulated one unless the registry allows simulation)
///           records its keys and makes it the current epoch; later submissions for it are refused.
///         - Older epochs stay listed (enclaves still decrypt them) until the owner retires them.
///         - Keys count only for the fleet id the owner set (`setFleetId`, the id the genesis enclave
///           reports: keccak256(chainId, router, governor, commitment to the fleet's root secret)). A
///           second genesis (a host that deleted an enclave's state) makes another fleet id, whose keys
///           are refused, so no epoch gets a second key pair behind the owner's back.
///         Who may publish: any registered, active enclave (of any allowlisted measurement). That is
///         looser than the fleet's join policy (same MRSIGNER and product, SVN floor), but every
///         allowlisted build runs this project's code, which signs FleetKey statements only for the
///         fleet whose root secret it holds; so another build can publish only keys of this fleet
///         that it received by joining under the fleet's own policy. Owners allowlist only builds
///         whose join policy they accept.
/// @dev Signatures use the router's EIP-712 domain (name "TeeOracle", version "1", chain id, this
///      contract) and EIP-2098 compact form, low s only, as results do. The X-Wing key (1,216 bytes)
///      is stored as the code of a data contract (SSTORE2): about a third of the gas of 39 storage
///      slots. Nothing here is on the request or fulfil path: the router keeps the current epoch in
///      its own hot config slot, written through `_onEpochActivated`. Part of JobRouterAdmin (runs
///      on the router's storage through its fallback; the router's constructor opens epoch 1). Types,
///      errors and events are declared in `IFleetKeys`.
abstract contract FleetKeys is EnclaveRegistry, IFleetKeys {
    /// @dev Length of an X-Wing public key (ML-KEM-768 encapsulation key || X25519 key).
    uint256 internal constant XWING_KEY_LENGTH = 1216;
    /// @notice EIP-712 type hash of a fleet key publication.
    bytes32 public constant override FLEET_KEY_TYPEHASH =
        keccak256("FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)");
    bytes32 private constant FLEET_DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant FLEET_NAME_HASH = keccak256("TeeOracle");
    bytes32 private constant FLEET_VERSION_HASH = keccak256("1");
    uint256 private constant FLEET_HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    // ------------------------------------------------------------------ owner

    /// @notice Sets the fleet whose keys the router records: the fleet id the genesis enclave reports
    ///         (`relayer fleet genesis`). Changing it replaces the fleet (a new genesis); keys already
    ///         recorded stay on record and their epochs keep serving until retired.
    ///         Zero trusts no fleet (no keys can be recorded).
    /// @param id The fleet id.
    function setFleetId(bytes32 id) external onlyOwner {
        bytes32 previous = _epochs[0].x25519Key;
        _epochs[0].x25519Key = id;
        emit FleetIdSet(previous, id);
    }

    /// @notice Opens the next epoch for an enclave to create and publish; it becomes current when its
    ///         keys are recorded. The next epoch is current + 1 (one more if a pending rotation was
    ///         cancelled).
    /// @return epoch The epoch opened.
    function startRotation() external onlyOwner returns (uint32 epoch) {
        EpochCounters memory c = _epochCounters;
        if (c.pending != 0) revert RotationPending(c.pending);
        epoch = c.latest + 1;
        _openEpoch(epoch);
    }

    /// @notice Retires an epoch: clients stop encrypting to it and enclaves may delete its secret, which
    ///         makes its ciphertexts unreadable for good. Retiring the pending epoch cancels the rotation.
    ///         The current epoch cannot be retired (rotate first).
    /// @param epoch The epoch.
    function retireEpoch(uint32 epoch) external onlyOwner {
        EpochCounters memory c = _epochCounters;
        if (epoch == c.current && epoch != 0) revert CannotRetireCurrentEpoch(epoch);
        EpochStatus status = _status(epoch, c);
        if (status == EpochStatus.Pending) {
            _epochCounters.pending = 0;
        } else if (status != EpochStatus.Active) {
            revert EpochNotRetirable(epoch, status);
        }
        _epochs[epoch].status = EpochStatus.Retired;
        emit EpochRetired(epoch);
    }

    // ------------------------------------------------------------------ enclaves

    /// @notice Records the keys of the pending epoch, signed by a registered, active enclave. Anyone may
    ///         submit (a relayer carries the enclave's signature); the epoch becomes the current one.
    /// @param id The fleet id the keys are signed for: must be the router's (`fleetId`).
    /// @param epoch The pending epoch.
    /// @param x25519Key The epoch's X25519 public key.
    /// @param xwingKey The epoch's X-Wing public key (`XWING_KEY_LENGTH` bytes).
    /// @param r EIP-2098 compact signature over the EIP-712 digest of
    ///        `FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)`,
    ///        xwingKeyHash = keccak256(xwingKey).
    /// @param vs EIP-2098 compact signature, second word.
    function setEpochKeys(bytes32 id, uint32 epoch, bytes32 x25519Key, bytes calldata xwingKey, bytes32 r, bytes32 vs)
        external
        delegated
    {
        bytes32 expected = _epochs[0].x25519Key; // zero before setFleetId: no fleet id matches it
        if (id != expected || id == bytes32(0)) revert FleetIdMismatch(id, expected);
        EpochCounters memory c = _epochCounters;
        if (epoch != c.pending || epoch == 0) {
            if (_epochs[epoch].xwingKeyData != address(0)) revert EpochKeysAlreadySet(epoch);
            revert EpochNotPending(epoch, c.pending);
        }
        if (x25519Key == bytes32(0)) revert BadX25519Key();
        if (xwingKey.length != XWING_KEY_LENGTH) revert BadXWingKeyLength(xwingKey.length);
        bytes32 xwingKeyHash = keccak256(xwingKey);

        address signer = _recoverFleetKeySigner(_fleetKeyDigest(id, epoch, x25519Key, xwingKeyHash), r, vs);
        if (signer == address(0)) revert BadFleetKeySignature();
        if (!_isActive(_enclaves[signer])) revert FleetKeySignerInactive(signer);
        if (_enclaveInfo[signer].simulated && !allowSimulation) revert FleetKeySignerSimulated(signer);

        _epochs[epoch] = Epoch({xwingKeyData: _storeData(xwingKey), status: EpochStatus.Active, x25519Key: x25519Key});
        c.current = epoch;
        c.pending = 0;
        _epochCounters = c;
        emit EpochKeySet(epoch, signer, x25519Key, xwingKeyHash);
        _onEpochActivated(epoch);
    }

    // ------------------------------------------------------------------ views

    /// @notice The fleet id the router records keys of (zero before `setFleetId`).
    /// @return The fleet id.
    function fleetId() external view delegated returns (bytes32) {
        return _epochs[0].x25519Key;
    }

    /// @notice The current epoch: the newest with published keys (0 before genesis).
    /// @return The epoch.
    function currentEpoch() external view delegated returns (uint32) {
        return _epochCounters.current;
    }

    /// @notice The epoch open for keys (0 when no rotation is pending).
    /// @return The epoch.
    function pendingEpoch() external view delegated returns (uint32) {
        return _epochCounters.pending;
    }

    /// @notice The keys and status of an epoch (zero and empty unless they were published; a retired
    ///         epoch keeps them on record). Epoch 0 is never an epoch (its record holds the fleet id).
    /// @param epoch The epoch.
    /// @return status Its status.
    /// @return x25519Key The X25519 public key.
    /// @return xwingKey The X-Wing public key (its keccak256 is what the enclave signed).
    function epochKeys(uint32 epoch)
        external
        view
        delegated
        returns (EpochStatus status, bytes32 x25519Key, bytes memory xwingKey)
    {
        Epoch storage e = _epochs[epoch];
        return (_status(epoch, _epochCounters), e.x25519Key, _loadData(e.xwingKeyData));
    }

    /// @notice The epochs whose keys are published and not retired, oldest first; the last one is the
    ///         current epoch. Enclaves keep these secrets; clients encrypt to the current one.
    /// @return epochs The epochs.
    function activeEpochs() external view delegated returns (uint32[] memory epochs) {
        uint32 current = _epochCounters.current;
        epochs = new uint32[](current);
        uint256 n;
        for (uint32 e = 1; e <= current; ++e) {
            if (_epochs[e].status == EpochStatus.Active) epochs[n++] = e;
        }
        assembly ("memory-safe") {
            mstore(epochs, n)
        }
    }

    // ------------------------------------------------------------------ internals

    /// @dev Called once per epoch when its keys are recorded and it becomes the current epoch; the router
    ///      copies the epoch into the config slot that requests read.
    function _onEpochActivated(uint32 epoch) internal virtual;

    /// @dev The EIP-712 digest an enclave signs to publish an epoch's keys, in the router's domain.
    function _fleetKeyDigest(bytes32 id, uint32 epoch, bytes32 x25519Key, bytes32 xwingKeyHash)
        private
        view
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(FLEET_DOMAIN_TYPEHASH, FLEET_NAME_HASH, FLEET_VERSION_HASH, block.chainid, address(this))
        );
        bytes32 structHash = keccak256(abi.encode(FLEET_KEY_TYPEHASH, id, epoch, x25519Key, xwingKeyHash));
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    function _status(uint32 epoch, EpochCounters memory c) private view returns (EpochStatus) {
        if (epoch != 0 && epoch == c.pending) return EpochStatus.Pending;
        return _epochs[epoch].status;
    }

    function _recoverFleetKeySigner(bytes32 digest, bytes32 r, bytes32 vs) private pure returns (address) {
        bytes32 s = vs & bytes32(0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (uint256(s) > FLEET_HALF_N) return address(0);
        uint8 v = uint8(uint256(vs) >> 255) + 27;
        return ecrecover(digest, v, r, s);
    }

    /// @dev SSTORE2: deploys a contract whose code is 0x00 (STOP, so calling it does nothing) followed
    ///      by `data`. Init code: PUSH2 len+1, DUP1, PUSH1 10, RETURNDATASIZE, CODECOPY, RETURNDATASIZE,
    ///      RETURN (10 bytes), then the runtime code.
    function _storeData(bytes calldata data) private returns (address pointer) {
        bytes memory init = abi.encodePacked(hex"61", uint16(data.length + 1), hex"80600a3d393df300", data);
        assembly ("memory-safe") {
            pointer := create(0, add(init, 0x20), mload(init))
        }
        if (pointer == address(0)) revert XWingKeyStoreFailed();
    }

    function _loadData(address pointer) private view returns (bytes memory data) {
        if (pointer == address(0)) return data;
        uint256 size = pointer.code.length - 1;
        data = new bytes(size);
        assembly ("memory-safe") {
            extcodecopy(pointer, add(data, 0x20), 1, size)
        }
    }
}
