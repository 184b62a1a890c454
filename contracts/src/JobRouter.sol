// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned2Step} from "./Owned2Step.sol";
import {Escrow} from "./Escrow.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";
import {FleetKeys} from "./FleetKeys.sol";
import {IJobRouter} from "./interfaces/IJobRouter.sol";
import {ITeeOracleConsumer} from "./interfaces/ITeeOracleConsumer.sol";

/// @title JobRouter
/// @notice Entry point of the TEE oracle. Contracts request off-chain jobs with an escrowed fee; a
///         relayer carries them to an SGX enclave and comes back with the enclave's EIP-712-signed
///         result; the router checks the signer against its enclave registry, settles the job exactly
///         once, pays the fee to the signing enclave's payee and calls the requester back.
/// @dev Storage per open job is one slot: a commitment over every request field. The full request
///      travels in `JobRequested` and comes back in calldata with the result.
contract JobRouter is IJobRouter, Escrow, EnclaveRegistry, FleetKeys {
    /// @notice A signed result, as submitted by a relayer.
    struct Fulfillment {
        bytes32 jobId;
        Request request;
        uint8 status;
        bytes output;
        bytes32 r; // EIP-2098 compact signature
        bytes32 vs;
    }

    /// @notice Owner-set bounds on requests, packed with the job nonce into one slot.
    struct Config {
        uint64 nonce; // number of jobs requested so far
        uint32 maxInputBytes;
        uint32 maxCallbackGas;
        uint32 minTtl;
        uint32 maxTtl;
        bool paused; // new requests refused; open jobs still settle
    }

    /// @notice Why a fulfilment was refused (single fulfil reverts; batches skip and emit).
    enum Refusal {
        None,
        UnknownJob, // never requested, already fulfilled or cancelled
        RequestMismatch, // request fields differ from the commitment
        Expired, // past the deadline: the job belongs to its requester's refund now
        BadSignature, // malformed or malleable (high-s) signature
        InactiveEnclave // signer not registered, expired, revoked or deactivated
    }

    /// @notice EIP-712 type hash of a result.
    /// @dev keccak256("JobResult(bytes32 jobId,bytes32 commitment,uint8 status,bytes output)"), a
    ///      literal so assembly can use it (the test suite checks it against the hash of the string).
    bytes32 public constant RESULT_TYPEHASH = 0x6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c9909;
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("TeeOracle");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    /// @notice Gas kept back before the callback so the router can finish after it.
    uint256 public constant CALLBACK_GAS_RESERVE = 5_000;
    /// @notice Bytes of a failed callback's revert data copied into `CallbackFailed`.
    uint256 public constant MAX_REVERT_DATA = 256;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;

    Config internal _config;
    /// @notice Commitment of each open job; zero once fulfilled or cancelled.
    mapping(bytes32 jobId => bytes32) public commitments;

    /// @notice The router is paused for new requests.
    error Paused();
    /// @notice The programId is zero.
    error ZeroProgramId();
    /// @notice The input is longer than the router accepts.
    error InputTooLarge(uint256 length, uint256 max);
    /// @notice The callback gas limit is higher than the router accepts.
    error CallbackGasTooHigh(uint256 gasLimit, uint256 max);
    /// @notice The ttl is outside the accepted range.
    error TtlOutOfRange(uint256 ttl, uint256 min, uint256 max);
    /// @notice The fee does not fit in 96 bits.
    error FeeTooHigh(uint256 fee);
    /// @notice The configured bounds are inconsistent.
    error BadConfig();
    /// @notice The fulfilment was refused; see `Refusal`.
    error FulfillmentRefused(bytes32 jobId, Refusal reason);
    /// @notice The transaction carries too little gas to give the callback its full gas limit.
    error InsufficientGasForCallback(bytes32 jobId);
    /// @notice The job is unknown or its request fields differ.
    error UnknownJob(bytes32 jobId);
    /// @notice The job's deadline has not passed yet.
    error NotExpired(bytes32 jobId, uint256 deadline);

    /// @notice Emitted for every request, with every field an indexer needs.
    event JobRequested(
        bytes32 indexed jobId,
        address indexed requester,
        bytes32 indexed programId,
        bytes input,
        uint32 callbackGasLimit,
        uint96 fee,
        uint40 deadline
    );
    /// @notice Emitted when a job is settled; `callbackOk` is false when the callback reverted.
    event JobFulfilled(bytes32 indexed jobId, address indexed enclave, uint8 status, bool callbackOk);
    /// @notice Emitted with the first bytes of a failed callback's revert data.
    event CallbackFailed(bytes32 indexed jobId, bytes revertData);
    /// @notice Emitted when a batch skips a result instead of reverting.
    event FulfillmentSkipped(bytes32 indexed jobId, Refusal reason);
    /// @notice Emitted when a job is cancelled and its fee credited back to the requester.
    event JobCancelled(bytes32 indexed jobId, address indexed requester, uint96 refund);
    /// @notice Emitted when the owner changes the bounds.
    event ConfigSet(uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl, bool paused);

    /// @param initialOwner Owner of the router and its registry.
    /// @param allowSimulation_ Accept simulation-mode enclaves (dev chains only; immutable).
    /// @param maxInputBytes Largest accepted input.
    /// @param maxCallbackGas Largest accepted callback gas limit.
    /// @param minTtl Shortest accepted ttl, seconds.
    /// @param maxTtl Longest accepted ttl, seconds.
    constructor(
        address initialOwner,
        bool allowSimulation_,
        uint32 maxInputBytes,
        uint32 maxCallbackGas,
        uint32 minTtl,
        uint32 maxTtl
    ) Owned2Step(initialOwner) EnclaveRegistry(allowSimulation_) {
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
        _setConfig(maxInputBytes, maxCallbackGas, minTtl, maxTtl, false);
    }

    // ------------------------------------------------------------------ requests

    /// @inheritdoc IJobRouter
    function requestJob(bytes32 programId, bytes calldata input, uint32 callbackGasLimit, uint32 ttl)
        external
        payable
        returns (bytes32 jobId)
    {
        Config memory c = _config;
        if (c.paused) revert Paused();
        if (programId == bytes32(0)) revert ZeroProgramId();
        if (input.length > c.maxInputBytes) revert InputTooLarge(input.length, c.maxInputBytes);
        if (callbackGasLimit > c.maxCallbackGas) revert CallbackGasTooHigh(callbackGasLimit, c.maxCallbackGas);
        if (ttl < c.minTtl || ttl > c.maxTtl) revert TtlOutOfRange(ttl, c.minTtl, c.maxTtl);
        if (msg.value > type(uint96).max) revert FeeTooHigh(msg.value);

        jobId = keccak256(abi.encode(block.chainid, address(this), c.nonce));
        unchecked {
            _config.nonce = c.nonce + 1;
        }
        uint40 deadline = uint40(block.timestamp + ttl);
        commitments[jobId] =
            keccak256(abi.encode(msg.sender, programId, keccak256(input), callbackGasLimit, msg.value, deadline));
        emit JobRequested(jobId, msg.sender, programId, input, callbackGasLimit, uint96(msg.value), deadline);
    }

    /// @inheritdoc IJobRouter
    function cancel(bytes32 jobId, Request calldata request) external {
        bytes32 c = commitments[jobId];
        if (c == bytes32(0) || c != commitmentOf(request)) revert UnknownJob(jobId);
        if (block.timestamp <= request.deadline) revert NotExpired(jobId, request.deadline);
        delete commitments[jobId];
        emit JobCancelled(jobId, request.requester, request.fee);
        _credit(request.requester, request.fee);
    }

    // ------------------------------------------------------------------ results

    /// @notice Settles one job with an enclave-signed result: checks the request against its
    ///         commitment and the signer against the registry, deletes the commitment, credits the fee
    ///         to the signing enclave and calls the requester back with exactly its callback gas.
    /// @dev Reverts with `FulfillmentRefused` for a bad result, and with `InsufficientGasForCallback`
    ///      when the transaction cannot give the callback its full gas limit.
    /// @param f The signed result.
    function fulfill(Fulfillment calldata f) external {
        (address signer, Refusal why) = _check(f);
        if (why != Refusal.None) revert FulfillmentRefused(f.jobId, why);
        delete commitments[f.jobId];
        _enclaves[signer].fees += f.request.fee;
        _deliver(f, signer);
    }

    /// @notice Settles many jobs in one transaction. A result that `fulfill` would refuse (for
    ///         instance one another relayer settled first) is skipped with `FulfillmentSkipped`
    ///         instead of reverting the batch; too little gas for a callback still reverts it.
    /// @param fs The signed results.
    /// @return settled Number of jobs settled.
    function fulfillBatch(Fulfillment[] calldata fs) external returns (uint256 settled) {
        address pendingSigner;
        uint96 pendingFees;
        for (uint256 i = 0; i < fs.length; ++i) {
            Fulfillment calldata f = fs[i];
            (address signer, Refusal why) = _check(f);
            if (why != Refusal.None) {
                emit FulfillmentSkipped(f.jobId, why);
                continue;
            }
            delete commitments[f.jobId];
            // Fees are summed per run of results from one enclave and written once. The pending sum
            // is added to the slot's current value when flushed, so a callback that re-enters and
            // credits the same enclave is never overwritten.
            if (signer != pendingSigner) {
                if (pendingFees != 0) _enclaves[pendingSigner].fees += pendingFees;
                pendingSigner = signer;
                pendingFees = 0;
            }
            pendingFees += f.request.fee;
            _deliver(f, signer);
            ++settled;
        }
        if (pendingFees != 0) _enclaves[pendingSigner].fees += pendingFees;
    }

    /// @notice Why `fulfill` would refuse `f` now, and the signer it recovers.
    /// @param f The signed result.
    /// @return signer The recovered signer (zero for a bad signature).
    /// @return why `Refusal.None` when the result would be accepted.
    function check(Fulfillment calldata f) external view returns (address signer, Refusal why) {
        return _check(f);
    }

    function _check(Fulfillment calldata f) internal view returns (address signer, Refusal) {
        bytes32 stored = commitments[f.jobId];
        if (stored == bytes32(0)) return (address(0), Refusal.UnknownJob);
        Request calldata q = f.request;
        bytes32 c = commitmentOf(q);
        if (stored != c) return (address(0), Refusal.RequestMismatch);
        if (block.timestamp > q.deadline) return (address(0), Refusal.Expired);
        signer = _recover(resultDigest(f.jobId, c, f.status, f.output), f.r, f.vs);
        if (signer == address(0)) return (address(0), Refusal.BadSignature);
        if (!_isActive(_enclaves[signer])) return (signer, Refusal.InactiveEnclave);
        return (signer, Refusal.None);
    }

    /// @dev Calls the requester back (when it asked for gas) and emits the outcome. A requester without
    ///      code (an EOA) makes the call succeed at once; requesters are always a msg.sender, never a
    ///      precompile.
    function _deliver(Fulfillment calldata f, address signer) internal {
        bool ok = true;
        address target = f.request.requester;
        uint256 gasLimit = f.request.callbackGasLimit;
        if (gasLimit != 0) {
            bytes memory data = abi.encodeCall(ITeeOracleConsumer.onJobResult, (f.jobId, f.status, f.output));
            // EIP-150 hands the callee at most 63/64 of the gas left: require enough that it gets
            // all of gasLimit, or a relayer could starve the callback on purpose and still settle.
            uint256 g = gasleft();
            if (g < CALLBACK_GAS_RESERVE) revert InsufficientGasForCallback(f.jobId);
            g -= CALLBACK_GAS_RESERVE;
            if (g - g / 64 <= gasLimit) revert InsufficientGasForCallback(f.jobId);
            assembly ("memory-safe") {
                ok := call(gasLimit, target, 0, add(data, 0x20), mload(data), 0, 0)
            }
            if (!ok) {
                bytes memory revertData;
                assembly ("memory-safe") {
                    let n := returndatasize()
                    if gt(n, MAX_REVERT_DATA) { n := MAX_REVERT_DATA }
                    revertData := mload(0x40)
                    mstore(revertData, n)
                    returndatacopy(add(revertData, 0x20), 0, n)
                    mstore(0x40, add(add(revertData, 0x20), and(add(n, 31), not(31))))
                }
                emit CallbackFailed(f.jobId, revertData);
            }
        }
        emit JobFulfilled(f.jobId, signer, f.status, ok);
    }

    function _recover(bytes32 digest, bytes32 r, bytes32 vs) internal pure returns (address) {
        bytes32 s = vs & bytes32(0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (uint256(s) > HALF_N) return address(0);
        uint8 v = uint8(uint256(vs) >> 255) + 27;
        return ecrecover(digest, v, r, s);
    }

    // ------------------------------------------------------------------ hashing (mirrored in protocol/)

    /// @notice The commitment the router stores for a request.
    /// @param q The request fields.
    /// @return c keccak256(abi.encode(requester, programId, inputHash, callbackGasLimit, fee, deadline)).
    function commitmentOf(Request calldata q) public pure returns (bytes32 c) {
        // Request is six static words, laid out in calldata exactly as abi.encode would write them,
        // so they are hashed in place. A field with dirty high bits hashes to something no stored
        // commitment can equal, so it is refused without a separate range check.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, q, 0xc0)
            c := keccak256(ptr, 0xc0)
        }
    }

    /// @notice The job id of the `nonce`-th request to this router on this chain.
    /// @param nonce The request's position.
    /// @return keccak256(abi.encode(chainid, router, nonce)).
    function jobIdOf(uint64 nonce) external view returns (bytes32) {
        return keccak256(abi.encode(block.chainid, address(this), nonce));
    }

    /// @notice The EIP-712 digest an enclave signs for a result.
    /// @param jobId The job.
    /// @param commitment The request commitment.
    /// @param status The status code.
    /// @param output The output bytes.
    /// @return digest The digest.
    function resultDigest(bytes32 jobId, bytes32 commitment, uint8 status, bytes calldata output)
        public
        view
        returns (bytes32 digest)
    {
        bytes32 separator = domainSeparator();
        assembly ("memory-safe") {
            // hashStruct(JobResult) = keccak256(abi.encode(TYPEHASH, jobId, commitment, status, keccak256(output)))
            let ptr := mload(0x40)
            calldatacopy(ptr, output.offset, output.length)
            let outputHash := keccak256(ptr, output.length)
            mstore(ptr, RESULT_TYPEHASH)
            mstore(add(ptr, 0x20), jobId)
            mstore(add(ptr, 0x40), commitment)
            mstore(add(ptr, 0x60), and(status, 0xff))
            mstore(add(ptr, 0x80), outputHash)
            let structHash := keccak256(ptr, 0xa0)
            // keccak256("\x19\x01" || domainSeparator || structHash)
            mstore(ptr, hex"1901")
            mstore(add(ptr, 0x02), separator)
            mstore(add(ptr, 0x22), structHash)
            digest := keccak256(ptr, 0x42)
        }
    }

    /// @notice The EIP-712 domain separator (recomputed if the chain id changed since deployment).
    /// @return The separator.
    function domainSeparator() public view returns (bytes32) {
        return block.chainid == _cachedChainId ? _cachedDomainSeparator : _buildDomainSeparator();
    }

    /// @notice EIP-5267 description of the signing domain.
    function eip712Domain()
        external
        view
        returns (
            bytes1 fields,
            string memory name,
            string memory version,
            uint256 chainId,
            address verifyingContract,
            bytes32 salt,
            uint256[] memory extensions
        )
    {
        return (hex"0f", "TeeOracle", "1", block.chainid, address(this), bytes32(0), new uint256[](0));
    }

    function _buildDomainSeparator() private view returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, NAME_HASH, VERSION_HASH, block.chainid, address(this)));
    }

    // ------------------------------------------------------------------ admin

    /// @notice The current bounds and job count.
    /// @return The config.
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @notice Sets the bounds on new requests (open jobs keep theirs) and the pause flag.
    /// @param maxInputBytes Largest accepted input.
    /// @param maxCallbackGas Largest accepted callback gas limit.
    /// @param minTtl Shortest accepted ttl, seconds.
    /// @param maxTtl Longest accepted ttl, seconds.
    /// @param paused Refuse new requests.
    function setConfig(uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl, bool paused)
        external
        onlyOwner
    {
        _setConfig(maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused);
    }

    function _setConfig(uint32 maxInputBytes, uint32 maxCallbackGas, uint32 minTtl, uint32 maxTtl, bool paused)
        private
    {
        if (minTtl == 0 || minTtl > maxTtl || maxTtl > 365 days) revert BadConfig();
        Config storage c = _config;
        c.maxInputBytes = maxInputBytes;
        c.maxCallbackGas = maxCallbackGas;
        c.minTtl = minTtl;
        c.maxTtl = maxTtl;
        c.paused = paused;
        emit ConfigSet(maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused);
    }

    function _payEnclaveFees(address payee, uint256 amount) internal override {
        _pay(payee, amount);
    }

    /// @dev Wired on merge with the contracts branch: `_setCurrentEpoch(epoch);`
    function _onEpochActivated(uint32) internal override {}
}
