// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned2Step} from "./Owned2Step.sol";
import {Escrow} from "./Escrow.sol";

/// @title EnclaveRegistry
/// @notice Which enclave keys count. Registrars (trusted to verify SGX attestation off-chain) record
///         enclaves whose measurement is on the owner's allowlist: either an exact MRENCLAVE, or an
///         MRSIGNER + product id with a minimum security version. Each key's MRENCLAVE and SVN are
///         stored, so the allowlist can tighten: raising an MRSIGNER entry's minimum SVN deactivates
///         the keys registered under it with a lower SVN; removing an MRENCLAVE entry (or denying an
///         MRENCLAVE that only an MRSIGNER entry allows) deactivates every key of that build and stops
///         it registering again by any entry; removing an MRSIGNER entry deactivates the keys under it.
///         Registrations expire and can be revoked.
/// @dev Inherited by JobRouter so that checking a result signer reads one cold storage slot: the
///      `Enclave` record packs the enclave's unpaid fees, its expiry and its state together, and the
///      router credits fees into that same slot. Everything else lives in cold records that only
///      registration, administration and withdrawal touch.
abstract contract EnclaveRegistry is Escrow, Owned2Step {
    /// @notice Lifecycle of an enclave key.
    enum EnclaveState {
        None,
        Active,
        Deactivated, // the allowlist no longer admits it; may register again once allowed
        Revoked // permanently refused
    }

    /// @notice Kinds of allowlist entry.
    uint8 internal constant KIND_MRENCLAVE = 1;
    uint8 internal constant KIND_MRSIGNER = 2;

    /// @notice Hot record of an enclave key, one storage slot.
    struct Enclave {
        uint96 fees; // fees earned and not yet withdrawn to the payee, wei
        uint40 expiresAt; // unix seconds; results signed by the key are refused from this time on
        EnclaveState state;
    }

    /// @notice Cold details of an enclave key, read by off-chain parties and on withdrawal.
    struct EnclaveInfo {
        address payee;
        bool simulated;
        uint16 svn; // ISV security version of the attested enclave
        bytes32 measurement; // allowlist key it was registered under
        bytes32 mrEnclave; // MRENCLAVE of the attested enclave
        bytes32 evidenceDigest; // digest of the attestation evidence the registrar verified
        bytes encryptionKey; // secp256k1 ECIES public key, 33 (compressed) or 65 bytes
    }

    /// @notice An allowlist entry. An MRENCLAVE entry with `denied` set (and `allowed` clear) is on the
    ///         denylist: that build registers by no entry, its MRSIGNER's included.
    struct Measurement {
        bool allowed;
        uint8 kind;
        uint16 minSvn; // MRSIGNER entries: lowest ISV security version accepted
        bool denied; // MRENCLAVE entries only
    }

    /// @dev Where a key sits in the lists of `_signersByMeasurement` (1-based, 0 = not listed).
    struct ListPositions {
        uint32 inMrEnclaveList; // in the list of mrEnclaveKey(info.mrEnclave)
        uint32 inMrSignerList; // in the list of info.measurement, when that is an MRSIGNER key
    }

    /// @notice What a registrar submits after verifying an enclave's attestation.
    struct Registration {
        address signer; // the enclave's signing address (its on-chain identity)
        address payee; // receives the fees the enclave earns
        uint40 expiresAt; // unix seconds
        bool simulated; // simulation-mode worker: accepted only if allowSimulation
        bytes32 mrEnclave;
        bytes32 mrSigner;
        uint16 productId;
        uint16 svn;
        bytes32 evidenceDigest; // e.g. sha256 of the remote report, so anyone can re-verify it
        bytes encryptionKey;
    }

    /// @notice True when this registry accepts simulation-mode enclaves (dev chains only).
    bool public immutable allowSimulation;

    /// @notice Addresses allowed to register enclaves.
    mapping(address account => bool) public isRegistrar;
    /// @notice Allowlist of measurements, by key (see `mrEnclaveKey`, `mrSignerKey`).
    mapping(bytes32 key => Measurement) public measurements;

    mapping(address signer => Enclave) internal _enclaves;
    mapping(address signer => EnclaveInfo) internal _enclaveInfo;
    /// @dev For an MRENCLAVE key: every key whose MRENCLAVE it is, whichever entry admitted it. For an
    ///      MRSIGNER key: every key registered under that entry. Each key appears at most once per list
    ///      and moves when a re-registration changes its MRENCLAVE or entry, so admin sweeps are
    ///      bounded by the keys of one measurement.
    mapping(bytes32 key => address[]) internal _signersByMeasurement;
    mapping(address signer => ListPositions) internal _listPositions;

    /// @notice The registration names a measurement that is not on the allowlist.
    error MeasurementNotAllowed(bytes32 mrEnclave, bytes32 mrSigner, uint16 productId, uint16 svn);
    /// @notice The measurement key is not on the allowlist.
    error UnknownMeasurement(bytes32 key);
    /// @notice A simulation-mode enclave was submitted to a registry that refuses them.
    error SimulationNotAllowed();
    /// @notice The enclave key was revoked and can never register again.
    error EnclaveIsRevoked(address signer);
    /// @notice The enclave key is not registered.
    error UnknownEnclave(address signer);
    /// @notice The expiry is in the past.
    error BadExpiry(uint40 expiresAt);
    /// @notice The encryption key is not a 33- or 65-byte secp256k1 public key.
    error BadEncryptionKey();
    /// @notice The MRENCLAVE is on the denylist: no entry admits it.
    error MrEnclaveDenied(bytes32 mrEnclave);

    /// @notice Emitted when the owner adds or removes a registrar.
    event RegistrarSet(address indexed registrar, bool allowed);
    /// @notice Emitted when a measurement is put on the allowlist.
    event MeasurementAllowed(bytes32 indexed key, uint8 kind, bytes32 value, uint16 productId, uint16 minSvn);
    /// @notice Emitted when a measurement leaves the allowlist.
    event MeasurementRemoved(bytes32 indexed key);
    /// @notice Emitted when an MRENCLAVE goes on the denylist (`denied`) or leaves it without being
    ///         allowed (`mrEnclaveKey(mrEnclave)` is `key`).
    event MeasurementDenied(bytes32 indexed key, bool denied);
    /// @notice Emitted when an enclave key is registered or renewed.
    event EnclaveRegistered(
        address indexed signer,
        bytes32 indexed measurement,
        bytes32 indexed mrEnclave,
        address payee,
        uint40 expiresAt,
        bool simulated,
        uint16 svn,
        bytes32 evidenceDigest,
        bytes encryptionKey
    );
    /// @notice Emitted when an enclave key is revoked for good.
    event EnclaveRevoked(address indexed signer);
    /// @notice Emitted when tightening the allowlist deactivates an enclave key (`measurement` is the
    ///         entry it was registered under; the admin event before it in the transaction says why).
    event EnclaveDeactivated(address indexed signer, bytes32 indexed measurement);
    /// @notice Emitted when an enclave's fees are paid out to its payee.
    event EnclaveFeesWithdrawn(address indexed signer, address indexed payee, uint256 amount);
    /// @notice Emitted when a re-registration changes the payee: the fees earned under the old payee
    ///         are credited to its pull balance (`withdraw`) instead of following the key.
    event EnclaveFeesSettled(address indexed signer, address indexed payee, uint256 amount);

    modifier onlyRegistrar() {
        if (!isRegistrar[msg.sender]) revert Unauthorized(msg.sender);
        _;
    }

    constructor(bool allowSimulation_) {
        allowSimulation = allowSimulation_;
    }

    /// @notice Allowlist key of an exact MRENCLAVE.
    /// @param mrEnclave The enclave measurement.
    /// @return The allowlist key.
    function mrEnclaveKey(bytes32 mrEnclave) public pure returns (bytes32) {
        return keccak256(abi.encode(KIND_MRENCLAVE, mrEnclave));
    }

    /// @notice Allowlist key of an MRSIGNER + product id.
    /// @param mrSigner The enclave signer measurement.
    /// @param productId The ISV product id.
    /// @return The allowlist key.
    function mrSignerKey(bytes32 mrSigner, uint16 productId) public pure returns (bytes32) {
        return keccak256(abi.encode(KIND_MRSIGNER, mrSigner, productId));
    }

    /// @notice Adds or removes a registrar.
    /// @param registrar The account.
    /// @param allowed Whether it may register enclaves.
    function setRegistrar(address registrar, bool allowed) external onlyOwner {
        isRegistrar[registrar] = allowed;
        emit RegistrarSet(registrar, allowed);
    }

    /// @notice Allows enclaves with exactly this MRENCLAVE (taking it off the denylist if it was on it).
    /// @param mrEnclave The measurement.
    function allowMrEnclave(bytes32 mrEnclave) external onlyOwner {
        bytes32 key = mrEnclaveKey(mrEnclave);
        measurements[key] = Measurement({allowed: true, kind: KIND_MRENCLAVE, minSvn: 0, denied: false});
        emit MeasurementAllowed(key, KIND_MRENCLAVE, mrEnclave, 0, 0);
    }

    /// @notice Allows enclaves signed by `mrSigner` with product id `productId` and ISV SVN >= `minSvn`.
    ///         Raising the minimum of an existing entry deactivates the keys registered under it with a
    ///         lower SVN (`activeSignersOf(key, minSvn)` lists them beforehand); lowering it reactivates nothing.
    /// @param mrSigner The signer measurement.
    /// @param productId The ISV product id.
    /// @param minSvn The lowest security version accepted.
    function allowMrSigner(bytes32 mrSigner, uint16 productId, uint16 minSvn) external onlyOwner {
        bytes32 key = mrSignerKey(mrSigner, productId);
        Measurement memory old = measurements[key];
        measurements[key] = Measurement({allowed: true, kind: KIND_MRSIGNER, minSvn: minSvn, denied: false});
        emit MeasurementAllowed(key, KIND_MRSIGNER, mrSigner, productId, minSvn);
        // A key can only be active under an allowed entry, so only a raised minimum has keys to sweep.
        if (old.allowed && minSvn > old.minSvn) _deactivateListed(key, false, minSvn);
    }

    /// @notice Removes a measurement from the allowlist and deactivates the keys it admitted. Removing an
    ///         MRENCLAVE entry distrusts that build: it goes on the denylist, so every key with that
    ///         MRENCLAVE is deactivated (also one registered through an MRSIGNER entry) and the build can
    ///         no longer register through its MRSIGNER entry (`allowMrEnclave` or
    ///         `setMrEnclaveDenied(mrEnclave, false)` lift that). Removing an MRSIGNER entry deactivates the keys registered under it.
    /// @param key The allowlist key.
    function removeMeasurement(bytes32 key) external onlyOwner {
        Measurement memory m = measurements[key];
        if (!m.allowed) revert UnknownMeasurement(key);
        emit MeasurementRemoved(key);
        if (m.kind == KIND_MRENCLAVE) {
            _deny(key);
        } else {
            delete measurements[key];
            _deactivateListed(key, true, 0);
        }
    }

    /// @notice Puts an MRENCLAVE on the denylist (`denied`), even when its MRSIGNER entry allows it:
    ///         every key with that MRENCLAVE is deactivated and registrations of it are refused; an
    ///         MRENCLAVE entry for it is removed. Or takes it off the denylist without allowing it: it
    ///         may register through its MRSIGNER entry again (keys the denial deactivated stay so until
    ///         registered again). Idempotent.
    /// @param mrEnclave The measurement.
    /// @param denied Put on (true) or take off (false) the denylist.
    function setMrEnclaveDenied(bytes32 mrEnclave, bool denied) external onlyOwner {
        bytes32 key = mrEnclaveKey(mrEnclave);
        Measurement memory m = measurements[key];
        if (denied) {
            if (m.allowed) emit MeasurementRemoved(key);
            _deny(key);
        } else if (m.denied) {
            delete measurements[key];
            emit MeasurementDenied(key, false);
        }
    }

    function _deny(bytes32 key) private {
        measurements[key] = Measurement({allowed: false, kind: KIND_MRENCLAVE, minSvn: 0, denied: true});
        emit MeasurementDenied(key, true);
        _deactivateListed(key, true, 0);
    }

    /// @dev Deactivates the active keys in `key`'s list: all of them, or those with an SVN below `minSvn`.
    function _deactivateListed(bytes32 key, bool all, uint16 minSvn) private {
        address[] storage signers = _signersByMeasurement[key];
        for (uint256 i = 0; i < signers.length; ++i) {
            address signer = signers[i];
            Enclave storage e = _enclaves[signer];
            if (e.state != EnclaveState.Active) continue;
            EnclaveInfo storage info = _enclaveInfo[signer];
            if (!all && info.svn >= minSvn) continue;
            e.state = EnclaveState.Deactivated;
            emit EnclaveDeactivated(signer, info.measurement);
        }
    }

    /// @notice Registers (or renews) an enclave key whose attestation the registrar verified.
    /// @dev MRENCLAVE entries take precedence over MRSIGNER entries; a denied MRENCLAVE registers by
    ///      neither. Unwithdrawn fees stay with the key only while the payee stays the same: a new payee
    ///      first settles them to the old payee's pull balance, so a registrar cannot redirect them.
    /// @param r The registration.
    function registerEnclave(Registration calldata r) external onlyRegistrar {
        if (r.signer == address(0) || r.payee == address(0)) revert ZeroAddress();
        if (r.expiresAt <= block.timestamp) revert BadExpiry(r.expiresAt);
        if (r.encryptionKey.length != 33 && r.encryptionKey.length != 65) revert BadEncryptionKey();
        if (r.simulated && !allowSimulation) revert SimulationNotAllowed();

        bytes32 enclaveKey = mrEnclaveKey(r.mrEnclave);
        bytes32 key = enclaveKey;
        Measurement memory m = measurements[enclaveKey];
        if (m.denied) revert MrEnclaveDenied(r.mrEnclave);
        if (!m.allowed) {
            key = mrSignerKey(r.mrSigner, r.productId);
            m = measurements[key];
            if (!m.allowed || r.svn < m.minSvn) {
                revert MeasurementNotAllowed(r.mrEnclave, r.mrSigner, r.productId, r.svn);
            }
        }

        Enclave storage e = _enclaves[r.signer];
        if (e.state == EnclaveState.Revoked) revert EnclaveIsRevoked(r.signer);
        EnclaveInfo storage info = _enclaveInfo[r.signer];
        uint96 owed = e.fees;
        if (owed != 0 && info.payee != r.payee) {
            address oldPayee = info.payee;
            e.fees = 0;
            emit EnclaveFeesSettled(r.signer, oldPayee, owed);
            _credit(oldPayee, owed);
        }
        _relist(r.signer, info, enclaveKey, key == enclaveKey ? bytes32(0) : key);
        e.expiresAt = r.expiresAt;
        e.state = EnclaveState.Active;
        info.payee = r.payee;
        info.simulated = r.simulated;
        info.svn = r.svn;
        info.measurement = key;
        info.mrEnclave = r.mrEnclave;
        info.evidenceDigest = r.evidenceDigest;
        info.encryptionKey = r.encryptionKey;
        emit EnclaveRegistered(
            r.signer, key, r.mrEnclave, r.payee, r.expiresAt, r.simulated, r.svn, r.evidenceDigest, r.encryptionKey
        );
    }

    /// @dev Moves `signer` into the list of its (new) MRENCLAVE key and, when an MRSIGNER entry admitted
    ///      it, into that entry's list (`signerKey` zero otherwise), out of the lists it leaves. Reads
    ///      the old MRENCLAVE and entry from `info`, so call it before `info` is overwritten.
    function _relist(address signer, EnclaveInfo storage info, bytes32 enclaveKey, bytes32 signerKey) private {
        ListPositions memory p = _listPositions[signer];
        if (p.inMrEnclaveList == 0 || mrEnclaveKey(info.mrEnclave) != enclaveKey) {
            if (p.inMrEnclaveList != 0) _unlist(mrEnclaveKey(info.mrEnclave), p.inMrEnclaveList, true);
            p.inMrEnclaveList = _list(enclaveKey, signer);
        }
        bytes32 oldSignerKey = p.inMrSignerList == 0 ? bytes32(0) : info.measurement;
        if (oldSignerKey != signerKey) {
            if (oldSignerKey != bytes32(0)) _unlist(oldSignerKey, p.inMrSignerList, false);
            p.inMrSignerList = signerKey == bytes32(0) ? 0 : _list(signerKey, signer);
        }
        _listPositions[signer] = p;
    }

    function _list(bytes32 key, address signer) private returns (uint32 position) {
        address[] storage signers = _signersByMeasurement[key];
        signers.push(signer);
        position = uint32(signers.length);
    }

    /// @dev Swap-and-pop removal of the entry at 1-based `position` of `key`'s list.
    function _unlist(bytes32 key, uint32 position, bool mrEnclaveList) private {
        address[] storage signers = _signersByMeasurement[key];
        uint256 last = signers.length;
        if (position != last) {
            address moved = signers[last - 1];
            signers[position - 1] = moved;
            if (mrEnclaveList) _listPositions[moved].inMrEnclaveList = position;
            else _listPositions[moved].inMrSignerList = position;
        }
        signers.pop();
    }

    /// @notice Revokes an enclave key for good; results it signs are refused from now on. Fees it
    ///         already earned stay withdrawable by its payee.
    /// @param signer The enclave's signing address.
    function revokeEnclave(address signer) external {
        if (msg.sender != owner && !isRegistrar[msg.sender]) revert Unauthorized(msg.sender);
        Enclave storage e = _enclaves[signer];
        if (e.state == EnclaveState.None) revert UnknownEnclave(signer);
        e.state = EnclaveState.Revoked;
        emit EnclaveRevoked(signer);
    }

    /// @notice Pays an enclave's earned fees to its payee. Anyone may trigger it; the funds only ever
    ///         go to the payee the registrar recorded.
    /// @param signer The enclave's signing address.
    /// @return amount The amount paid, in wei.
    function withdrawEnclaveFees(address signer) external returns (uint256 amount) {
        Enclave storage e = _enclaves[signer];
        amount = e.fees;
        if (amount == 0) revert NothingToPay(signer);
        e.fees = 0;
        address payee = _enclaveInfo[signer].payee;
        emit EnclaveFeesWithdrawn(signer, payee, amount);
        _payEnclaveFees(payee, amount);
    }

    /// @notice The enclave has no fees to pay out.
    error NothingToPay(address signer);

    /// @notice True when results signed by `signer` are accepted now.
    /// @param signer The enclave's signing address.
    /// @return Whether the key is registered, active and unexpired.
    function isActive(address signer) public view returns (bool) {
        return _isActive(_enclaves[signer]);
    }

    /// @dev The one rule for whether an enclave record's signatures count now.
    function _isActive(Enclave memory e) internal view returns (bool) {
        return e.state == EnclaveState.Active && block.timestamp < e.expiresAt;
    }

    /// @notice Everything recorded about an enclave key.
    /// @param signer The enclave's signing address.
    /// @return hot Fees, expiry and state.
    /// @return info Payee, mode, measurement key, evidence digest and encryption key.
    function enclave(address signer) external view returns (Enclave memory hot, EnclaveInfo memory info) {
        return (_enclaves[signer], _enclaveInfo[signer]);
    }

    /// @notice The keys recorded under a measurement key, in any state. For an MRENCLAVE key: every key
    ///         whose MRENCLAVE it is, whichever entry admitted it; for an MRSIGNER key: every key
    ///         registered under that entry. A key re-registered under another measurement moves.
    /// @param key The allowlist key (`mrEnclaveKey`, `mrSignerKey`).
    /// @return The signing addresses.
    function signersOf(bytes32 key) external view returns (address[] memory) {
        return _signersByMeasurement[key];
    }

    /// @notice The Active keys (expired ones included) of `signersOf(key)` with an SVN below `belowSvn`:
    ///         with `belowSvn` above 0xffff, the keys that `removeMeasurement(key)` (for an MRENCLAVE key
    ///         also `setMrEnclaveDenied`) would deactivate now; for an MRSIGNER key and a prospective
    ///         minimum, the keys that raising the minimum to it would deactivate.
    /// @param key The allowlist key.
    /// @param belowSvn Only keys with an SVN below this.
    /// @return signers The signing addresses.
    function activeSignersOf(bytes32 key, uint32 belowSvn) external view returns (address[] memory signers) {
        address[] storage listed = _signersByMeasurement[key];
        signers = new address[](listed.length);
        uint256 n;
        for (uint256 i = 0; i < listed.length; ++i) {
            address signer = listed[i];
            if (_enclaves[signer].state == EnclaveState.Active && _enclaveInfo[signer].svn < belowSvn) {
                signers[n++] = signer;
            }
        }
        assembly ("memory-safe") {
            mstore(signers, n)
        }
    }

    function _payEnclaveFees(address payee, uint256 amount) internal virtual;
}
