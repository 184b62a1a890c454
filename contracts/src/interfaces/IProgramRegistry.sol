// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IProgramRegistry
/// @notice Programs as products: an author owns a program, publishes its versions, decides who may
///         request it and charges a fee per job. A programId is
///         keccak256(abi.encode(author, keccak256(bytes(name)))): bound to its author, so nobody else can
///         create, squat or block it, and the author needs no stored record to prove ownership.
///         Author actions name the program by `name` and act on the caller's own program.
interface IProgramRegistry {
    /// @notice What the router knows of a program (`program`).
    struct Program {
        uint96 authorFee; // wei charged per job requested now, escrowed with the request, paid to the author
        uint32 currentVersion; // what a request for version 0 runs; 0 until the first version
        uint32 minVersion; // lowest version still accepted (older ones are retired); starts at 1
        uint8 flags; // FLAG_EXISTS | FLAG_ALLOWLIST
        uint96 earnings; // author fees earned and not yet withdrawn, wei
        uint96 nextAuthorFee; // the fee a pending increase sets (= authorFee when none is pending)
        uint40 authorFeeEffectiveAt; // when nextAuthorFee applies (0 or past: it already does)
        address author; // who created the program
    }

    /// @notice A published version: what the enclave must run for it.
    struct Version {
        bytes32 codeHash; // keccak256 of the plaintext WebAssembly module
        string cid; // IPFS CID of the module encrypted to the fleet key, with its signed manifest
    }

    /// @notice The program does not exist.
    error UnknownProgram(bytes32 programId);
    /// @notice The caller already created a program with this name.
    error ProgramExists(bytes32 programId);
    /// @notice The name is empty or longer than 64 bytes.
    error BadName();
    /// @notice The code hash is zero, or the CID is empty or longer than 128 bytes.
    error BadVersion();
    /// @notice The requested version is not published or was retired.
    error VersionUnavailable(bytes32 programId, uint32 version, uint32 minVersion, uint32 currentVersion);
    /// @notice The new lowest version does not raise the current one or exceeds the current version.
    error BadMinVersion(uint32 minVersion);
    /// @notice The program takes requests only from contracts its author allowed.
    error RequesterNotAllowed(bytes32 programId, address requester);
    /// @notice The author fee exceeds 2^64 - 1 wei (18.4 ether per job).
    error AuthorFeeTooHigh(uint96 authorFee);
    /// @notice Only the program's author may do this.
    error NotAuthor(bytes32 programId, address caller);
    /// @notice A secrets reference names a CID with a zero bundle hash (or the reverse), or its CID
    ///         is longer than 128 bytes.
    error BadSecretsRef();
    /// @notice The program has no earnings to withdraw.
    error NoEarnings(bytes32 programId);

    /// @notice Emitted once when an author creates a program.
    event ProgramCreated(bytes32 indexed programId, address indexed author, bytes32 nameHash, string name);
    /// @notice Emitted when the author publishes a version; it becomes the current version.
    event VersionPublished(bytes32 indexed programId, uint32 indexed version, bytes32 codeHash, string cid);
    /// @notice Emitted when the author retires every version below `minVersion`.
    event VersionsRetired(bytes32 indexed programId, uint32 minVersion);
    /// @notice Emitted when the author sets the fee per job or the allowlist mode. A higher fee than
    ///         the one in force applies from `AuthorFeeScheduled`'s time on; a lower one at once.
    event PolicySet(bytes32 indexed programId, uint96 authorFee, bool allowlistOnly);
    /// @notice Emitted with `PolicySet` when the author raises the fee: requests made before
    ///         `effectiveAt` pay the old fee, later ones `authorFee`.
    event AuthorFeeScheduled(bytes32 indexed programId, uint96 authorFee, uint40 effectiveAt);
    /// @notice Emitted when the author sets (or, with a zero bundleHash, revokes) the program's
    ///         secrets bundle (docs/formats.md, "Program secrets bundle").
    event ProgramSecretsSet(bytes32 indexed programId, bytes32 bundleHash, string cid);
    /// @notice Emitted when the author adds or removes a requester contract from the allowlist.
    event RequesterAllowed(bytes32 indexed programId, address indexed requester, bool allowed);
    /// @notice Emitted when the author withdraws the program's earnings.
    event EarningsWithdrawn(bytes32 indexed programId, address indexed to, uint256 amount);

    /// @notice keccak256(abi.encode(author, keccak256(bytes(name)))).
    function programIdOf(address author, string calldata name) external pure returns (bytes32);

    /// @notice Creates the caller's program `name` (no version yet).
    function createProgram(string calldata name, uint96 authorFee, bool allowlistOnly)
        external
        returns (bytes32 programId);

    /// @notice Publishes the next version of the caller's program `name` and makes it current.
    function publishVersion(string calldata name, bytes32 codeHash, string calldata cid)
        external
        returns (uint32 version);

    /// @notice Sets the fee per job and whether only allowed requesters may request. A lower fee
    ///         applies at once; a higher one only to requests made `feeNoticePeriod()` seconds from
    ///         now or later (`AuthorFeeScheduled`), so an author cannot raise the fee in front of a
    ///         requester's transaction. Open jobs keep the fee they committed to.
    function setPolicy(string calldata name, uint96 authorFee, bool allowlistOnly) external;

    /// @notice Seconds between an author's or the owner's fee increase and the first request it applies to.
    function feeNoticePeriod() external view returns (uint256);

    /// @notice Sets the program's author secrets bundle: the keccak256 of the bundle stored on IPFS
    ///         and its CID, which relayers hand to workers with each job. A zero bundleHash (with an
    ///         empty CID) revokes it. Only the program's author. Never read by requests.
    function setProgramSecrets(bytes32 programId, bytes32 bundleHash, string calldata cid) external;

    /// @notice The program's current secrets reference (zero hash and empty CID: none).
    function programSecrets(bytes32 programId) external view returns (bytes32 bundleHash, string memory cid);

    /// @notice Adds or removes a requester contract from the allowlist.
    function setAllowed(string calldata name, address requester, bool allowed) external;

    /// @notice Retires every version below `minVersion` (new requests only; open jobs still settle).
    function retireVersionsBelow(string calldata name, uint32 minVersion) external;

    /// @notice Sends the program's earned author fees to `to`.
    function withdrawEarnings(string calldata name, address payable to) external returns (uint256 amount);

    /// @notice The hot record of a program.
    function program(bytes32 programId) external view returns (Program memory);

    /// @notice A published version.
    function versionOf(bytes32 programId, uint32 version) external view returns (Version memory);

    /// @notice Whether `requester` is on the program's allowlist (meaningful in allowlist mode).
    function isAllowed(bytes32 programId, address requester) external view returns (bool);

    /// @notice The version a request for `version` (0: the current one) would commit to now; reverts
    ///         when the program does not exist or the version is unavailable.
    function resolveVersion(bytes32 programId, uint32 version) external view returns (uint32);
}
