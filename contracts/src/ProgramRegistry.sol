// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title ProgramRegistry
/// @notice Records of secret WebAssembly programs. A programId is keccak256 of the plaintext module;
///         its author publishes the module encrypted to each enclave's encryption key on IPFS and
///         records the CID per enclave here. Enclaves check the decrypted module hashes to the
///         programId, so a wrong CID can make a job fail but never run other code.
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

    /// @notice Registers a program with the caller as its author, enabled.
    /// @param programId keccak256 of the plaintext module.
    function registerProgram(bytes32 programId) public {
        if (programId == bytes32(0)) revert ZeroProgramId();
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

    /// @notice Registers a program and publishes it for one enclave in one transaction.
    /// @param programId keccak256 of the plaintext module.
    /// @param enclave The enclave signing address.
    /// @param cid IPFS CID of the module encrypted to that enclave.
    function registerAndPublish(bytes32 programId, address enclave, string calldata cid) external {
        registerProgram(programId);
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
