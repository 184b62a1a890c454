// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {DcapCollateral} from "./DcapCollateral.sol";
import {IEnclaveRegistry} from "../interfaces/IEnclaveRegistry.sol";

/// @title IDcapVerifier
/// @notice On-chain verification of Intel SGX DCAP quotes (what `EnclaveRegistry.registerEnclaveAttested`
///         calls). Error names follow the Go verifier's sentinel errors (package dcap), so that the
///         shared vectors can say which refusal each side must give.
interface IDcapVerifier {
    /// @notice The owner's policy for registrations.
    struct Policy {
        uint16 acceptedStatuses; // bit s set: TCB status s accepted (1 UpToDate .. 6; 0 and 7 Revoked never)
        uint32 maxCollateralAge; // seconds: TCB info, QE identity and CRLs issued longer ago are refused
        uint32 registrationTtl; // seconds: a registration expires this long after it is made (or earlier, with the PCK certificate)
    }

    /// @notice What a verified quote proves.
    struct Verified {
        bytes32 mrEnclave;
        bytes32 mrSigner;
        uint16 productId;
        uint16 svn;
        bool debug;
        bytes32 reportData0; // report data bytes 0..32
        bytes32 reportData1; // report data bytes 32..64
        uint8 tcbStatus; // converged platform and QE status (DcapJson's codes)
        // fmspc (6) || pceId (2) || component SVNs (16) || pcesvn (2) || QE svn (2) || 4 zero bytes
        bytes32 platform;
        uint40 validUntil; // the PCK certificate's notAfter (checkQuote: also now + registrationTtl)
        bytes32 quoteDigest; // sha256 of the quote as submitted (checkRegistration only)
    }

    error NotOwner(address account);
    error BadPolicy();
    error MalformedQuote();
    error UnsupportedQuote();
    error CertChain();
    error UnknownPckIssuer(bytes32 issuerHash);
    error Revoked();
    error MissingCRL();
    error MissingCollateral();
    error NotYetValid();
    error Expired();
    error QEReportSignature();
    error AttestationKeyBinding();
    error QuoteSignature();
    error QEIdentityMismatch();
    error PCEIDMismatch();
    error TCBLevelNotFound();
    error DebugEnclave();
    error TcbStatusNotAccepted(uint8 status);
    error CollateralTooOld(uint256 issued, uint256 maxAge);
    error ReportDataMismatch();
    error BadPayeeSignature(address signer);

    event PolicySet(uint16 acceptedStatuses, uint32 maxCollateralAge, uint32 registrationTtl);

    /// @notice The collateral store read by every verification.
    function collateral() external view returns (DcapCollateral);

    /// @notice The owner (sets the policy).
    function owner() external view returns (address);

    /// @notice The policy.
    function policy() external view returns (uint16 acceptedStatuses, uint32 maxCollateralAge, uint32 registrationTtl);

    /// @notice Verifies a quote and its PCK leaf certificate (DER) against the stored collateral, now;
    ///         judges nothing (debug enclaves and every TCB status pass). Reverts with the reason.
    function verifyQuote(bytes calldata quote, bytes calldata pckCertificate) external view returns (Verified memory);

    /// @notice `verifyQuote` plus the policy: not a debug enclave, TCB status accepted, collateral not
    ///         older than `maxCollateralAge`; `validUntil` capped at now + `registrationTtl`.
    function checkQuote(bytes calldata quote, bytes calldata pckCertificate) external view returns (Verified memory);

    /// @notice `checkQuote` plus what a registration from a quote needs, for the registry that calls it
    ///         (msg.sender): the report data's first half is
    ///         `keccak256("teeoracle/identity/v1" || signer || encryptionKey)` (33-byte compressed key)
    ///         and the enclave key signed the payee (`payeeDigest(msg.sender, ...)`, compact, low s).
    function checkRegistration(IEnclaveRegistry.AttestedRegistration calldata a) external view returns (Verified memory);

    /// @notice EIP-712 digest of `EnclavePayee(address signer,address payee,uint32 nonce)` in the
    ///         domain {name "TeeOracle", version "1", chain id, verifyingContract = router}: what an
    ///         enclave signs to name its payee.
    function payeeDigest(address router, address signer, address payee, uint32 nonce) external view returns (bytes32);

    /// @notice The TCB status a platform (`Verified.platform`) has under the collateral stored now
    ///         (0: its FMSPC's TCB info or QE identity has no level for it).
    function platformStatus(bytes32 platform) external view returns (uint8);

    /// @notice True when `platformStatus(platform)` is in the accepted set.
    function isAccepted(bytes32 platform) external view returns (bool);
}
