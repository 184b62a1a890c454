// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Der} from "./Der.sol";

/// @title DcapJson
/// @notice Reads Intel's signed TCB info (SGX, version 3) and QE identity (version 2) JSON on-chain: one
///         pass that tracks nesting depth and takes each value from the key it follows at the depth
///         where Intel's format puts it. The JSON is exactly the bytes Intel signed (compact, no
///         escapes); anything else (an escape, a missing or duplicate required field, a TCB level
///         without 16 components or a status, bytes after the object) is refused with `BadJson`.
library DcapJson {
    /// @notice The JSON is not Intel's format at byte `offset`.
    error BadJson(uint256 offset);

    /// @notice TCB statuses (Intel's strings), as stored: 0 means none.
    uint8 internal constant UP_TO_DATE = 1;
    uint8 internal constant SW_HARDENING_NEEDED = 2;
    uint8 internal constant CONFIGURATION_NEEDED = 3;
    uint8 internal constant CONFIGURATION_AND_SW_HARDENING_NEEDED = 4;
    uint8 internal constant OUT_OF_DATE = 5;
    uint8 internal constant OUT_OF_DATE_CONFIGURATION_NEEDED = 6;
    uint8 internal constant REVOKED = 7;

    uint256 internal constant MAX_LEVELS = 64;

    /// @notice What a TCB info or QE identity says. Levels are packed, newest first as Intel orders
    ///         them. Platform (TCB info): components (16 bytes) << 128 | pcesvn << 112 | status << 104 |
    ///         tcbDate << 64. QE: isvsvn << 112 | status << 104 | tcbDate << 64.
    struct Parsed {
        uint40 issueDate;
        uint40 nextUpdate;
        uint32 evaluationDataNumber;
        bytes6 fmspc; // TCB info
        bytes2 pceId; // TCB info
        uint16 isvProdId; // QE identity
        bytes4 miscselect; // QE identity (as Intel writes it: the report's little-endian bytes)
        bytes4 miscselectMask;
        bytes16 attributes;
        bytes16 attributesMask;
        bytes32 mrSigner;
        uint256[] levels;
    }

    // Required fields, as bits of `seen`.
    uint256 private constant F_ID = 1;
    uint256 private constant F_VERSION = 2;
    uint256 private constant F_ISSUE = 4;
    uint256 private constant F_NEXT = 8;
    uint256 private constant F_EVAL = 16;
    uint256 private constant F_LEVELS = 32;
    uint256 private constant F_FMSPC = 64;
    uint256 private constant F_PCEID = 128;
    uint256 private constant F_TCBTYPE = 256;
    uint256 private constant F_MISC = 512;
    uint256 private constant F_MISCMASK = 1024;
    uint256 private constant F_ATTR = 2048;
    uint256 private constant F_ATTRMASK = 4096;
    uint256 private constant F_MRSIGNER = 8192;
    uint256 private constant F_PRODID = 16384;
    uint256 private constant SGX_FIELDS =
        F_ID | F_VERSION | F_ISSUE | F_NEXT | F_EVAL | F_LEVELS | F_FMSPC | F_PCEID | F_TCBTYPE;
    uint256 private constant QE_FIELDS = F_ID | F_VERSION | F_ISSUE | F_NEXT | F_EVAL | F_LEVELS | F_MISC | F_MISCMASK
        | F_ATTR | F_ATTRMASK | F_MRSIGNER | F_PRODID;

    // Per-level bits.
    uint256 private constant L_STATUS = 1;
    uint256 private constant L_DATE = 2;
    uint256 private constant L_SVN = 4; // pcesvn / isvsvn

    struct Scan {
        uint256 depth;
        bool inLevels;
        uint256 seen;
        uint256 level;
        uint256 levelSeen;
        uint256 comps;
    }

    /// @notice Parses a TCB info ("tcbInfo" object, id SGX, version 3, tcbType 0).
    function parseTcbInfo(bytes memory j) internal pure returns (Parsed memory) {
        return _parse(j, false);
    }

    /// @notice Parses a QE identity ("enclaveIdentity" object, id QE, version 2).
    function parseQeIdentity(bytes memory j) internal pure returns (Parsed memory) {
        return _parse(j, true);
    }

    function _parse(bytes memory j, bool qe) private pure returns (Parsed memory p) {
        uint256 n = j.length;
        if (n < 2 || j[0] != "{") revert BadJson(0);
        p.levels = new uint256[](MAX_LEVELS);
        uint256 count;
        Scan memory s;
        uint256 i;
        while (i < n) {
            uint8 c = uint8(j[i]);
            if (c == 0x22) {
                (uint256 ks, uint256 ke) = _string(j, i);
                i = ke + 1;
                if (i < n && j[i] == ":") {
                    ++i;
                    _key(j, p, s, qe, _hash(j, ks, ke), i);
                }
                continue;
            }
            if (c == 0x7b || c == 0x5b) {
                // { or [
                ++s.depth;
                if (s.inLevels && s.depth == 3) {
                    if (c != 0x7b) revert BadJson(i);
                    s.level = 0;
                    s.levelSeen = 0;
                    s.comps = 0;
                }
            } else if (c == 0x7d || c == 0x5d) {
                // } or ]
                if (s.depth == 0) revert BadJson(i);
                if (s.inLevels && s.depth == 3) {
                    if (s.levelSeen != (L_STATUS | L_DATE | L_SVN) || (!qe && s.comps != 16)) revert BadJson(i);
                    if (count == MAX_LEVELS) revert BadJson(i);
                    p.levels[count++] = s.level;
                } else if (s.inLevels && s.depth == 2) {
                    s.inLevels = false;
                }
                --s.depth;
                if (s.depth == 0 && i != n - 1) revert BadJson(i);
            }
            ++i;
        }
        if (s.depth != 0 || s.seen != (qe ? QE_FIELDS : SGX_FIELDS) || count == 0) revert BadJson(n);
        uint256[] memory levels = p.levels;
        assembly ("memory-safe") {
            mstore(levels, count)
        }
        if (p.nextUpdate <= p.issueDate) revert BadJson(0);
    }

    function _key(bytes memory j, Parsed memory p, Scan memory s, bool qe, bytes32 k, uint256 v) private pure {
        if (s.depth == 1) {
            uint256 f;
            if (k == keccak256("id")) {
                f = F_ID;
                (uint256 a, uint256 b) = _string(j, v);
                if (_hash(j, a, b) != (qe ? keccak256("QE") : keccak256("SGX"))) revert BadJson(v);
            } else if (k == keccak256("version")) {
                f = F_VERSION;
                if (_number(j, v) != (qe ? 2 : 3)) revert BadJson(v);
            } else if (k == keccak256("issueDate")) {
                f = F_ISSUE;
                p.issueDate = uint40(_date(j, v));
            } else if (k == keccak256("nextUpdate")) {
                f = F_NEXT;
                p.nextUpdate = uint40(_date(j, v));
            } else if (k == keccak256("tcbEvaluationDataNumber")) {
                f = F_EVAL;
                p.evaluationDataNumber = uint32(_number(j, v));
            } else if (k == keccak256("tcbLevels")) {
                f = F_LEVELS;
                if (v >= j.length || j[v] != "[") revert BadJson(v);
                s.inLevels = true;
            } else if (!qe && k == keccak256("fmspc")) {
                f = F_FMSPC;
                p.fmspc = bytes6(_hex(j, v, 6));
            } else if (!qe && k == keccak256("pceId")) {
                f = F_PCEID;
                p.pceId = bytes2(_hex(j, v, 2));
            } else if (!qe && k == keccak256("tcbType")) {
                f = F_TCBTYPE;
                if (_number(j, v) != 0) revert BadJson(v);
            } else if (qe && k == keccak256("miscselect")) {
                f = F_MISC;
                p.miscselect = bytes4(_hex(j, v, 4));
            } else if (qe && k == keccak256("miscselectMask")) {
                f = F_MISCMASK;
                p.miscselectMask = bytes4(_hex(j, v, 4));
            } else if (qe && k == keccak256("attributes")) {
                f = F_ATTR;
                p.attributes = bytes16(_hex(j, v, 16));
            } else if (qe && k == keccak256("attributesMask")) {
                f = F_ATTRMASK;
                p.attributesMask = bytes16(_hex(j, v, 16));
            } else if (qe && k == keccak256("mrsigner")) {
                f = F_MRSIGNER;
                p.mrSigner = _hex(j, v, 32);
            } else if (qe && k == keccak256("isvprodid")) {
                f = F_PRODID;
                p.isvProdId = uint16(_number(j, v));
            }
            if (s.seen & f != 0) revert BadJson(v); // a duplicate required field
            s.seen |= f;
            return;
        }
        if (!s.inLevels) return;
        uint256 lf;
        if (s.depth == 3 && k == keccak256("tcbStatus")) {
            lf = L_STATUS;
            s.level |= uint256(_status(j, v)) << 104;
        } else if (s.depth == 3 && k == keccak256("tcbDate")) {
            lf = L_DATE;
            s.level |= _date(j, v) << 64;
        } else if (s.depth == 4 && k == (qe ? keccak256("isvsvn") : keccak256("pcesvn"))) {
            lf = L_SVN;
            uint256 svn = _number(j, v);
            if (svn > 0xffff) revert BadJson(v);
            s.level |= svn << 112;
        } else if (!qe && s.depth == 6 && k == keccak256("svn")) {
            uint256 svn = _number(j, v);
            if (svn > 0xff || s.comps == 16) revert BadJson(v);
            s.level |= svn << (248 - 8 * s.comps);
            ++s.comps;
        }
        if (s.levelSeen & lf != 0) revert BadJson(v);
        s.levelSeen |= lf;
    }

    /// @dev Bounds of the string starting at `i` (the opening quote): content [a, b), b is the closing quote.
    function _string(bytes memory j, uint256 i) private pure returns (uint256 a, uint256 b) {
        uint256 n = j.length;
        if (i >= n || j[i] != '"') revert BadJson(i);
        a = i + 1;
        for (b = a; b < n; ++b) {
            bytes1 c = j[b];
            if (c == '"') return (a, b);
            if (c == "\\") revert BadJson(b);
        }
        revert BadJson(i);
    }

    function _hash(bytes memory j, uint256 a, uint256 b) private pure returns (bytes32 h) {
        assembly ("memory-safe") {
            h := keccak256(add(add(j, 0x20), a), sub(b, a))
        }
    }

    function _number(bytes memory j, uint256 i) private pure returns (uint256 v) {
        uint256 n = j.length;
        uint256 start = i;
        for (; i < n; ++i) {
            uint8 c = uint8(j[i]);
            if (c < 0x30 || c > 0x39) break;
            v = v * 10 + (c - 0x30);
        }
        if (i == start || i - start > 10) revert BadJson(start);
    }

    /// @dev A quoted hex string of exactly `len` bytes, left-aligned.
    function _hex(bytes memory j, uint256 i, uint256 len) private pure returns (bytes32 out) {
        (uint256 a, uint256 b) = _string(j, i);
        if (b - a != 2 * len) revert BadJson(i);
        for (uint256 k = 0; k < len; ++k) {
            out |= bytes32((_nibble(j, a + 2 * k) << 4 | _nibble(j, a + 2 * k + 1)) << (248 - 8 * k));
        }
    }

    function _nibble(bytes memory j, uint256 i) private pure returns (uint256) {
        uint8 c = uint8(j[i]);
        if (c >= 0x30 && c <= 0x39) return c - 0x30;
        if (c >= 0x61 && c <= 0x66) return c - 0x57;
        if (c >= 0x41 && c <= 0x46) return c - 0x37;
        revert BadJson(i);
    }

    /// @dev A quoted RFC 3339 UTC date "YYYY-MM-DDTHH:MM:SSZ".
    function _date(bytes memory j, uint256 i) private pure returns (uint256) {
        (uint256 a, uint256 b) = _string(j, i);
        if (
            b - a != 20 || j[a + 4] != "-" || j[a + 7] != "-" || j[a + 10] != "T" || j[a + 13] != ":"
                || j[a + 16] != ":" || j[a + 19] != "Z"
        ) {
            revert BadJson(i);
        }
        return Der.toUnix(
            _dec(j, a, 4),
            _dec(j, a + 5, 2),
            _dec(j, a + 8, 2),
            _dec(j, a + 11, 2),
            _dec(j, a + 14, 2),
            _dec(j, a + 17, 2)
        );
    }

    function _dec(bytes memory j, uint256 p, uint256 n) private pure returns (uint256 v) {
        for (uint256 k = 0; k < n; ++k) {
            uint8 c = uint8(j[p + k]);
            if (c < 0x30 || c > 0x39) revert BadJson(p + k);
            v = v * 10 + (c - 0x30);
        }
    }

    function _status(bytes memory j, uint256 i) private pure returns (uint8) {
        (uint256 a, uint256 b) = _string(j, i);
        bytes32 h = _hash(j, a, b);
        if (h == keccak256("UpToDate")) return UP_TO_DATE;
        if (h == keccak256("SWHardeningNeeded")) return SW_HARDENING_NEEDED;
        if (h == keccak256("ConfigurationNeeded")) return CONFIGURATION_NEEDED;
        if (h == keccak256("ConfigurationAndSWHardeningNeeded")) return CONFIGURATION_AND_SW_HARDENING_NEEDED;
        if (h == keccak256("OutOfDate")) return OUT_OF_DATE;
        if (h == keccak256("OutOfDateConfigurationNeeded")) return OUT_OF_DATE_CONFIGURATION_NEEDED;
        if (h == keccak256("Revoked")) return REVOKED;
        revert BadJson(i);
    }
}
