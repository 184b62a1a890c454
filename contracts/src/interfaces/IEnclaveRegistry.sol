// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IEnclaveRegistry
/// @notice Which enclave keys count (part of the router's ABI; the code runs in JobRouterAdmin).
///         Registrars (trusted to verify SGX attestation off-chain) record enclaves whose measurement
///         is on the owner's allowlist: an exact MRENCLAVE, or an MRSIGNER + product id with a minimum
///         security version. Each key's MRENCLAVE and SVN are stored so the allowlist can tighten;
///         registrations expire and can be revoked.
interface IEnclaveRegistry {
    /// @notice Lifecycle of an enclave key.
    enum EnclaveState {
        None,
        Active,
        Deactivated, // the allowlist no longer admits it; may register again once allowed
        Revoked // permanently refused
    }

    /// @notice Hot record of an enclave key, one storage slot (read by every fulfilment).
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

    /// @notice What anyone submits to register an enclave from its SGX quote (`registerEnclaveAttested`).
    struct AttestedRegistration {
        bytes quote; // the DCAP quote (v3), its certification data may be cut off
        bytes pckCertificate; // the PCK leaf certificate (DER)
        address signer; // report data [0:32] = keccak256("teeoracle/identity/v1" || signer || encryptionKey)
        bytes encryptionKey; // compressed secp256k1 public key (33 bytes)
        address payee;
        uint32 payeeNonce; // above the last one this signer used
        bytes32 payeeSigR; // the enclave key's EIP-712 signature of EnclavePayee (compact, low s)
        bytes32 payeeSigVS;
    }

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
    /// @notice The enclave has no fees to pay out.
    error NothingToPay(address signer);

    /// @notice Registration from a quote is not enabled (no DCAP verifier set).
    error AttestationDisabled();
    /// @notice The payee authorisation's nonce is not above the last one this signer used.
    error BadPayeeAuthorization(address signer);
    /// @notice The registrars were switched off for good.
    error RegistrarsDisabled();
    /// @notice The key was not registered from a quote, or is not active.
    error NotAttested(address signer);
    /// @notice The key's platform TCB is still in the accepted set.
    error TcbStillAccepted(address signer);

    /// @notice Emitted when the owner sets the DCAP verifier (zero: registration from quotes off).
    event DcapVerifierSet(address verifier);
    /// @notice Emitted when the owner switches the registrars off for good.
    event RegistrarsSwitchedOff();
    /// @notice Emitted when a key is registered from its quote (after `EnclaveRegistered`).
    event EnclaveAttested(address indexed signer, bytes32 platform, uint8 tcbStatus);

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
    /// @notice Emitted when a sweep of `key`'s list stopped at position `next` of `total`: the keys from
    ///         `next` on are not checked yet (`sweepMeasurement(key, next, n)` continues).
    event SweepPending(bytes32 indexed key, uint256 next, uint256 total);
    /// @notice Emitted when an enclave's fees are paid out to its payee.
    event EnclaveFeesWithdrawn(address indexed signer, address indexed payee, uint256 amount);
    /// @notice Emitted when a re-registration changes the payee: the fees earned under the old payee
    ///         are credited to its pull balance (`withdraw`) instead of following the key.
    event EnclaveFeesSettled(address indexed signer, address indexed payee, uint256 amount);

    /// @notice True when this registry accepts simulation-mode enclaves (dev chains only).
    function allowSimulation() external view returns (bool);

    /// @notice Whether `account` may register enclaves.
    function isRegistrar(address account) external view returns (bool);

    /// @notice The allowlist entry under `key` (see `mrEnclaveKey`, `mrSignerKey`).
    function measurements(bytes32 key) external view returns (bool allowed, uint8 kind, uint16 minSvn, bool denied);

    /// @notice Allowlist key of an exact MRENCLAVE.
    function mrEnclaveKey(bytes32 mrEnclave) external pure returns (bytes32);

    /// @notice Allowlist key of an MRSIGNER + product id.
    function mrSignerKey(bytes32 mrSigner, uint16 productId) external pure returns (bytes32);

    /// @notice Adds or removes a registrar.
    function setRegistrar(address registrar, bool allowed) external;

    /// @notice Allows enclaves with exactly this MRENCLAVE (taking it off the denylist if it was on it).
    function allowMrEnclave(bytes32 mrEnclave) external;

    /// @notice Allows enclaves signed by `mrSigner` with product id `productId` and ISV SVN >= `minSvn`;
    ///         raising the minimum deactivates the keys registered under the entry with a lower SVN.
    function allowMrSigner(bytes32 mrSigner, uint16 productId, uint16 minSvn) external;

    /// @notice Removes a measurement from the allowlist and deactivates the keys it admitted (an
    ///         MRENCLAVE entry goes on the denylist).
    function removeMeasurement(bytes32 key) external;

    /// @notice Deactivates the Active keys at positions [from, from + maxKeys) of `signersOf(key)` that the
    ///         allowlist no longer admits; anyone may call it. Returns the next position to sweep.
    function sweepMeasurement(bytes32 key, uint256 from, uint256 maxKeys) external returns (uint256 next);

    /// @notice Keys an allowlist change sweeps in its own transaction.
    function SWEEP_BATCH() external view returns (uint256);

    /// @notice Puts an MRENCLAVE on the denylist (deactivating its keys) or takes it off without allowing it.
    function setMrEnclaveDenied(bytes32 mrEnclave, bool denied) external;

    /// @notice Registers (or renews) an enclave key whose attestation the registrar verified.
    function registerEnclave(Registration calldata r) external;

    /// @notice Registers (or renews) an enclave from its SGX quote, verified on-chain by the DCAP
    ///         verifier; anyone may submit it.
    function registerEnclaveAttested(AttestedRegistration calldata a) external;

    /// @notice Deactivates a key registered from its quote whose platform TCB left the accepted set
    ///         (under the collateral stored now); anyone may call it.
    function deactivateOutdatedEnclave(address signer) external;

    /// @notice Sets the DCAP verifier (owner).
    function setDcapVerifier(address verifier) external;

    /// @notice Switches the registrars off for good (owner); only quotes verified on-chain register then.
    function switchOffRegistrars() external;

    /// @notice The DCAP verifier and whether the registrars are switched off.
    function attestation() external view returns (address verifier, bool registrarsOff);

    /// @notice The platform word (and payee nonce) recorded for a key registered from its quote.
    function attestedPlatform(address signer) external view returns (bytes32);

    /// @notice Revokes an enclave key for good (owner or registrar).
    function revokeEnclave(address signer) external;

    /// @notice Pays an enclave's earned fees to its payee (anyone may trigger it).
    function withdrawEnclaveFees(address signer) external returns (uint256 amount);

    /// @notice True when results signed by `signer` are accepted now.
    function isActive(address signer) external view returns (bool);

    /// @notice Everything recorded about an enclave key.
    function enclave(address signer) external view returns (Enclave memory hot, EnclaveInfo memory info);

    /// @notice The keys recorded under a measurement key, in any state.
    function signersOf(bytes32 key) external view returns (address[] memory);

    /// @notice The Active keys of `signersOf(key)` with an SVN below `belowSvn`.
    function activeSignersOf(bytes32 key, uint32 belowSvn) external view returns (address[] memory signers);
}
