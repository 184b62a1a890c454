// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IProgramRegistry
/// @notice Programs as products: an author owns a program, publishes its versions, decides who may
///         request it and charges a fee per job. A programId is
///         keccak256(abi.encode(author, keccak256(bytes(name)))): bound to its author, so nobody else can
///         create, squat or block it, and the author needs no stored record to prove ownership.
///         Author actions name the program by `name` and act on the caller's own program.
interface IProgramRegistry {
    /// @notice The hot record of a program, one storage slot (read by every request, written by
    ///         fulfilments that carry an author fee).
    struct Program {
        uint96 authorFee; // wei charged per job, escrowed with the request, paid to the author
        uint32 currentVersion; // what a request for version 0 runs; 0 until the first version
        uint32 minVersion; // lowest version still accepted (older ones are retired); starts at 1
        uint8 flags; // FLAG_EXISTS | FLAG_ALLOWLIST
        uint88 earnings; // author fees earned and not yet withdrawn, wei (more than all ether)
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
    /// @notice The author fee exceeds 2^88 - 1 wei (the width of the earnings it is credited to).
    error AuthorFeeTooHigh(uint96 authorFee);
    /// @notice The program has no earnings to withdraw.
    error NoEarnings(bytes32 programId);

    /// @notice Emitted once when an author creates a program.
    event ProgramCreated(bytes32 indexed programId, address indexed author, bytes32 nameHash, string name);
    /// @notice Emitted when the author publishes a version; it becomes the current version.
    event VersionPublished(bytes32 indexed programId, uint32 indexed version, bytes32 codeHash, string cid);
    /// @notice Emitted when the author retires every version below `minVersion`.
    event VersionsRetired(bytes32 indexed programId, uint32 minVersion);
    /// @notice Emitted when the author sets the fee per job or the allowlist mode.
    event PolicySet(bytes32 indexed programId, uint96 authorFee, bool allowlistOnly);
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

    /// @notice Sets the fee per job (for new requests) and whether only allowed requesters may request.
    function setPolicy(string calldata name, uint96 authorFee, bool allowlistOnly) external;

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
