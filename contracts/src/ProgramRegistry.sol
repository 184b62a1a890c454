// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ProgramRegistry
/// @notice Records of secret WebAssembly programs. A programId is keccak256 of the plaintext module;
///         its author publishes the module encrypted to each enclave's encryption key on IPFS and
///         records the CID per enclave here. Enclaves check the decrypted module hashes to the
///         programId, so a wrong CID can make a job fail but never run other code.
///         Registration is commit-reveal: the author first commits to hash(programId, author, salt),
///         then registers in a later block. A watcher who learns the programId from the registering
///         transaction is too late to claim it (it would need a commitment from an earlier block),
///         and a copied commitment is useless to anyone but the author it names.
/// @dev Kept out of JobRouter: nothing on the request/fulfil path reads it, so requests do not pay
///      for it. Relayers read it to find the CID for the enclave they dispatch to, and skip jobs of
///      disabled programs (those jobs are refunded after their deadline).
contract ProgramRegistry {
    /// @notice A program record.
    struct Program {
        address author;
        bool enabled;
    }

    /// @notice Program records by programId.
    mapping(bytes32 programId => Program) public programs;
    /// @notice Block at which each registration commitment was first made (zero: none).
    mapping(bytes32 commitment => uint256 blockNumber) public committedAt;
    /// @notice IPFS CID of the module encrypted to an enclave's key, by programId and enclave signer.
    mapping(bytes32 programId => mapping(address enclave => string)) public cidFor;

    /// @notice The programId is zero.
    error ZeroProgramId();
    /// @notice The program is registered by someone else.
    error NotProgramAuthor(bytes32 programId, address author);
    /// @notice The program is not registered.
    error UnknownProgram(bytes32 programId);
    /// @notice The CID is empty or longer than 128 bytes.
    error BadCid();
    /// @notice No commitment to this registration was made in an earlier block.
    error NotCommitted(bytes32 commitment);

    /// @notice Emitted when a registration commitment is first made.
    event ProgramCommitted(bytes32 indexed commitment);
    /// @notice Emitted when a program is registered.
    event ProgramRegistered(bytes32 indexed programId, address indexed author);
    /// @notice Emitted when the author publishes the module for an enclave.
    event ProgramPublished(bytes32 indexed programId, address indexed enclave, string cid);
    /// @notice Emitted when the author enables or disables the program.
    event ProgramEnabled(bytes32 indexed programId, bool enabled);
    /// @notice Emitted when the author hands the program to someone else.
    event ProgramAuthorChanged(bytes32 indexed programId, address indexed author);

    modifier onlyAuthor(bytes32 programId) {
        address author = programs[programId].author;
        if (author == address(0)) revert UnknownProgram(programId);
        if (author != msg.sender) revert NotProgramAuthor(programId, author);
        _;
    }

    /// @notice The commitment an author makes before registering `programId`.
    /// @param programId keccak256 of the plaintext module.
    /// @param author The account that will call `registerProgram`.
    /// @param salt A secret random value, revealed at registration.
    /// @return keccak256(abi.encode(programId, author, salt)).
    function registrationCommitment(bytes32 programId, address author, bytes32 salt) public pure returns (bytes32) {
        return keccak256(abi.encode(programId, author, salt));
    }

    /// @notice Commits to a future registration. Idempotent: the earliest block counts, whoever sends it.
    /// @param commitment `registrationCommitment(programId, author, salt)`.
    function commitProgram(bytes32 commitment) external {
        if (committedAt[commitment] != 0) return;
        committedAt[commitment] = block.number;
        emit ProgramCommitted(commitment);
    }

    /// @notice Registers a program with the caller as its author, enabled. Needs the caller's
    ///         commitment (`commitProgram`) from an earlier block.
    /// @param programId keccak256 of the plaintext module.
    /// @param salt The salt of the commitment.
    function registerProgram(bytes32 programId, bytes32 salt) public {
        if (programId == bytes32(0)) revert ZeroProgramId();
        bytes32 c = registrationCommitment(programId, msg.sender, salt);
        uint256 at = committedAt[c];
        if (at == 0 || at >= block.number) revert NotCommitted(c);
        delete committedAt[c];
        address author = programs[programId].author;
        if (author != address(0)) revert NotProgramAuthor(programId, author);
        programs[programId] = Program({author: msg.sender, enabled: true});
        emit ProgramRegistered(programId, msg.sender);
        emit ProgramEnabled(programId, true);
    }

    /// @notice Records where the module encrypted to `enclave`'s key lives.
    /// @param programId The program.
    /// @param enclave The enclave signing address whose encryption key the module is encrypted to.
    /// @param cid IPFS CID of the encrypted module.
    function publish(bytes32 programId, address enclave, string calldata cid) public onlyAuthor(programId) {
        if (bytes(cid).length == 0 || bytes(cid).length > 128) revert BadCid();
        cidFor[programId][enclave] = cid;
        emit ProgramPublished(programId, enclave, cid);
    }

    /// @notice Registers a program (after `commitProgram`) and publishes it for one enclave.
    /// @param programId keccak256 of the plaintext module.
    /// @param salt The salt of the commitment.
    /// @param enclave The enclave signing address.
    /// @param cid IPFS CID of the module encrypted to that enclave.
    function registerAndPublish(bytes32 programId, bytes32 salt, address enclave, string calldata cid) external {
        registerProgram(programId, salt);
        publish(programId, enclave, cid);
    }

    /// @notice Enables or disables a program; relayers do not run jobs of disabled programs.
    /// @param programId The program.
    /// @param enabled The new state.
    function setEnabled(bytes32 programId, bool enabled) external onlyAuthor(programId) {
        programs[programId].enabled = enabled;
        emit ProgramEnabled(programId, enabled);
    }

    /// @notice Hands the program record to a new author.
    /// @param programId The program.
    /// @param newAuthor The new author.
    function transferProgram(bytes32 programId, address newAuthor) external onlyAuthor(programId) {
        if (newAuthor == address(0)) revert NotProgramAuthor(programId, address(0));
        programs[programId].author = newAuthor;
        emit ProgramAuthorChanged(programId, newAuthor);
    }
}
