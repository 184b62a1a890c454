// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned2Step} from "./Owned2Step.sol";

/// @title EnclaveRegistry
/// @notice Which enclave keys count. Registrars (trusted to verify SGX attestation off-chain) record
///         enclaves whose measurement is on the owner's allowlist: either an exact MRENCLAVE, or an
///         MRSIGNER + product id with a minimum security version. Registrations expire, can be revoked,
///         and removing a measurement from the allowlist deactivates every key registered under it.
/// @dev Inherited by JobRouter so that checking a result signer reads one cold storage slot: the
///      `Enclave` record packs the enclave's unpaid fees, its expiry and its state together, and the
///      router credits fees into that same slot.
abstract contract EnclaveRegistry is Owned2Step {
    /// @notice Lifecycle of an enclave key.
    enum EnclaveState {
        None,
        Active,
        Deactivated, // its measurement was removed from the allowlist; may register again once allowed
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
        bytes32 measurement; // allowlist key it was registered under
        bytes32 evidenceDigest; // digest of the attestation evidence the registrar verified
        bytes encryptionKey; // secp256k1 ECIES public key, 33 (compressed) or 65 bytes
    }

    /// @notice An allowlist entry.
    struct Measurement {
        bool allowed;
        uint8 kind;
        uint16 minSvn; // MRSIGNER entries: lowest ISV security version accepted
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
    mapping(bytes32 key => address[]) internal _signersByMeasurement;

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

    /// @notice Emitted when the owner adds or removes a registrar.
    event RegistrarSet(address indexed registrar, bool allowed);
    /// @notice Emitted when a measurement is put on the allowlist.
    event MeasurementAllowed(bytes32 indexed key, uint8 kind, bytes32 value, uint16 productId, uint16 minSvn);
    /// @notice Emitted when a measurement leaves the allowlist.
    event MeasurementRemoved(bytes32 indexed key);
    /// @notice Emitted when an enclave key is registered or renewed.
    event EnclaveRegistered(
        address indexed signer,
        bytes32 indexed measurement,
        address payee,
        uint40 expiresAt,
        bool simulated,
        bytes32 evidenceDigest,
        bytes encryptionKey
    );
    /// @notice Emitted when an enclave key is revoked for good.
    event EnclaveRevoked(address indexed signer);
    /// @notice Emitted when removing its measurement deactivates an enclave key.
    event EnclaveDeactivated(address indexed signer, bytes32 indexed measurement);
    /// @notice Emitted when an enclave's fees are paid out to its payee.
    event EnclaveFeesWithdrawn(address indexed signer, address indexed payee, uint256 amount);

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

    /// @notice Allows enclaves with exactly this MRENCLAVE.
    /// @param mrEnclave The measurement.
    function allowMrEnclave(bytes32 mrEnclave) external onlyOwner {
        bytes32 key = mrEnclaveKey(mrEnclave);
        measurements[key] = Measurement({allowed: true, kind: KIND_MRENCLAVE, minSvn: 0});
        emit MeasurementAllowed(key, KIND_MRENCLAVE, mrEnclave, 0, 0);
    }

    /// @notice Allows enclaves signed by `mrSigner` with product id `productId` and ISV SVN >= `minSvn`.
    /// @param mrSigner The signer measurement.
    /// @param productId The ISV product id.
    /// @param minSvn The lowest security version accepted.
    function allowMrSigner(bytes32 mrSigner, uint16 productId, uint16 minSvn) external onlyOwner {
        bytes32 key = mrSignerKey(mrSigner, productId);
        measurements[key] = Measurement({allowed: true, kind: KIND_MRSIGNER, minSvn: minSvn});
        emit MeasurementAllowed(key, KIND_MRSIGNER, mrSigner, productId, minSvn);
    }

    /// @notice Removes a measurement from the allowlist and deactivates every key registered under it.
    /// @param key The allowlist key.
    function removeMeasurement(bytes32 key) external onlyOwner {
        if (!measurements[key].allowed) revert UnknownMeasurement(key);
        delete measurements[key];
        emit MeasurementRemoved(key);
        address[] storage signers = _signersByMeasurement[key];
        for (uint256 i = 0; i < signers.length; ++i) {
            address signer = signers[i];
            Enclave storage e = _enclaves[signer];
            if (e.state == EnclaveState.Active && _enclaveInfo[signer].measurement == key) {
                e.state = EnclaveState.Deactivated;
                emit EnclaveDeactivated(signer, key);
            }
        }
        delete _signersByMeasurement[key];
    }

    /// @notice Registers (or renews) an enclave key whose attestation the registrar verified.
    /// @dev MRENCLAVE entries take precedence over MRSIGNER entries. Unwithdrawn fees are kept.
    /// @param r The registration.
    function registerEnclave(Registration calldata r) external onlyRegistrar {
        if (r.signer == address(0) || r.payee == address(0)) revert ZeroAddress();
        if (r.expiresAt <= block.timestamp) revert BadExpiry(r.expiresAt);
        if (r.encryptionKey.length != 33 && r.encryptionKey.length != 65) revert BadEncryptionKey();
        if (r.simulated && !allowSimulation) revert SimulationNotAllowed();

        bytes32 key = mrEnclaveKey(r.mrEnclave);
        if (!measurements[key].allowed) {
            key = mrSignerKey(r.mrSigner, r.productId);
            Measurement memory m = measurements[key];
            if (!m.allowed || r.svn < m.minSvn) {
                revert MeasurementNotAllowed(r.mrEnclave, r.mrSigner, r.productId, r.svn);
            }
        }

        Enclave storage e = _enclaves[r.signer];
        if (e.state == EnclaveState.Revoked) revert EnclaveIsRevoked(r.signer);
        EnclaveInfo storage info = _enclaveInfo[r.signer];
        if (e.state != EnclaveState.Active || info.measurement != key) {
            _signersByMeasurement[key].push(r.signer);
        }
        e.expiresAt = r.expiresAt;
        e.state = EnclaveState.Active;
        info.payee = r.payee;
        info.simulated = r.simulated;
        info.measurement = key;
        info.evidenceDigest = r.evidenceDigest;
        info.encryptionKey = r.encryptionKey;
        emit EnclaveRegistered(r.signer, key, r.payee, r.expiresAt, r.simulated, r.evidenceDigest, r.encryptionKey);
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

    /// @notice The keys ever registered under a measurement key and not yet swept by its removal.
    /// @param key The allowlist key.
    /// @return The signing addresses.
    function signersOf(bytes32 key) external view returns (address[] memory) {
        return _signersByMeasurement[key];
    }

    function _payEnclaveFees(address payee, uint256 amount) internal virtual;
}
