// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Der} from "./Der.sol";
import {X509} from "./X509.sol";
import {DcapJson} from "./DcapJson.sol";
import {P256} from "./P256.sol";

/// @title DcapCollateral
/// @notice Intel's SGX DCAP collateral, on-chain and checked once: the intermediate certificates (PCK
///         Platform CA, PCK Processor CA, TCB Signing) verified against the Intel SGX Root CA pinned at
///         deployment, the CRLs of the root and of each PCK CA (signatures verified, revoked serials
///         recorded), and the signed TCB info of each platform family (FMSPC) and the QE identity,
///         each verified against the TCB Signing certificate and parsed into compact records.
///         Anyone may submit (the relayer's `collateral sync` does, from Intel's PCS or a PCCS); only
///         newer collateral replaces what is stored, so old but validly signed collateral cannot be
///         replayed to bring back a better TCB status. `DcapVerifier` reads it when verifying quotes.
/// @dev No owner: what is stored is exactly what Intel signed. Revocations are permanent (a serial
///      that left a later CRL had expired anyway). A CRL too long for one transaction is submitted in
///      parts (`fromEntry`, `maxEntries`); it counts as current only once its last part is in.
contract DcapCollateral {
    /// @notice Certificate kinds (by Intel's subject common names).
    uint8 public constant KIND_PCK_CA = 1;
    uint8 public constant KIND_TCB_SIGNING = 2;

    /// @notice A stored intermediate certificate.
    struct CaCert {
        uint256 x;
        uint256 y;
        uint40 notBefore;
        uint40 notAfter;
        uint8 kind;
        bytes32 serialHash;
    }

    /// @notice The current (fully recorded) CRL of an issuer, and one being recorded in parts.
    struct CrlRecord {
        uint40 thisUpdate;
        uint40 nextUpdate;
        uint40 pendingThisUpdate;
        uint32 pendingNextEntry;
    }

    /// @notice A stored TCB info (its levels in `tcbLevel`).
    struct TcbInfoRecord {
        uint40 issueDate;
        uint40 nextUpdate;
        uint32 evaluationDataNumber;
        bytes2 pceId;
        uint8 levelCount;
    }

    /// @notice The stored QE identity (its levels in `qeLevel`).
    struct QeIdentityRecord {
        uint40 issueDate;
        uint40 nextUpdate;
        uint32 evaluationDataNumber;
        uint16 isvProdId;
        bytes4 miscselect;
        bytes4 miscselectMask;
        uint8 levelCount;
        bytes16 attributes;
        bytes16 attributesMask;
        bytes32 mrSigner;
    }

    /// @notice Everything a quote verification reads, in one call.
    struct Context {
        CaCert pckCa;
        bool pckCaRevoked; // by the root CA's CRL
        bool leafRevoked; // by the PCK CA's CRL
        CrlRecord pckCrl;
        CrlRecord rootCrl;
        TcbInfoRecord tcbInfo;
        uint256[] tcbLevels;
        QeIdentityRecord qeIdentity;
        uint256[] qeLevels;
    }

    /// @notice The certificate is not issued by the pinned root (or, for a CRL, by a stored CA).
    error UnknownIssuer(bytes32 issuerHash);
    /// @notice The signature does not verify.
    error BadSignature();
    /// @notice The certificate's common name is not one of Intel's intermediates.
    error UnknownCertificate(bytes32 subjectCn);
    /// @notice The certificate, CRL, TCB info or QE identity is not valid now.
    error NotValidNow(uint256 notBefore, uint256 notAfter);
    /// @notice The root CA's CRL lists this certificate.
    error CertificateRevoked(bytes32 serialHash);
    /// @notice Older than what is stored: refused, so nobody can roll collateral back.
    error Stale(uint256 stored, uint256 submitted);
    /// @notice A CRL part does not continue the part recorded before it.
    error CrlPartOutOfOrder(uint256 expected, uint256 got);
    /// @notice No TCB Signing certificate is stored yet.
    error NoTcbSigningCertificate();
    /// @notice The signature is not 64 bytes (r || s).
    error BadSignatureLength();

    /// @notice An intermediate certificate was stored.
    event CertificateStored(bytes32 indexed subjectHash, uint8 kind, uint40 notBefore, uint40 notAfter);
    /// @notice A CRL (or its last part) was recorded; it is now the issuer's current CRL.
    event CrlStored(bytes32 indexed issuerHash, uint40 thisUpdate, uint40 nextUpdate, uint256 entries);
    /// @notice A part of a CRL was recorded; `nextEntry` is where the next part starts.
    event CrlPartStored(bytes32 indexed issuerHash, uint40 thisUpdate, uint256 nextEntry);
    /// @notice A TCB info was stored.
    event TcbInfoStored(bytes6 indexed fmspc, uint40 issueDate, uint40 nextUpdate, uint32 evaluationDataNumber);
    /// @notice The QE identity was stored.
    event QeIdentityStored(uint40 issueDate, uint40 nextUpdate, uint32 evaluationDataNumber);

    bytes32 private constant CN_PCK_PROCESSOR_CA = keccak256("Intel SGX PCK Processor CA");
    bytes32 private constant CN_PCK_PLATFORM_CA = keccak256("Intel SGX PCK Platform CA");
    bytes32 private constant CN_TCB_SIGNING = keccak256("Intel SGX TCB Signing");

    /// @notice keccak256 of the pinned root's subject Name (DER).
    bytes32 public immutable rootSubjectHash;
    uint256 private immutable _rootX;
    uint256 private immutable _rootY;

    /// @notice Subject hash of the stored TCB Signing certificate.
    bytes32 public tcbSigningSubject;
    mapping(bytes32 subjectHash => CaCert) private _cas;
    mapping(bytes32 issuerHash => CrlRecord) private _crls;
    mapping(bytes32 issuerHash => mapping(bytes32 serialHash => bool)) private _revoked;
    mapping(bytes6 fmspc => TcbInfoRecord) private _tcbInfos;
    mapping(bytes6 fmspc => mapping(uint256 index => uint256)) private _tcbLevels;
    QeIdentityRecord private _qe;
    mapping(uint256 index => uint256) private _qeLevels;

    /// @param rootCertificate The DER of the root CA to pin (Intel SGX Root CA; tests pin their own).
    ///        It must be self-signed.
    constructor(bytes memory rootCertificate) {
        X509.Cert memory c = X509.parseCert(rootCertificate);
        if (c.issuerHash != c.subjectHash || !P256.verify(c.tbsDigest, c.r, c.s, c.x, c.y)) revert BadSignature();
        rootSubjectHash = c.subjectHash;
        _rootX = c.x;
        _rootY = c.y;
    }

    /// @notice Stores an intermediate certificate issued by the pinned root: a PCK CA (Processor or
    ///         Platform) or the TCB Signing certificate. Valid now, not on the root's CRL, newer than
    ///         the stored one of the same subject; resubmitting the stored one changes nothing.
    /// @param der The certificate (DER).
    function submitCertificate(bytes calldata der) external {
        X509.Cert memory c = X509.parseCert(der);
        if (c.issuerHash != rootSubjectHash) revert UnknownIssuer(c.issuerHash);
        if (!P256.verify(c.tbsDigest, c.r, c.s, _rootX, _rootY)) revert BadSignature();
        uint8 kind;
        if (c.subjectCn == CN_PCK_PROCESSOR_CA || c.subjectCn == CN_PCK_PLATFORM_CA) kind = KIND_PCK_CA;
        else if (c.subjectCn == CN_TCB_SIGNING) kind = KIND_TCB_SIGNING;
        else revert UnknownCertificate(c.subjectCn);
        if (block.timestamp < c.notBefore || block.timestamp > c.notAfter) revert NotValidNow(c.notBefore, c.notAfter);
        if (_revoked[rootSubjectHash][c.serialHash]) revert CertificateRevoked(c.serialHash);
        CaCert storage old = _cas[c.subjectHash];
        if (old.x != 0) {
            if (c.notBefore < old.notBefore) revert Stale(old.notBefore, c.notBefore);
            if (c.notBefore == old.notBefore && c.serialHash == old.serialHash) return;
        }
        _cas[c.subjectHash] = CaCert({
            x: c.x, y: c.y, notBefore: c.notBefore, notAfter: c.notAfter, kind: kind, serialHash: c.serialHash
        });
        if (kind == KIND_TCB_SIGNING) tcbSigningSubject = c.subjectHash;
        emit CertificateStored(c.subjectHash, kind, c.notBefore, c.notAfter);
    }

    /// @notice Records a CRL of the root or of a stored PCK CA: entries [fromEntry, fromEntry +
    ///         maxEntries) of it (pass 0 and type(uint256).max for all). Parts of one CRL follow each
    ///         other; the CRL becomes current when its last entry is recorded. Not older than the
    ///         current CRL; the current one again changes nothing.
    /// @param der The CRL (DER).
    /// @param fromEntry Index of the first revoked entry to record.
    /// @param maxEntries How many entries to record at most.
    function submitCrl(bytes calldata der, uint256 fromEntry, uint256 maxEntries) external {
        bytes memory b = der;
        X509.Crl memory c = X509.parseCrl(b);
        (uint256 x, uint256 y) = (_rootX, _rootY);
        if (c.issuerHash != rootSubjectHash) {
            CaCert storage ca = _cas[c.issuerHash];
            if (ca.kind != KIND_PCK_CA) revert UnknownIssuer(c.issuerHash);
            (x, y) = (ca.x, ca.y);
        }
        if (!P256.verify(c.tbsDigest, c.r, c.s, x, y)) revert BadSignature();
        if (block.timestamp < c.thisUpdate || block.timestamp > c.nextUpdate) {
            revert NotValidNow(c.thisUpdate, c.nextUpdate);
        }
        CrlRecord storage rec = _crls[c.issuerHash];
        if (c.thisUpdate < rec.thisUpdate) revert Stale(rec.thisUpdate, c.thisUpdate);
        if (c.thisUpdate == rec.thisUpdate) return;
        if (fromEntry != 0 && (rec.pendingThisUpdate != c.thisUpdate || rec.pendingNextEntry != fromEntry)) {
            revert CrlPartOutOfOrder(rec.pendingThisUpdate == c.thisUpdate ? rec.pendingNextEntry : 0, fromEntry);
        }
        mapping(bytes32 => bool) storage revoked = _revoked[c.issuerHash];
        Der.Node memory list =
            Der.Node({tag: Der.TAG_SEQUENCE, start: c.entriesStart, content: c.entriesStart, end: c.entriesEnd});
        uint256 p = c.entriesStart;
        uint256 i;
        uint256 stop = maxEntries > type(uint256).max - fromEntry ? type(uint256).max : fromEntry + maxEntries;
        while (p < list.end && i < stop) {
            Der.Node memory entry = Der.expect(b, p, list.end, Der.TAG_SEQUENCE);
            if (i >= fromEntry) {
                Der.Node memory serial = Der.expect(b, entry.content, entry.end, Der.TAG_INTEGER);
                revoked[Der.contentHash(b, serial)] = true;
            }
            p = entry.end;
            ++i;
        }
        if (p < list.end) {
            rec.pendingThisUpdate = c.thisUpdate;
            rec.pendingNextEntry = uint32(i);
            emit CrlPartStored(c.issuerHash, c.thisUpdate, i);
            return;
        }
        rec.thisUpdate = c.thisUpdate;
        rec.nextUpdate = c.nextUpdate;
        rec.pendingThisUpdate = 0;
        rec.pendingNextEntry = 0;
        emit CrlStored(c.issuerHash, c.thisUpdate, c.nextUpdate, i);
    }

    /// @notice Stores the TCB info of one FMSPC: Intel's exact "tcbInfo" JSON object and its signature
    ///         (r || s) by the stored TCB Signing certificate. Valid now and issued after the stored
    ///         one (the stored one again changes nothing).
    /// @param json The signed JSON bytes.
    /// @param signature r || s (64 bytes).
    function submitTcbInfo(bytes calldata json, bytes calldata signature) external {
        bytes memory j = json;
        _checkSigned(j, signature);
        DcapJson.Parsed memory p = DcapJson.parseTcbInfo(j);
        _checkPeriod(p.issueDate, p.nextUpdate);
        TcbInfoRecord storage rec = _tcbInfos[p.fmspc];
        if (p.issueDate < rec.issueDate || p.evaluationDataNumber < rec.evaluationDataNumber) {
            revert Stale(rec.issueDate, p.issueDate);
        }
        if (p.issueDate == rec.issueDate) return;
        mapping(uint256 => uint256) storage levels = _tcbLevels[p.fmspc];
        uint256 n = p.levels.length;
        for (uint256 i = 0; i < n; ++i) {
            levels[i] = p.levels[i];
        }
        _tcbInfos[p.fmspc] = TcbInfoRecord({
            issueDate: p.issueDate,
            nextUpdate: p.nextUpdate,
            evaluationDataNumber: p.evaluationDataNumber,
            pceId: p.pceId,
            levelCount: uint8(n)
        });
        emit TcbInfoStored(p.fmspc, p.issueDate, p.nextUpdate, p.evaluationDataNumber);
    }

    /// @notice Stores the QE identity: Intel's exact "enclaveIdentity" JSON object (id QE) and its
    ///         signature by the stored TCB Signing certificate. Valid now and issued after the stored one.
    /// @param json The signed JSON bytes.
    /// @param signature r || s (64 bytes).
    function submitQeIdentity(bytes calldata json, bytes calldata signature) external {
        bytes memory j = json;
        _checkSigned(j, signature);
        DcapJson.Parsed memory p = DcapJson.parseQeIdentity(j);
        _checkPeriod(p.issueDate, p.nextUpdate);
        if (p.issueDate < _qe.issueDate || p.evaluationDataNumber < _qe.evaluationDataNumber) {
            revert Stale(_qe.issueDate, p.issueDate);
        }
        if (p.issueDate == _qe.issueDate) return;
        uint256 n = p.levels.length;
        for (uint256 i = 0; i < n; ++i) {
            _qeLevels[i] = p.levels[i];
        }
        _qe = QeIdentityRecord({
            issueDate: p.issueDate,
            nextUpdate: p.nextUpdate,
            evaluationDataNumber: p.evaluationDataNumber,
            isvProdId: p.isvProdId,
            miscselect: p.miscselect,
            miscselectMask: p.miscselectMask,
            levelCount: uint8(n),
            attributes: p.attributes,
            attributesMask: p.attributesMask,
            mrSigner: p.mrSigner
        });
        emit QeIdentityStored(p.issueDate, p.nextUpdate, p.evaluationDataNumber);
    }

    function _checkSigned(bytes memory j, bytes calldata signature) private view {
        bytes32 subject = tcbSigningSubject;
        if (subject == bytes32(0)) revert NoTcbSigningCertificate();
        CaCert storage signer = _cas[subject];
        if (block.timestamp < signer.notBefore || block.timestamp > signer.notAfter) {
            revert NotValidNow(signer.notBefore, signer.notAfter);
        }
        if (_revoked[rootSubjectHash][signer.serialHash]) revert CertificateRevoked(signer.serialHash);
        if (signature.length != 64) revert BadSignatureLength();
        if (!P256.verify(
                sha256(j), uint256(bytes32(signature[:32])), uint256(bytes32(signature[32:])), signer.x, signer.y
            )) {
            revert BadSignature();
        }
    }

    function _checkPeriod(uint256 issue, uint256 next) private view {
        if (block.timestamp < issue || block.timestamp > next) revert NotValidNow(issue, next);
    }

    /// @notice A stored intermediate certificate (zero when none).
    function certificate(bytes32 subjectHash) external view returns (CaCert memory) {
        return _cas[subjectHash];
    }

    /// @notice The CRL record of an issuer (`rootSubjectHash` or a PCK CA's subject hash).
    function crl(bytes32 issuerHash) external view returns (CrlRecord memory) {
        return _crls[issuerHash];
    }

    /// @notice True when a verified CRL of `issuerHash` listed the serial (keccak256 of its DER content).
    function isRevoked(bytes32 issuerHash, bytes32 serialHash) external view returns (bool) {
        return _revoked[issuerHash][serialHash];
    }

    /// @notice The stored TCB info of an FMSPC and its packed levels (see `DcapJson.Parsed`).
    function tcbInfo(bytes6 fmspc) public view returns (TcbInfoRecord memory rec, uint256[] memory levels) {
        rec = _tcbInfos[fmspc];
        levels = new uint256[](rec.levelCount);
        for (uint256 i = 0; i < levels.length; ++i) {
            levels[i] = _tcbLevels[fmspc][i];
        }
    }

    /// @notice The stored QE identity and its packed levels.
    function qeIdentity() public view returns (QeIdentityRecord memory rec, uint256[] memory levels) {
        rec = _qe;
        levels = new uint256[](rec.levelCount);
        for (uint256 i = 0; i < levels.length; ++i) {
            levels[i] = _qeLevels[i];
        }
    }

    /// @notice What verifying a quote whose PCK leaf was issued by `pckCaSubject`, has serial
    ///         `leafSerialHash` and platform family `fmspc` needs, in one call.
    function context(bytes32 pckCaSubject, bytes32 leafSerialHash, bytes6 fmspc)
        external
        view
        returns (Context memory c)
    {
        c.pckCa = _cas[pckCaSubject];
        c.pckCaRevoked = _revoked[rootSubjectHash][c.pckCa.serialHash];
        c.leafRevoked = _revoked[pckCaSubject][leafSerialHash];
        c.pckCrl = _crls[pckCaSubject];
        c.rootCrl = _crls[rootSubjectHash];
        (c.tcbInfo, c.tcbLevels) = tcbInfo(fmspc);
        (c.qeIdentity, c.qeLevels) = qeIdentity();
    }
}
