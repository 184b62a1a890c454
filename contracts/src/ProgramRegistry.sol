// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProgramRegistry} from "./interfaces/IProgramRegistry.sol";
import {AdminBase} from "./AdminBase.sol";

/// @title ProgramRegistry
/// @notice Programs as products, the part of the router that authors use. A programId is
///         keccak256(abi.encode(author, keccak256(bytes(name)))), so a program can only ever be created
///         and managed by its author: nobody can squat or block another author's name, and author
///         actions need no stored owner (the caller's address is part of the id it acts on). There is
///         no transfer of authorship: the id is bound to the author.
///         Versions 1, 2, 3... are published by the author ({codeHash, cid}); the newest is current;
///         the author can retire old ones (raise the lowest accepted version), choose who may request
///         (anyone, or an allowlist of requester contracts) and charge a fee per job, which the router
///         escrows with each request and credits to the program's earnings when the job settles.
/// @dev The records live in the router's storage (JobRouterStorage): a request reads the program's
///      one-slot record (policy, fee, versions) and a fulfilment with an author fee credits the same
///      slot, in JobRouter's own code. As a separate contract every request would pay a cold external
///      call (2,600 gas for the account, about 700 for the call and its ABI round trip) on top of the
///      slot, and fulfilments the same again plus a cross-contract authorisation of who may credit
///      earnings. This code (the author actions and views) is part of JobRouterAdmin and runs on the
///      router's storage through its fallback.
abstract contract ProgramRegistry is AdminBase, IProgramRegistry {
    /// @notice Longest accepted program name and CID, bytes.
    uint256 internal constant MAX_NAME_LENGTH = 64;
    uint256 internal constant MAX_CID_LENGTH = 128;
    /// @notice Shortest fee notice a router that refuses simulated enclaves (a production router) accepts.
    uint256 internal constant MIN_PRODUCTION_FEE_NOTICE = 1 hours;

    /// @inheritdoc IProgramRegistry
    uint256 public immutable override feeNoticePeriod;

    /// @param feeNoticePeriod_ Seconds between a fee increase and the first request it applies to.
    constructor(uint32 feeNoticePeriod_) {
        feeNoticePeriod = feeNoticePeriod_;
    }

    /// @inheritdoc IProgramRegistry
    function programIdOf(address author, string calldata name) public pure returns (bytes32) {
        return keccak256(abi.encode(author, keccak256(bytes(name))));
    }

    /// @inheritdoc IProgramRegistry
    function createProgram(string calldata name, uint96 authorFee, bool allowlistOnly)
        external
        delegated
        returns (bytes32 programId)
    {
        if (bytes(name).length == 0 || bytes(name).length > MAX_NAME_LENGTH) revert BadName();
        programId = programIdOf(msg.sender, name);
        ProgramRecord storage p = _programs[programId];
        if (p.flags & FLAG_EXISTS != 0) revert ProgramExists(programId);
        _checkFee(authorFee);
        p.authorFee = uint64(authorFee); // nobody can have requested it yet: no notice
        p.nextAuthorFee = uint64(authorFee);
        p.minVersion = 1;
        p.flags = allowlistOnly ? FLAG_EXISTS | FLAG_ALLOWLIST : FLAG_EXISTS;
        _programAccounts[programId].author = msg.sender;
        emit ProgramCreated(programId, msg.sender, keccak256(bytes(name)), name);
        emit PolicySet(programId, authorFee, allowlistOnly);
    }

    /// @inheritdoc IProgramRegistry
    function publishVersion(string calldata name, bytes32 codeHash, string calldata cid)
        external
        delegated
        returns (uint32 version)
    {
        if (codeHash == bytes32(0) || bytes(cid).length == 0 || bytes(cid).length > MAX_CID_LENGTH) {
            revert BadVersion();
        }
        (bytes32 programId, ProgramRecord storage p) = _own(name);
        version = p.currentVersion + 1;
        p.currentVersion = version;
        _versions[programId][version] = Version({codeHash: codeHash, cid: cid});
        emit VersionPublished(programId, version, codeHash, cid);
    }

    /// @inheritdoc IProgramRegistry
    function setPolicy(string calldata name, uint96 authorFee, bool allowlistOnly) external delegated {
        _checkFee(authorFee);
        (bytes32 programId, ProgramRecord storage p) = _own(name);
        uint64 inForce = _authorFeeNow(p);
        p.flags = allowlistOnly ? FLAG_EXISTS | FLAG_ALLOWLIST : FLAG_EXISTS;
        emit PolicySet(programId, authorFee, allowlistOnly);
        if (authorFee <= inForce) {
            p.authorFee = uint64(authorFee); // a decrease (or no change) applies at once
            p.nextAuthorFee = uint64(authorFee);
            p.feeEffectiveAt = 0;
        } else {
            uint40 at = uint40(block.timestamp + feeNoticePeriod);
            p.authorFee = inForce; // requests before `at` keep paying what is in force now
            p.nextAuthorFee = uint64(authorFee);
            p.feeEffectiveAt = at;
            emit AuthorFeeScheduled(programId, authorFee, at);
        }
    }

    /// @dev The author fee a request made now pays (as JobRouter's request path reads the record).
    function _authorFeeNow(ProgramRecord storage p) internal view returns (uint64) {
        return block.timestamp < p.feeEffectiveAt ? p.authorFee : p.nextAuthorFee;
    }

    /// @inheritdoc IProgramRegistry
    function setProgramSecrets(bytes32 programId, bytes32 bundleHash, string calldata cid) external delegated {
        if (_programAccounts[programId].author != msg.sender) revert NotAuthor(programId, msg.sender);
        if ((bundleHash == bytes32(0)) != (bytes(cid).length == 0) || bytes(cid).length > MAX_CID_LENGTH) {
            revert BadSecretsRef();
        }
        SecretsRef storage ref = _programSecrets[programId];
        ref.bundleHash = bundleHash;
        ref.cid = cid;
        emit ProgramSecretsSet(programId, bundleHash, cid);
    }

    /// @inheritdoc IProgramRegistry
    function programSecrets(bytes32 programId) external view delegated returns (bytes32 bundleHash, string memory cid) {
        SecretsRef storage ref = _programSecrets[programId];
        return (ref.bundleHash, ref.cid);
    }

    /// @inheritdoc IProgramRegistry
    function setAllowed(string calldata name, address requester, bool allowed) external delegated {
        (bytes32 programId,) = _own(name);
        _allowed[programId][requester] = allowed;
        emit RequesterAllowed(programId, requester, allowed);
    }

    /// @inheritdoc IProgramRegistry
    function retireVersionsBelow(string calldata name, uint32 minVersion) external delegated {
        (bytes32 programId, ProgramRecord storage p) = _own(name);
        if (minVersion <= p.minVersion || minVersion > p.currentVersion) revert BadMinVersion(minVersion);
        p.minVersion = minVersion;
        emit VersionsRetired(programId, minVersion);
    }

    /// @inheritdoc IProgramRegistry
    function withdrawEarnings(string calldata name, address payable to) external delegated returns (uint256 amount) {
        (bytes32 programId,) = _own(name);
        ProgramAccount storage a = _programAccounts[programId];
        amount = a.earnings;
        if (amount == 0) revert NoEarnings(programId);
        a.earnings = 0; // the author stays in the slot: crediting it again is no zero-to-nonzero write
        emit EarningsWithdrawn(programId, to, amount);
        _pay(to, amount);
    }

    /// @inheritdoc IProgramRegistry
    function program(bytes32 programId) external view delegated returns (Program memory) {
        ProgramRecord storage p = _programs[programId];
        ProgramAccount storage a = _programAccounts[programId];
        return Program({
            authorFee: _authorFeeNow(p),
            currentVersion: p.currentVersion,
            minVersion: p.minVersion,
            flags: p.flags,
            earnings: a.earnings,
            nextAuthorFee: p.nextAuthorFee,
            authorFeeEffectiveAt: p.feeEffectiveAt,
            author: a.author
        });
    }

    /// @inheritdoc IProgramRegistry
    function versionOf(bytes32 programId, uint32 version) external view delegated returns (Version memory) {
        return _versions[programId][version];
    }

    /// @inheritdoc IProgramRegistry
    function isAllowed(bytes32 programId, address requester) external view delegated returns (bool) {
        return _allowed[programId][requester];
    }

    /// @inheritdoc IProgramRegistry
    function resolveVersion(bytes32 programId, uint32 version) external view delegated returns (uint32) {
        ProgramRecord storage p = _programs[programId];
        if (p.flags & FLAG_EXISTS == 0) revert UnknownProgram(programId);
        if (version == 0) version = p.currentVersion;
        // minVersion >= 1 for every existing program, so this also refuses "no version yet".
        if (version < p.minVersion || version > p.currentVersion) {
            revert VersionUnavailable(programId, version, p.minVersion, p.currentVersion);
        }
        return version;
    }

    /// @dev The record keeps an author fee in 64 bits (18.4 ether per job), so that the fee in force,
    ///      a pending increase and its time fit the slot every request reads.
    function _checkFee(uint96 authorFee) private pure {
        if (authorFee > type(uint64).max) revert AuthorFeeTooHigh(authorFee);
    }

    /// @dev The caller's program `name`, which must exist.
    function _own(string calldata name) private view returns (bytes32 programId, ProgramRecord storage p) {
        programId = programIdOf(msg.sender, name);
        p = _programs[programId];
        if (p.flags & FLAG_EXISTS == 0) revert UnknownProgram(programId);
    }
}
