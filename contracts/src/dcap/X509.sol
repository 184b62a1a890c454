// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Der} from "./Der.sol";

/// @title X509
/// @notice Parses the X.509 certificates and CRLs of Intel's SGX PKI (ECDSA P-256 with SHA-256) into
///         what on-chain verification checks: the SHA-256 of the signed part and its signature,
///         serial, issuer and subject (hashed), validity, the P-256 key and where the extensions lie.
library X509 {
    using Der for bytes;

    /// @notice A parsed certificate.
    struct Cert {
        bytes32 tbsDigest; // sha256 of tbsCertificate
        uint256 r;
        uint256 s;
        bytes32 serialHash; // keccak256 of the serial number's content bytes
        bytes32 issuerHash; // keccak256 of the issuer Name (DER)
        bytes32 subjectHash; // keccak256 of the subject Name (DER)
        bytes32 subjectCn; // keccak256 of the subject's common name
        uint40 notBefore;
        uint40 notAfter;
        uint256 x;
        uint256 y;
        uint256 extStart; // content of the [3] extensions (0 when absent)
        uint256 extEnd;
    }

    /// @notice A parsed CRL: its signed part, issuer, period and where its revoked entries lie.
    struct Crl {
        bytes32 tbsDigest;
        uint256 r;
        uint256 s;
        bytes32 issuerHash;
        uint40 thisUpdate;
        uint40 nextUpdate;
        uint256 entriesStart; // content of revokedCertificates (start == end when none)
        uint256 entriesEnd;
    }

    /// @notice Parses a DER certificate (ecdsa-with-SHA256, P-256 key).
    function parseCert(bytes memory b) internal view returns (Cert memory c) {
        Der.Node memory top = b.expect(0, b.length, Der.TAG_SEQUENCE);
        if (top.end != b.length) revert Der.BadDer(top.end);
        Der.Node memory tbs = b.expect(top.content, top.end, Der.TAG_SEQUENCE);
        Der.Node memory alg = b.next(tbs, top);
        b.requireEcdsaSha256(alg);
        Der.Node memory sig = b.next(alg, top);
        if (sig.end != top.end) revert Der.BadDer(sig.end);
        (c.r, c.s) = b.ecdsaSig(sig);
        c.tbsDigest = b.sha256Of(tbs);

        Der.Node memory n = b.expect(tbs.content, tbs.end, Der.TAG_CONTEXT_0); // version [0]
        n = b.next(n, tbs); // serial
        if (n.tag != Der.TAG_INTEGER) revert Der.BadDer(n.start);
        c.serialHash = b.contentHash(n);
        n = b.next(n, tbs); // signature algorithm
        b.requireEcdsaSha256(n);
        n = b.next(n, tbs); // issuer
        if (n.tag != Der.TAG_SEQUENCE) revert Der.BadDer(n.start);
        c.issuerHash = b.hashOf(n);
        n = b.next(n, tbs); // validity
        if (n.tag != Der.TAG_SEQUENCE) revert Der.BadDer(n.start);
        Der.Node memory t = b.first(n);
        c.notBefore = uint40(b.timeOf(t));
        t = b.next(t, n);
        c.notAfter = uint40(b.timeOf(t));
        n = b.next(n, tbs); // subject
        if (n.tag != Der.TAG_SEQUENCE) revert Der.BadDer(n.start);
        c.subjectHash = b.hashOf(n);
        c.subjectCn = commonName(b, n);
        n = b.next(n, tbs); // subjectPublicKeyInfo
        (c.x, c.y) = b.p256Key(n);
        if (n.end < tbs.end) {
            n = b.next(n, tbs);
            if (n.tag == Der.TAG_CONTEXT_3) {
                Der.Node memory exts = b.expect(n.content, n.end, Der.TAG_SEQUENCE);
                c.extStart = exts.content;
                c.extEnd = exts.end;
            }
        }
    }

    /// @notice keccak256 of the common name (OID 2.5.4.3) value of a Name; zero when it has none.
    function commonName(bytes memory b, Der.Node memory name) internal pure returns (bytes32) {
        uint256 p = name.content;
        while (p < name.end) {
            Der.Node memory set = b.at(p, name.end);
            Der.Node memory atv = b.expect(set.content, set.end, Der.TAG_SEQUENCE);
            Der.Node memory oid = b.expect(atv.content, atv.end, Der.TAG_OID);
            if (b.contentEquals(oid, bytes32(hex"550403"), 3)) {
                return b.contentHash(b.next(oid, atv));
            }
            p = set.end;
        }
        return bytes32(0);
    }

    /// @notice Parses a DER CRL (v2, ecdsa-with-SHA256).
    function parseCrl(bytes memory b) internal view returns (Crl memory c) {
        Der.Node memory top = b.expect(0, b.length, Der.TAG_SEQUENCE);
        if (top.end != b.length) revert Der.BadDer(top.end);
        Der.Node memory tbs = b.expect(top.content, top.end, Der.TAG_SEQUENCE);
        Der.Node memory alg = b.next(tbs, top);
        b.requireEcdsaSha256(alg);
        Der.Node memory sig = b.next(alg, top);
        if (sig.end != top.end) revert Der.BadDer(sig.end);
        (c.r, c.s) = b.ecdsaSig(sig);
        c.tbsDigest = b.sha256Of(tbs);

        Der.Node memory n = b.first(tbs);
        if (n.tag == Der.TAG_INTEGER) n = b.next(n, tbs); // version
        b.requireEcdsaSha256(n);
        n = b.next(n, tbs); // issuer
        if (n.tag != Der.TAG_SEQUENCE) revert Der.BadDer(n.start);
        c.issuerHash = b.hashOf(n);
        n = b.next(n, tbs);
        c.thisUpdate = uint40(b.timeOf(n));
        n = b.next(n, tbs);
        c.nextUpdate = uint40(b.timeOf(n)); // Intel's CRLs always carry nextUpdate: required here
        c.entriesStart = n.end;
        c.entriesEnd = n.end;
        if (n.end < tbs.end) {
            n = b.next(n, tbs);
            if (n.tag == Der.TAG_SEQUENCE) {
                c.entriesStart = n.content;
                c.entriesEnd = n.end;
            }
        }
    }
}
