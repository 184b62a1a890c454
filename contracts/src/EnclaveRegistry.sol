// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEnclaveRegistry} from "./interfaces/IEnclaveRegistry.sol";
import {Owned2Step} from "./Owned2Step.sol";
import {IDcapVerifier} from "./dcap/IDcapVerifier.sol";

/// @title EnclaveRegistry
/// @notice Which enclave keys count. Anyone may register an enclave from its SGX quote, verified
///         on-chain (`registerEnclaveAttested`, through the owner-set DCAP verifier); registrars
///         (trusted to verify attestation off-chain) remain an option the owner can switch off for
///         good (`switchOffRegistrars`). Either way only enclaves whose measurement is on the owner's
///         allowlist register: either an exact MRENCLAVE, or an
///         MRSIGNER + product id with a minimum security version. Each key's MRENCLAVE and SVN are
///         stored, so the allowlist can tighten: raising an MRSIGNER entry's minimum SVN deactivates
///         the keys registered under it with a lower SVN; removing an MRENCLAVE entry (or denying an
///         MRENCLAVE that only an MRSIGNER entry allows) deactivates every key of that build and stops
///         it registering again by any entry; removing an MRSIGNER entry deactivates the keys under it.
///         Registrations expire and can be revoked.
/// @dev Part of JobRouterAdmin (runs on the router's storage through its fallback). Checking a result
///      signer (JobRouter) reads one cold storage slot: the `Enclave` record packs the enclave's unpaid
///      fees, its expiry and its state together, and the router credits fees into that same slot.
///      Everything else lives in cold records that only registration, administration and withdrawal
///      touch. Types, errors and events are declared in `IEnclaveRegistry`.
abstract contract EnclaveRegistry is Owned2Step, IEnclaveRegistry {
    /// @notice Kinds of allowlist entry.
    uint8 internal constant KIND_MRENCLAVE = 1;
    uint8 internal constant KIND_MRSIGNER = 2;

    /// @notice Keys an allowlist change checks in its own transaction; `sweepMeasurement` pages through
    ///         the rest (about 14k gas per key: 256 keys take about 3.6M gas).
    uint256 public constant SWEEP_BATCH = 256;

    /// @notice True when this registry accepts simulation-mode enclaves (dev chains only).
    bool public immutable override allowSimulation;

    modifier onlyRegistrar() {
        _checkDelegated();
        if (_registrarsDisabled || !_isRegistrar[msg.sender]) revert Unauthorized(msg.sender);
        _;
    }

    constructor(bool allowSimulation_) {
        allowSimulation = allowSimulation_;
    }

    /// @inheritdoc IEnclaveRegistry
    function isRegistrar(address account) external view delegated returns (bool) {
        return !_registrarsDisabled && _isRegistrar[account];
    }

    /// @inheritdoc IEnclaveRegistry
    function measurements(bytes32 key)
        external
        view
        delegated
        returns (bool allowed, uint8 kind, uint16 minSvn, bool denied)
    {
        Measurement memory m = _measurements[key];
        return (m.allowed, m.kind, m.minSvn, m.denied);
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
        if (_registrarsDisabled) revert RegistrarsDisabled();
        _isRegistrar[registrar] = allowed;
        emit RegistrarSet(registrar, allowed);
    }

    /// @notice Allows enclaves with exactly this MRENCLAVE (taking it off the denylist if it was on it).
    /// @param mrEnclave The measurement.
    function allowMrEnclave(bytes32 mrEnclave) external onlyOwner {
        bytes32 key = mrEnclaveKey(mrEnclave);
        _measurements[key] = Measurement({allowed: true, kind: KIND_MRENCLAVE, minSvn: 0, denied: false});
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
        Measurement memory old = _measurements[key];
        _measurements[key] = Measurement({allowed: true, kind: KIND_MRSIGNER, minSvn: minSvn, denied: false});
        emit MeasurementAllowed(key, KIND_MRSIGNER, mrSigner, productId, minSvn);
        // A key can only be active under an allowed entry, so only a raised minimum has keys to sweep.
        if (old.allowed && minSvn > old.minSvn) _sweepFirst(key);
    }

    /// @notice Removes a measurement from the allowlist and deactivates the keys it admitted. Removing an
    ///         MRENCLAVE entry distrusts that build: it goes on the denylist, so every key with that
    ///         MRENCLAVE is deactivated (also one registered through an MRSIGNER entry) and the build can
    ///         no longer register through its MRSIGNER entry (`allowMrEnclave` or
    ///         `setMrEnclaveDenied(mrEnclave, false)` lift that). Removing an MRSIGNER entry deactivates the keys registered under it.
    /// @param key The allowlist key.
    function removeMeasurement(bytes32 key) external onlyOwner {
        Measurement memory m = _measurements[key];
        if (!m.allowed) revert UnknownMeasurement(key);
        emit MeasurementRemoved(key);
        if (m.kind == KIND_MRENCLAVE) {
            _deny(key);
        } else {
            delete _measurements[key];
            _sweepFirst(key);
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
        Measurement memory m = _measurements[key];
        if (denied) {
            if (m.allowed) emit MeasurementRemoved(key);
            _deny(key);
        } else if (m.denied) {
            delete _measurements[key];
            emit MeasurementDenied(key, false);
        }
    }

    function _deny(bytes32 key) private {
        _measurements[key] = Measurement({allowed: false, kind: KIND_MRENCLAVE, minSvn: 0, denied: true});
        emit MeasurementDenied(key, true);
        _sweepFirst(key);
    }

    /// @notice Deactivates the Active keys at positions [from, from + maxKeys) of `signersOf(key)` that
    ///         the allowlist no longer admits (their MRENCLAVE denied, their entry removed, or their SVN
    ///         below its raised minimum). Anyone may call it: it only carries out what the owner's
    ///         allowlist already says. An allowlist change sweeps its first `SWEEP_BATCH` keys itself
    ///         and emits `SweepPending` when more remain: until those are swept they still count, so
    ///         the owner (or anyone) sends the next pages at once. Idempotent.
    /// @param key The allowlist key whose list to sweep.
    /// @param from First position (0-based).
    /// @param maxKeys Most keys to look at.
    /// @return next The position after the last one looked at (`signersOf(key).length` when done).
    function sweepMeasurement(bytes32 key, uint256 from, uint256 maxKeys) external delegated returns (uint256 next) {
        next = _sweep(key, from, maxKeys);
        uint256 total = _signersByMeasurement[key].length;
        if (next < total) emit SweepPending(key, next, total);
    }

    /// @dev The sweep an allowlist change runs in its own transaction.
    function _sweepFirst(bytes32 key) private {
        uint256 next = _sweep(key, 0, SWEEP_BATCH);
        uint256 total = _signersByMeasurement[key].length;
        if (next < total) emit SweepPending(key, next, total);
    }

    /// @dev Deactivates the Active keys in positions [from, from + maxKeys) of `key`'s list that the
    ///      allowlist does not admit now.
    function _sweep(bytes32 key, uint256 from, uint256 maxKeys) private returns (uint256 next) {
        address[] storage signers = _signersByMeasurement[key];
        uint256 end = signers.length;
        if (from >= end) return end;
        if (maxKeys < end - from) end = from + maxKeys;
        for (next = from; next < end; ++next) {
            address signer = signers[next];
            Enclave storage e = _enclaves[signer];
            if (e.state != EnclaveState.Active) continue;
            EnclaveInfo storage info = _enclaveInfo[signer];
            if (_admitted(info)) continue;
            e.state = EnclaveState.Deactivated;
            emit EnclaveDeactivated(signer, info.measurement);
        }
    }

    /// @dev Whether the allowlist admits a registered key now, by the rules `registerEnclave` applies.
    function _admitted(EnclaveInfo storage info) private view returns (bool) {
        bytes32 enclaveKey = mrEnclaveKey(info.mrEnclave);
        Measurement memory m = _measurements[enclaveKey];
        if (m.denied) return false;
        bytes32 entry = info.measurement;
        if (entry == enclaveKey) return m.allowed;
        m = _measurements[entry];
        return m.allowed && info.svn >= m.minSvn;
    }

    /// @notice Registers (or renews) an enclave key whose attestation the registrar verified.
    /// @dev MRENCLAVE entries take precedence over MRSIGNER entries; a denied MRENCLAVE registers by
    ///      neither. Unwithdrawn fees stay with the key only while the payee stays the same: a new payee
    ///      first settles them to the old payee's pull balance, so a registrar cannot redirect them.
    /// @param r The registration.
    function registerEnclave(Registration calldata r) external onlyRegistrar {
        bytes32 a = _attested[r.signer];
        if (a != 0) _attested[r.signer] = a & bytes32(uint256(type(uint32).max)); // keep only the payee nonce
        _register(r);
    }

    /// @notice Registers (or renews) an enclave from its SGX quote: anyone may submit it, no registrar
    ///         is involved. The DCAP verifier checks the quote on-chain against Intel's collateral and
    ///         the owner's policy (accepted TCB statuses, no debug enclave, collateral age); the quote's
    ///         report data must bind the signer and encryption key as the enclave computes it
    ///         (`keccak256("teeoracle/identity/v1" || signer || compressed key)`), and the payee must be
    ///         authorised by the enclave key itself (EIP-712 `EnclavePayee`, a nonce above the last
    ///         one), so whoever copies a quote cannot redirect its fees. The measurement must be on the
    ///         allowlist as for registrars. Expires at the verifier's registration TTL (or the PCK
    ///         certificate's end, if sooner). The verifier checks the quote, the binding and the payee
    ///         signature (`IDcapVerifier.checkRegistration`); the registry the nonce and the allowlist.
    /// @param a The quote, PCK leaf certificate, keys, payee and payee authorisation.
    function registerEnclaveAttested(AttestedRegistration calldata a) external delegated {
        address verifier = _dcapVerifier;
        if (verifier == address(0)) revert AttestationDisabled();
        IDcapVerifier.Verified memory v = IDcapVerifier(verifier).checkRegistration(a);
        if (a.payeeNonce <= uint32(uint256(_attested[a.signer]))) revert BadPayeeAuthorization(a.signer);
        _attested[a.signer] = v.platform | bytes32(uint256(a.payeeNonce));
        _register(
            Registration({
                signer: a.signer,
                payee: a.payee,
                expiresAt: v.validUntil,
                simulated: false,
                mrEnclave: v.mrEnclave,
                mrSigner: v.mrSigner,
                productId: v.productId,
                svn: v.svn,
                evidenceDigest: v.quoteDigest,
                encryptionKey: a.encryptionKey
            })
        );
        emit EnclaveAttested(a.signer, v.platform, v.tcbStatus);
    }

    /// @notice Deactivates an active key registered from its quote whose platform TCB is no longer in
    ///         the verifier's accepted set under the collateral stored now (Intel published a TCB info
    ///         that downgrades it, or the owner narrowed the set). Anyone may call it.
    /// @param signer The enclave's signing address.
    function deactivateOutdatedEnclave(address signer) external delegated {
        bytes32 platform = _attested[signer] & ~bytes32(uint256(type(uint32).max));
        Enclave storage e = _enclaves[signer];
        if (platform == 0 || e.state != EnclaveState.Active) revert NotAttested(signer);
        if (IDcapVerifier(_dcapVerifier).isAccepted(platform)) revert TcbStillAccepted(signer);
        e.state = EnclaveState.Deactivated;
        emit EnclaveDeactivated(signer, _enclaveInfo[signer].measurement);
    }

    /// @notice Sets the DCAP verifier that `registerEnclaveAttested` calls (zero turns that path off).
    /// @param verifier The verifier.
    function setDcapVerifier(address verifier) external onlyOwner {
        _dcapVerifier = verifier;
        emit DcapVerifierSet(verifier);
    }

    /// @notice Switches the registrars off for good: from now on only quotes verified on-chain
    ///         register enclaves, and nobody (the owner included) can appoint a registrar again.
    function switchOffRegistrars() external onlyOwner {
        _registrarsDisabled = true;
        emit RegistrarsSwitchedOff();
    }

    /// @notice The DCAP verifier and whether the registrars are switched off.
    function attestation() external view delegated returns (address verifier, bool registrarsOff) {
        return (_dcapVerifier, _registrarsDisabled);
    }

    /// @notice The platform word and payee nonce recorded for a key registered from its quote.
    function attestedPlatform(address signer) external view delegated returns (bytes32) {
        return _attested[signer];
    }

    function _register(Registration memory r) private {
        if (r.signer == address(0) || r.payee == address(0)) revert ZeroAddress();
        if (r.expiresAt <= block.timestamp) revert BadExpiry(r.expiresAt);
        if (r.encryptionKey.length != 33 && r.encryptionKey.length != 65) revert BadEncryptionKey();
        if (r.simulated && !allowSimulation) revert SimulationNotAllowed();

        bytes32 enclaveKey = mrEnclaveKey(r.mrEnclave);
        bytes32 key = enclaveKey;
        Measurement memory m = _measurements[enclaveKey];
        if (m.denied) revert MrEnclaveDenied(r.mrEnclave);
        if (!m.allowed) {
            key = mrSignerKey(r.mrSigner, r.productId);
            m = _measurements[key];
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
    function revokeEnclave(address signer) external delegated {
        if (msg.sender != _owner && (_registrarsDisabled || !_isRegistrar[msg.sender])) {
            revert Unauthorized(msg.sender);
        }
        Enclave storage e = _enclaves[signer];
        if (e.state == EnclaveState.None) revert UnknownEnclave(signer);
        e.state = EnclaveState.Revoked;
        emit EnclaveRevoked(signer);
    }

    /// @notice Pays an enclave's earned fees to its payee. Anyone may trigger it; the funds only ever
    ///         go to the payee the registrar recorded.
    /// @param signer The enclave's signing address.
    /// @return amount The amount paid, in wei.
    function withdrawEnclaveFees(address signer) external delegated returns (uint256 amount) {
        Enclave storage e = _enclaves[signer];
        amount = e.fees;
        if (amount == 0) revert NothingToPay(signer);
        e.fees = 0;
        address payee = _enclaveInfo[signer].payee;
        emit EnclaveFeesWithdrawn(signer, payee, amount);
        _pay(payee, amount);
    }

    /// @notice True when results signed by `signer` are accepted now.
    /// @param signer The enclave's signing address.
    /// @return Whether the key is registered, active and unexpired.
    function isActive(address signer) external view delegated returns (bool) {
        return _isActive(_enclaves[signer]);
    }

    /// @notice Everything recorded about an enclave key.
    /// @param signer The enclave's signing address.
    /// @return hot Fees, expiry and state.
    /// @return info Payee, mode, measurement key, evidence digest and encryption key.
    function enclave(address signer) external view delegated returns (Enclave memory hot, EnclaveInfo memory info) {
        return (_enclaves[signer], _enclaveInfo[signer]);
    }

    /// @notice The keys recorded under a measurement key, in any state. For an MRENCLAVE key: every key
    ///         whose MRENCLAVE it is, whichever entry admitted it; for an MRSIGNER key: every key
    ///         registered under that entry. A key re-registered under another measurement moves.
    /// @param key The allowlist key (`mrEnclaveKey`, `mrSignerKey`).
    /// @return The signing addresses.
    function signersOf(bytes32 key) external view delegated returns (address[] memory) {
        return _signersByMeasurement[key];
    }

    /// @notice The Active keys (expired ones included) of `signersOf(key)` with an SVN below `belowSvn`:
    ///         with `belowSvn` above 0xffff, the keys that `removeMeasurement(key)` (for an MRENCLAVE key
    ///         also `setMrEnclaveDenied`) would deactivate now; for an MRSIGNER key and a prospective
    ///         minimum, the keys that raising the minimum to it would deactivate.
    /// @param key The allowlist key.
    /// @param belowSvn Only keys with an SVN below this.
    /// @return signers The signing addresses.
    function activeSignersOf(bytes32 key, uint32 belowSvn) external view delegated returns (address[] memory signers) {
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
}
