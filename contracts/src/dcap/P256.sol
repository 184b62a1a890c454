// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title P256
/// @notice ECDSA P-256 verification through the EIP-7951 precompile (address 0x100, Osaka; RIP-7212 on
///         L2s). Input: digest || r || s || x || y; output 32 bytes of 1 when valid, nothing otherwise.
library P256 {
    address internal constant PRECOMPILE = address(0x100);

    /// @notice True when (r, s) is a valid signature of `digest` by the public key (x, y).
    function verify(bytes32 digest, uint256 r, uint256 s, uint256 x, uint256 y) internal view returns (bool ok) {
        assembly ("memory-safe") {
            let m := mload(0x40)
            mstore(m, digest)
            mstore(add(m, 0x20), r)
            mstore(add(m, 0x40), s)
            mstore(add(m, 0x60), x)
            mstore(add(m, 0x80), y)
            mstore(0x00, 0)
            let success := staticcall(gas(), 0x100, m, 0xa0, 0x00, 0x20)
            ok := and(success, and(eq(returndatasize(), 0x20), eq(mload(0x00), 1)))
        }
    }
}
