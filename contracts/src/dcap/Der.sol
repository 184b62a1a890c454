// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title Der
/// @notice The little DER (X.509) reading that on-chain DCAP verification needs: TLV headers, ECDSA
///         P-256 signatures and public keys, times, small integers. Every read is bounds-checked and
///         fails with `BadDer`; nothing is trusted because it parsed, only because a signature covers it.
library Der {
    /// @notice The DER is malformed (or not the shape expected) at byte `offset`.
    error BadDer(uint256 offset);

    uint8 internal constant TAG_INTEGER = 0x02;
    uint8 internal constant TAG_BIT_STRING = 0x03;
    uint8 internal constant TAG_OCTET_STRING = 0x04;
    uint8 internal constant TAG_OID = 0x06;
    uint8 internal constant TAG_ENUMERATED = 0x0a;
    uint8 internal constant TAG_UTC_TIME = 0x17;
    uint8 internal constant TAG_GENERALIZED_TIME = 0x18;
    uint8 internal constant TAG_SEQUENCE = 0x30;
    uint8 internal constant TAG_CONTEXT_0 = 0xa0;
    uint8 internal constant TAG_CONTEXT_3 = 0xa3;

    /// @notice A TLV: its tag, where its header starts, where its content starts and ends.
    struct Node {
        uint8 tag;
        uint256 start;
        uint256 content;
        uint256 end;
    }

    /// @notice Reads the TLV at `off`, whose end must not pass `limit`.
    function at(bytes memory b, uint256 off, uint256 limit) internal pure returns (Node memory n) {
        if (limit > b.length || off + 2 > limit) revert BadDer(off);
        n.tag = uint8(b[off]);
        n.start = off;
        uint256 l = uint8(b[off + 1]);
        uint256 p = off + 2;
        if (l & 0x80 != 0) {
            uint256 k = l & 0x7f;
            if (k == 0 || k > 3 || p + k > limit) revert BadDer(off);
            l = 0;
            for (uint256 i = 0; i < k; ++i) {
                l = (l << 8) | uint8(b[p + i]);
            }
            p += k;
        }
        n.content = p;
        n.end = p + l;
        if (n.end > limit) revert BadDer(off);
    }

    /// @notice `at`, requiring tag `tag`.
    function expect(bytes memory b, uint256 off, uint256 limit, uint8 tag) internal pure returns (Node memory n) {
        n = at(b, off, limit);
        if (n.tag != tag) revert BadDer(off);
    }

    /// @notice The first child of constructed node `n`.
    function first(bytes memory b, Node memory n) internal pure returns (Node memory) {
        return at(b, n.content, n.end);
    }

    /// @notice The sibling after `n` inside `parent`.
    function next(bytes memory b, Node memory n, Node memory parent) internal pure returns (Node memory) {
        return at(b, n.end, parent.end);
    }

    /// @notice keccak256 of the whole TLV (header and content), e.g. of a Name.
    function hashOf(bytes memory b, Node memory n) internal pure returns (bytes32 h) {
        uint256 s = n.start;
        uint256 len = n.end - s;
        assembly ("memory-safe") {
            h := keccak256(add(add(b, 0x20), s), len)
        }
    }

    /// @notice keccak256 of the content of `n` (e.g. a serial number's bytes).
    function contentHash(bytes memory b, Node memory n) internal pure returns (bytes32 h) {
        uint256 s = n.content;
        uint256 len = n.end - s;
        assembly ("memory-safe") {
            h := keccak256(add(add(b, 0x20), s), len)
        }
    }

    /// @notice SHA-256 of the whole TLV (what an X.509 signature covers).
    function sha256Of(bytes memory b, Node memory n) internal view returns (bytes32 h) {
        uint256 s = n.start;
        uint256 len = n.end - s;
        bool ok;
        assembly ("memory-safe") {
            ok := staticcall(gas(), 0x02, add(add(b, 0x20), s), len, 0x00, 0x20)
            h := mload(0x00)
        }
        if (!ok) revert BadDer(s);
    }

    /// @notice True when the content of `n` equals `want` (<= 32 bytes, left-aligned in a bytes32).
    function contentEquals(bytes memory b, Node memory n, bytes32 want, uint256 wantLen) internal pure returns (bool) {
        if (n.end - n.content != wantLen) return false;
        return word(b, n.content) >> ((32 - wantLen) * 8) == want >> ((32 - wantLen) * 8);
    }

    /// @notice 32 bytes of `b` from `off` (caller checks bounds).
    function word(bytes memory b, uint256 off) internal pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := mload(add(add(b, 0x20), off))
        }
    }

    /// @notice A non-negative DER INTEGER of up to 32 bytes (one leading zero allowed).
    function uintOf(bytes memory b, Node memory n) internal pure returns (uint256 v) {
        if ((n.tag != TAG_INTEGER && n.tag != TAG_ENUMERATED) || n.end == n.content) revert BadDer(n.start);
        uint256 p = n.content;
        if (uint8(b[p]) & 0x80 != 0) revert BadDer(n.start);
        if (uint8(b[p]) == 0 && n.end - p > 1) ++p;
        if (n.end - p > 32) revert BadDer(n.start);
        for (; p < n.end; ++p) {
            v = (v << 8) | uint8(b[p]);
        }
    }

    /// @notice The r and s of an ECDSA signature BIT STRING (0x00, then SEQUENCE { INTEGER r, INTEGER s }).
    function ecdsaSig(bytes memory b, Node memory bits) internal pure returns (uint256 r, uint256 s) {
        if (bits.tag != TAG_BIT_STRING || bits.end - bits.content < 1 || b[bits.content] != 0) {
            revert BadDer(bits.start);
        }
        Node memory seq = expect(b, bits.content + 1, bits.end, TAG_SEQUENCE);
        Node memory rn = first(b, seq);
        Node memory sn = next(b, rn, seq);
        r = uintOf(b, rn);
        s = uintOf(b, sn);
        if (sn.end != seq.end) revert BadDer(sn.end);
    }

    /// @notice The P-256 public key of a SubjectPublicKeyInfo (id-ecPublicKey, prime256v1, uncompressed).
    function p256Key(bytes memory b, Node memory spki) internal pure returns (uint256 x, uint256 y) {
        if (spki.tag != TAG_SEQUENCE) revert BadDer(spki.start);
        Node memory alg = first(b, spki);
        // SEQUENCE { OID 1.2.840.10045.2.1, OID 1.2.840.10045.3.1.7 }
        if (
            alg.end - alg.start != 21
                || word(b, alg.start) >> 88 != bytes32(hex"301306072a8648ce3d020106082a8648ce3d030107") >> 88
        ) revert BadDer(alg.start);
        Node memory bits = next(b, alg, spki);
        if (bits.tag != TAG_BIT_STRING || bits.end - bits.content != 66) revert BadDer(bits.start);
        if (b[bits.content] != 0 || b[bits.content + 1] != 0x04) revert BadDer(bits.start);
        x = uint256(word(b, bits.content + 2));
        y = uint256(word(b, bits.content + 34));
    }

    /// @notice Requires AlgorithmIdentifier ecdsa-with-SHA256 (OID 1.2.840.10045.4.3.2, no parameters).
    function requireEcdsaSha256(bytes memory b, Node memory alg) internal pure {
        if (alg.tag != TAG_SEQUENCE || alg.end - alg.start != 12) revert BadDer(alg.start);
        if (word(b, alg.start) >> 160 != bytes32(hex"300a06082a8648ce3d040302") >> 160) revert BadDer(alg.start);
    }

    /// @notice Unix time of a UTCTime (YYMMDDHHMMSSZ) or GeneralizedTime (YYYYMMDDHHMMSSZ).
    function timeOf(bytes memory b, Node memory n) internal pure returns (uint256) {
        uint256 p = n.content;
        uint256 year;
        if (n.tag == TAG_UTC_TIME && n.end - p == 13) {
            year = _digits(b, p, 2);
            year += year >= 50 ? 1900 : 2000;
            p += 2;
        } else if (n.tag == TAG_GENERALIZED_TIME && n.end - p == 15) {
            year = _digits(b, p, 4);
            p += 4;
        } else {
            revert BadDer(n.start);
        }
        if (b[n.end - 1] != "Z") revert BadDer(n.start);
        return toUnix(
            year,
            _digits(b, p, 2),
            _digits(b, p + 2, 2),
            _digits(b, p + 4, 2),
            _digits(b, p + 6, 2),
            _digits(b, p + 8, 2)
        );
    }

    /// @notice Unix time of a calendar date (UTC); refuses out-of-range fields.
    function toUnix(uint256 year, uint256 month, uint256 day, uint256 hour, uint256 minute, uint256 second)
        internal
        pure
        returns (uint256)
    {
        if (year < 1970 || month == 0 || month > 12 || day == 0 || day > 31 || hour > 23 || minute > 59 || second > 60)
        {
            revert BadDer(0);
        }
        // Days from civil (H. Hinnant), for years >= 1970.
        uint256 y = month <= 2 ? year - 1 : year;
        uint256 era = y / 400;
        uint256 yoe = y - era * 400;
        uint256 mp = month > 2 ? month - 3 : month + 9;
        uint256 doy = (153 * mp + 2) / 5 + day - 1;
        uint256 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        uint256 days_ = era * 146097 + doe - 719468;
        return days_ * 86400 + hour * 3600 + minute * 60 + second;
    }

    function _digits(bytes memory b, uint256 p, uint256 n) private pure returns (uint256 v) {
        for (uint256 i = 0; i < n; ++i) {
            uint8 c = uint8(b[p + i]);
            if (c < 0x30 || c > 0x39) revert BadDer(p + i);
            v = v * 10 + (c - 0x30);
        }
    }
}
