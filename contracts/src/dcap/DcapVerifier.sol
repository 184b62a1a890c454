// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Der} from "./Der.sol";
import {X509} from "./X509.sol";
import {P256} from "./P256.sol";
import {DcapJson} from "./DcapJson.sol";
import {DcapCollateral} from "./DcapCollateral.sol";
import {IDcapVerifier} from "./IDcapVerifier.sol";
import {IEnclaveRegistry} from "../interfaces/IEnclaveRegistry.sol";

/// @title DcapVerifier
/// @notice Verifies an Intel SGX DCAP quote (version 3, ECDSA-P256) on-chain against the collateral in
///         `DcapCollateral`, as the Go verifier (package dcap) does off-chain:
///         the PCK leaf certificate is signed by a stored PCK CA (itself verified against the pinned
///         Intel root), valid now and on neither CRL; the QE report is signed by the PCK key and its
///         report data binds the attestation key; the quote is signed by the attestation key; the QE
///         matches Intel's QE identity; the platform's TCB level (the PCK certificate's SGX extension
///         against the TCB info of its FMSPC) gives the TCB status, converged with the QE's. P-256
///         signatures go to the EIP-7951 precompile. `verifyQuote` judges nothing; `checkQuote` adds the
///         owner's policy (accepted TCB statuses, no debug enclave, collateral age) for registration.
/// @dev The quote's certification data (the PEM chain) is not read: pass the PCK leaf in DER instead
///      (and the quote may be cut after the QE authentication data). Nothing in the chain is trusted
///      because it was presented: the leaf counts only if a stored CA signed it.
contract DcapVerifier is IDcapVerifier {
    using Der for bytes;

    // Quote v3 layout.
    uint256 private constant BODY = 48;
    uint256 private constant SIGNED_LEN = 432;
    uint256 private constant SIG = 436;
    uint256 private constant ATT_KEY = 500;
    uint256 private constant QE_REPORT = 564;
    uint256 private constant QE_SIG = 948;
    uint256 private constant AUTH_LEN = 1012;
    uint256 private constant AUTH = 1014;

    bytes32 private constant INTEL_QE_VENDOR = bytes32(hex"939a7233f79c4ca9940a0db3957f0607");
    bytes32 private constant CN_PCK_CERT = keccak256("Intel SGX PCK Certificate");
    /// @notice EIP-712 type hash of an enclave's payee authorisation.
    bytes32 public constant ENCLAVE_PAYEE_TYPEHASH =
        keccak256("EnclavePayee(address signer,address payee,uint32 nonce)");
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    uint256 private constant SECP256K1_HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;

    /// @inheritdoc IDcapVerifier
    DcapCollateral public immutable override collateral;

    /// @inheritdoc IDcapVerifier
    address public override owner;
    /// @notice The account the owner offered ownership to.
    address public pendingOwner;
    /// @inheritdoc IDcapVerifier
    Policy public override policy;

    /// @param collateral_ The collateral store (its pinned root is the root of every quote).
    /// @param owner_ Sets the policy (the router's owner).
    /// @param policy_ The initial policy.
    constructor(DcapCollateral collateral_, address owner_, Policy memory policy_) {
        collateral = collateral_;
        owner = owner_;
        _setPolicy(policy_);
    }

    /// @notice Sets the policy (owner only).
    function setPolicy(Policy calldata p) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _setPolicy(p);
    }

    /// @notice Offers ownership to `newOwner`, who must accept.
    function transferOwnership(address newOwner) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        pendingOwner = newOwner;
    }

    /// @notice Accepts an offered ownership.
    function acceptOwnership() external {
        if (msg.sender != pendingOwner) revert NotOwner(msg.sender);
        owner = msg.sender;
        pendingOwner = address(0);
    }

    function _setPolicy(Policy memory p) private {
        if (p.acceptedStatuses & 1 != 0 || p.acceptedStatuses & (1 << DcapJson.REVOKED) != 0) revert BadPolicy();
        if (p.registrationTtl == 0) revert BadPolicy();
        policy = p;
        emit PolicySet(p.acceptedStatuses, p.maxCollateralAge, p.registrationTtl);
    }

    /// @inheritdoc IDcapVerifier
    function checkRegistration(IEnclaveRegistry.AttestedRegistration calldata a)
        external
        view
        override
        returns (Verified memory v)
    {
        v = checkQuote(a.quote, a.pckCertificate);
        if (
            a.encryptionKey.length != 33
                || v.reportData0 != keccak256(abi.encodePacked("teeoracle/identity/v1", a.signer, a.encryptionKey))
        ) revert ReportDataMismatch();
        bytes32 s = a.payeeSigVS & bytes32(0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (
            uint256(s) > SECP256K1_HALF_N
                || ecrecover(
                        payeeDigest(msg.sender, a.signer, a.payee, a.payeeNonce),
                        uint8(uint256(a.payeeSigVS) >> 255) + 27,
                        a.payeeSigR,
                        s
                    ) != a.signer || a.signer == address(0)
        ) revert BadPayeeSignature(a.signer);
        v.quoteDigest = sha256(a.quote);
    }

    /// @inheritdoc IDcapVerifier
    function payeeDigest(address router, address signer, address payee, uint32 nonce)
        public
        view
        override
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(DOMAIN_TYPEHASH, keccak256("TeeOracle"), keccak256("1"), block.chainid, router)
        );
        return keccak256(
            abi.encodePacked(hex"1901", domain, keccak256(abi.encode(ENCLAVE_PAYEE_TYPEHASH, signer, payee, nonce)))
        );
    }

    /// @inheritdoc IDcapVerifier
    function checkQuote(bytes calldata quote, bytes calldata pckCertificate)
        public
        view
        override
        returns (Verified memory v)
    {
        DcapCollateral.Context memory ctx;
        (v, ctx) = _verify(quote, pckCertificate);
        Policy memory p = policy;
        if (v.debug) revert DebugEnclave();
        if ((uint256(p.acceptedStatuses) >> v.tcbStatus) & 1 == 0) revert TcbStatusNotAccepted(v.tcbStatus);
        uint256 oldest = ctx.tcbInfo.issueDate;
        if (ctx.qeIdentity.issueDate < oldest) oldest = ctx.qeIdentity.issueDate;
        if (ctx.pckCrl.thisUpdate < oldest) oldest = ctx.pckCrl.thisUpdate;
        if (ctx.rootCrl.thisUpdate < oldest) oldest = ctx.rootCrl.thisUpdate;
        if (block.timestamp - oldest > p.maxCollateralAge) revert CollateralTooOld(oldest, p.maxCollateralAge);
        uint256 ttlEnd = block.timestamp + p.registrationTtl;
        if (ttlEnd < v.validUntil) v.validUntil = uint40(ttlEnd);
    }

    /// @inheritdoc IDcapVerifier
    function verifyQuote(bytes calldata quote, bytes calldata pckCertificate)
        external
        view
        override
        returns (Verified memory v)
    {
        (v,) = _verify(quote, pckCertificate);
    }

    /// @inheritdoc IDcapVerifier
    function platformStatus(bytes32 platform) public view override returns (uint8 status) {
        bytes6 fmspc = bytes6(platform);
        (DcapCollateral.TcbInfoRecord memory info, uint256[] memory levels) = collateral.tcbInfo(fmspc);
        if (info.pceId != bytes2(platform << 48)) return 0;
        (, uint256[] memory qeLevels) = collateral.qeIdentity();
        uint256 tcb = uint256(platform << 64) >> 112; // components (16 bytes) || pcesvn (2)
        uint256 qeSvn = uint16(uint256(platform) >> 32);
        uint8 qeStatus = _qeStatus(qeLevels, qeSvn);
        uint8 platformLevel = _platformStatus(levels, uint128(tcb >> 16), uint16(tcb));
        if (qeStatus == 0 || platformLevel == 0) return 0;
        return _converge(platformLevel, qeStatus);
    }

    /// @inheritdoc IDcapVerifier
    function isAccepted(bytes32 platform) external view override returns (bool) {
        uint8 s = platformStatus(platform);
        return s != 0 && (uint256(policy.acceptedStatuses) >> s) & 1 != 0;
    }

    function _verify(bytes calldata quote, bytes calldata pckCertificate)
        private
        view
        returns (Verified memory v, DcapCollateral.Context memory ctx)
    {
        uint256 authLen = _checkStructure(quote);
        uint256 lx;
        uint256 ly;
        {
            // PCK leaf, its CA and the collateral for its platform.
            bytes memory leafDer = pckCertificate;
            X509.Cert memory leaf = X509.parseCert(leafDer);
            if (leaf.subjectCn != CN_PCK_CERT) revert CertChain();
            v.platform = _sgxExtension(leafDer, leaf);
            ctx = collateral.context(leaf.issuerHash, leaf.serialHash, bytes6(v.platform));
            _checkPck(leaf, ctx);
            (lx, ly) = (leaf.x, leaf.y);
            v.validUntil = leaf.notAfter;
        }
        _checkSignatures(quote, authLen, lx, ly);

        // QE identity and platform TCB level.
        uint16 qeSvn = _le16(quote, QE_REPORT + 258);
        uint8 qeStatus = _checkQe(quote[QE_REPORT:QE_SIG], qeSvn, ctx);
        v.tcbStatus = _converge(_checkTcb(ctx, v.platform), qeStatus);
        v.platform |= bytes32(uint256(qeSvn) << 32);

        v.mrEnclave = bytes32(quote[BODY + 64:BODY + 96]);
        v.mrSigner = bytes32(quote[BODY + 128:BODY + 160]);
        v.productId = _le16(quote, BODY + 256);
        v.svn = _le16(quote, BODY + 258);
        v.debug = uint8(quote[BODY + 48]) & 2 != 0;
        v.reportData0 = bytes32(quote[BODY + 320:BODY + 352]);
        v.reportData1 = bytes32(quote[BODY + 352:BODY + 384]);
    }

    /// @dev Version 3, ECDSA-P256 attestation key, Intel's QE, lengths; returns the QE auth data length.
    function _checkStructure(bytes calldata quote) private pure returns (uint256 authLen) {
        if (quote.length < AUTH) revert MalformedQuote();
        authLen = _le16(quote, AUTH_LEN);
        if (quote.length < AUTH + authLen) revert MalformedQuote();
        if (uint8(quote[0]) != 3 || quote[1] != 0 || uint8(quote[2]) != 2 || quote[3] != 0) revert UnsupportedQuote();
        if (bytes4(quote[4:8]) != 0) revert UnsupportedQuote(); // TEE type 0: SGX
        if (bytes16(quote[12:28]) != bytes16(INTEL_QE_VENDOR)) revert UnsupportedQuote();
        if (_le32(quote, SIGNED_LEN) < AUTH + authLen + 6 - SIG) revert MalformedQuote();
    }

    /// @dev The QE report is signed by the PCK key (lx, ly) and binds the attestation key; the quote is
    ///      signed by the attestation key.
    function _checkSignatures(bytes calldata quote, uint256 authLen, uint256 lx, uint256 ly) private view {
        bytes calldata qeReport = quote[QE_REPORT:QE_SIG];
        if (!P256.verify(sha256(qeReport), _u256(quote, QE_SIG), _u256(quote, QE_SIG + 32), lx, ly)) {
            revert QEReportSignature();
        }
        if (
            sha256(abi.encodePacked(quote[ATT_KEY:QE_REPORT], quote[AUTH:AUTH + authLen])) != bytes32(qeReport[320:352])
                || bytes32(qeReport[352:384]) != bytes32(0)
        ) revert AttestationKeyBinding();
        if (!P256.verify(
                sha256(quote[0:SIGNED_LEN]),
                _u256(quote, SIG),
                _u256(quote, SIG + 32),
                _u256(quote, ATT_KEY),
                _u256(quote, ATT_KEY + 32)
            )) revert QuoteSignature();
    }

    /// @dev The platform's status from the TCB info of its FMSPC.
    function _checkTcb(DcapCollateral.Context memory ctx, bytes32 platform) private view returns (uint8 status) {
        if (ctx.tcbInfo.issueDate == 0) revert MissingCollateral();
        _checkPeriod(ctx.tcbInfo.issueDate, ctx.tcbInfo.nextUpdate);
        if (ctx.tcbInfo.pceId != bytes2(platform << 48)) revert PCEIDMismatch();
        uint256 tcb = uint256(platform << 64) >> 112;
        status = _platformStatus(ctx.tcbLevels, uint128(tcb >> 16), uint16(tcb));
        if (status == 0) revert TCBLevelNotFound();
    }

    function _checkPck(X509.Cert memory leaf, DcapCollateral.Context memory ctx) private view {
        DcapCollateral.CaCert memory ca = ctx.pckCa;
        if (ca.kind != 1) revert UnknownPckIssuer(leaf.issuerHash);
        if (ctx.pckCaRevoked || ctx.leafRevoked) revert Revoked();
        if (ctx.pckCrl.thisUpdate == 0 || ctx.rootCrl.thisUpdate == 0) revert MissingCRL();
        _checkPeriod(ctx.pckCrl.thisUpdate, ctx.pckCrl.nextUpdate);
        _checkPeriod(ctx.rootCrl.thisUpdate, ctx.rootCrl.nextUpdate);
        _checkPeriod(ca.notBefore, ca.notAfter);
        _checkPeriod(leaf.notBefore, leaf.notAfter);
        if (!P256.verify(leaf.tbsDigest, leaf.r, leaf.s, ca.x, ca.y)) revert CertChain();
    }

    function _checkQe(bytes calldata r, uint16 qeSvn, DcapCollateral.Context memory ctx)
        private
        view
        returns (uint8 status)
    {
        DcapCollateral.QeIdentityRecord memory qe = ctx.qeIdentity;
        if (qe.issueDate == 0) revert MissingCollateral();
        _checkPeriod(qe.issueDate, qe.nextUpdate);
        if (bytes32(r[128:160]) != qe.mrSigner || _le16(r, 256) != qe.isvProdId) revert QEIdentityMismatch();
        if (bytes4(r[16:20]) & qe.miscselectMask != qe.miscselect) revert QEIdentityMismatch();
        if (bytes16(r[48:64]) & qe.attributesMask != qe.attributes) revert QEIdentityMismatch();
        status = _qeStatus(ctx.qeLevels, qeSvn);
        if (status == 0) revert TCBLevelNotFound();
    }

    /// @dev The status of the first QE level (newest first) whose ISVSVN the QE reaches; 0 if none.
    function _qeStatus(uint256[] memory levels, uint256 qeSvn) private pure returns (uint8) {
        for (uint256 i = 0; i < levels.length; ++i) {
            if (qeSvn >= uint16(levels[i] >> 112)) return uint8(levels[i] >> 104);
        }
        return 0;
    }

    /// @dev The status of the first platform level whose 16 component SVNs and PCESVN the platform
    ///      reaches; 0 if none.
    function _platformStatus(uint256[] memory levels, uint128 comps, uint16 pcesvn) private pure returns (uint8) {
        for (uint256 i = 0; i < levels.length; ++i) {
            uint256 l = levels[i];
            if (pcesvn < uint16(l >> 112)) continue;
            uint256 want = l >> 128;
            bool ok = true;
            for (uint256 k = 0; k < 16; ++k) {
                if (uint8(comps >> (8 * k)) < uint8(want >> (8 * k))) {
                    ok = false;
                    break;
                }
            }
            if (ok) return uint8(l >> 104);
        }
        return 0;
    }

    /// @dev Intel's convergence of platform and QE status (as dcap.convergeStatus).
    function _converge(uint8 platform, uint8 qe) private pure returns (uint8) {
        if (qe == DcapJson.REVOKED) return DcapJson.REVOKED;
        if (qe == DcapJson.OUT_OF_DATE) {
            if (platform == DcapJson.UP_TO_DATE || platform == DcapJson.SW_HARDENING_NEEDED) {
                return DcapJson.OUT_OF_DATE;
            }
            if (platform == DcapJson.CONFIGURATION_NEEDED || platform == DcapJson.CONFIGURATION_AND_SW_HARDENING_NEEDED)
            {
                return DcapJson.OUT_OF_DATE_CONFIGURATION_NEEDED;
            }
        }
        return platform;
    }

    function _checkPeriod(uint256 from, uint256 to) private view {
        if (block.timestamp < from) revert NotYetValid();
        if (block.timestamp > to) revert Expired();
    }

    /// @dev The PCK certificate's SGX extension (OID 1.2.840.113741.1.13.1) as a platform word without
    ///      the QE SVN: FMSPC (6) || PCE ID (2) || 16 component SVNs || PCESVN (2).
    function _sgxExtension(bytes memory b, X509.Cert memory c) private pure returns (bytes32) {
        Der.Node memory exts = Der.Node({tag: Der.TAG_SEQUENCE, start: c.extStart, content: c.extStart, end: c.extEnd});
        uint256 p = c.extStart;
        while (p < exts.end) {
            Der.Node memory ext = b.expect(p, exts.end, Der.TAG_SEQUENCE);
            Der.Node memory oid = b.expect(ext.content, ext.end, Der.TAG_OID);
            p = ext.end;
            if (!b.contentEquals(oid, bytes32(hex"2a864886f84d010d01"), 9)) continue;
            Der.Node memory val = b.next(oid, ext);
            if (val.tag != Der.TAG_OCTET_STRING) val = b.next(val, ext); // skip `critical`
            return _sgxEntries(b, b.expect(val.content, val.end, Der.TAG_SEQUENCE));
        }
        revert CertChain();
    }

    function _sgxEntries(bytes memory b, Der.Node memory top) private pure returns (bytes32) {
        uint256 found;
        bytes32 tcb;
        bytes2 pceId;
        bytes6 fmspc;
        for (uint256 q = top.content; q < top.end;) {
            Der.Node memory entry = b.expect(q, top.end, Der.TAG_SEQUENCE);
            Der.Node memory id = b.expect(entry.content, entry.end, Der.TAG_OID);
            Der.Node memory v = b.next(id, entry);
            q = entry.end;
            if (id.end - id.content != 10 || b.word(id.content) >> 184 != bytes32(hex"2a864886f84d010d01") >> 184) {
                continue;
            }
            uint8 which = uint8(b[id.content + 9]);
            if (which == 2) {
                tcb = _tcb(b, v);
                found |= 1;
            } else if (which == 3) {
                if (v.tag != Der.TAG_OCTET_STRING || v.end - v.content != 2) revert CertChain();
                pceId = bytes2(b.word(v.content));
                found |= 2;
            } else if (which == 4) {
                if (v.tag != Der.TAG_OCTET_STRING || v.end - v.content != 6) revert CertChain();
                fmspc = bytes6(b.word(v.content));
                found |= 4;
            }
        }
        if (found != 7) revert CertChain();
        return bytes32(fmspc) | (bytes32(pceId) >> 48) | bytes32(uint256(tcb) >> 64);
    }

    function _tcb(bytes memory b, Der.Node memory seq) private pure returns (bytes32 tcb) {
        if (seq.tag != Der.TAG_SEQUENCE) revert CertChain();
        uint256 found;
        for (uint256 q = seq.content; q < seq.end;) {
            Der.Node memory entry = b.expect(q, seq.end, Der.TAG_SEQUENCE);
            Der.Node memory id = b.expect(entry.content, entry.end, Der.TAG_OID);
            Der.Node memory v = b.next(id, entry);
            q = entry.end;
            if (id.end - id.content != 11 || b.word(id.content) >> 176 != bytes32(hex"2a864886f84d010d0102") >> 176) {
                continue;
            }
            uint256 k = uint8(b[id.content + 10]);
            if (k >= 1 && k <= 16) {
                uint256 svn = b.uintOf(v);
                if (svn > 0xff) revert CertChain();
                tcb |= bytes32(svn << (256 - 8 * k));
                found |= 1 << k;
            } else if (k == 17) {
                uint256 svn = b.uintOf(v);
                if (svn > 0xffff) revert CertChain();
                tcb |= bytes32(svn << 112);
                found |= 1 << k;
            }
        }
        if (found != 0x3fffe) revert CertChain();
    }

    function _u256(bytes calldata b, uint256 off) private pure returns (uint256) {
        return uint256(bytes32(b[off:off + 32]));
    }

    function _le16(bytes calldata b, uint256 off) private pure returns (uint16) {
        return uint16(uint8(b[off])) | uint16(uint8(b[off + 1])) << 8;
    }

    function _le32(bytes calldata b, uint256 off) private pure returns (uint256) {
        return uint256(uint8(b[off])) | uint256(uint8(b[off + 1])) << 8 | uint256(uint8(b[off + 2])) << 16
            | uint256(uint8(b[off + 3])) << 24;
    }
}
