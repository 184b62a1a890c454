// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Owned2Step} from "./Owned2Step.sol";
import {Escrow} from "./Escrow.sol";
import {EnclaveRegistry} from "./EnclaveRegistry.sol";
import {ProgramRegistry} from "./ProgramRegistry.sol";
import {IJobRouter} from "./interfaces/IJobRouter.sol";
import {ITeeOracleConsumer} from "./interfaces/ITeeOracleConsumer.sol";

/// @title JobRouter
/// @notice Entry point of the TEE oracle. Contracts request off-chain jobs of an author's program with
///         an escrowed fee; a relayer carries them to an SGX enclave and comes back with the enclave's
///         EIP-712-signed result; the router checks the signer against its enclave registry, settles
///         the job exactly once, splits the fee between the signing enclave and the program's author
///         and calls the requester back.
/// @dev Storage a request touches: the config slot (bounds, fee floor, nonce, fleet epoch), the
///      program's slot (policy, author fee, versions; plus the allowlist entry for restricted
///      programs) and one new slot per open job: a commitment over every request field. The full
///      request travels in `JobRequested` and comes back in calldata with the result.
///
///      Fees. A request carries at least authorFee + baseFee + feePerGas * callbackGasLimit, the
///      owner setting baseFee and feePerGas (packed into the config slot a request reads anyway).
///      Chainlink Functions instead reserves an estimate at request time and bills the gas actually
///      used at fulfilment, converted to LINK through a price feed: exact, but it needs a
///      subscription balance, a feed read and a second settlement write per job. Airnode has the
///      requester fund a sponsor wallet that pays fulfilment gas directly: no fee logic on-chain,
///      but one wallet per sponsor to keep funded and nothing that stops a request the wallet cannot
///      pay for. A floor that scales with the callback gas the requester chose keeps the request
///      path at one extra multiplication, lets a dapp quote its fee in advance (`quoteFee`) and
///      makes every accepted job pay for its worst case; the relayer still refuses jobs whose fee
///      does not cover the gas at the current gas price (its policy margin), and the owner moves
///      the floor with the market.
contract JobRouter is IJobRouter, Escrow, EnclaveRegistry, ProgramRegistry {
    /// @notice EIP-712 type hash of a result.
    /// @dev keccak256("JobResult(bytes32 jobId,bytes32 commitment,uint8 status,bytes output)"), a
    ///      literal so assembly can use it (the test suite checks it against the hash of the string).
    bytes32 public constant RESULT_TYPEHASH = 0x6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c9909;
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("TeeOracle");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    /// @notice Gas a fulfilment needs besides the callback's own limit: checking the result, the
    ///         settlement writes, the events and (in a batch) the next entry's check and the final
    ///         fee write. See `gasFor`.
    uint256 public constant SETTLE_GAS = 40_000;
    /// @notice Bytes of a failed callback's revert data copied into `CallbackFailed`.
    uint256 public constant MAX_REVERT_DATA = 256;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;

    Config internal _config;
    /// @inheritdoc IJobRouter
    mapping(bytes32 jobId => bytes32) public commitments;

    /// @param initialOwner Owner of the router and its registry.
    /// @param allowSimulation_ Accept simulation-mode enclaves (dev chains only; immutable).
    /// @param maxInputBytes Largest accepted input.
    /// @param maxCallbackGas Largest accepted callback gas limit.
    /// @param minTtl Shortest accepted ttl, seconds.
    /// @param maxTtl Longest accepted ttl, seconds.
    /// @param baseFeeGwei Flat part of the fee floor, gwei.
    /// @param feePerGas Fee floor per unit of callback gas, wei.
    constructor(
        address initialOwner,
        bool allowSimulation_,
        uint24 maxInputBytes,
        uint24 maxCallbackGas,
        uint16 minTtl,
        uint24 maxTtl,
        uint40 baseFeeGwei,
        uint48 feePerGas
    ) Owned2Step(initialOwner) EnclaveRegistry(allowSimulation_) {
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
        _setConfig(maxInputBytes, maxCallbackGas, minTtl, maxTtl, false);
        _setFees(baseFeeGwei, feePerGas);
    }

    // ------------------------------------------------------------------ requests

    /// @inheritdoc IJobRouter
    function requestJob(
        bytes32 programId,
        uint32 version,
        address user,
        bytes calldata input,
        uint32 callbackGasLimit,
        uint32 ttl
    ) external payable returns (bytes32 jobId) {
        Config memory c = _config;
        if (c.paused) revert Paused();
        if (input.length > c.maxInputBytes) revert InputTooLarge(input.length, c.maxInputBytes);
        if (callbackGasLimit > c.maxCallbackGas) revert CallbackGasTooHigh(callbackGasLimit, c.maxCallbackGas);
        if (ttl < c.minTtl || ttl > c.maxTtl) revert TtlOutOfRange(ttl, c.minTtl, c.maxTtl);

        Program memory p = _programs[programId];
        if (p.flags & FLAG_EXISTS == 0) revert UnknownProgram(programId);
        if (p.flags & FLAG_ALLOWLIST != 0 && !_allowed[programId][msg.sender]) {
            revert RequesterNotAllowed(programId, msg.sender);
        }
        version = _resolve(programId, p, version);
        uint256 floor = uint256(p.authorFee) + uint256(c.baseFeeGwei) * 1 gwei + uint256(c.feePerGas) * callbackGasLimit;
        if (msg.value < floor) revert FeeBelowFloor(msg.value, floor);
        if (msg.value > type(uint96).max) revert FeeTooHigh(msg.value);

        jobId = keccak256(abi.encode(block.chainid, address(this), c.nonce));
        unchecked {
            _config.nonce = c.nonce + 1;
        }
        uint40 deadline = uint40(block.timestamp + ttl);
        commitments[jobId] = keccak256(
            abi.encode(
                msg.sender,
                user,
                programId,
                version,
                c.currentEpoch,
                keccak256(input),
                callbackGasLimit,
                msg.value,
                p.authorFee,
                deadline
            )
        );
        emit JobRequested(
            jobId,
            msg.sender,
            programId,
            user,
            version,
            c.currentEpoch,
            input,
            callbackGasLimit,
            uint96(msg.value),
            p.authorFee,
            deadline
        );
    }

    /// @inheritdoc IJobRouter
    function quoteFee(bytes32 programId, uint32 callbackGasLimit) external view returns (uint256) {
        Program memory p = _programs[programId];
        if (p.flags & FLAG_EXISTS == 0) revert UnknownProgram(programId);
        Config memory c = _config;
        return uint256(p.authorFee) + uint256(c.baseFeeGwei) * 1 gwei + uint256(c.feePerGas) * callbackGasLimit;
    }

    /// @inheritdoc IJobRouter
    function cancel(bytes32 jobId, Request calldata request) external {
        if (msg.sender != request.requester) revert NotRequester(jobId, msg.sender);
        bytes32 c = commitments[jobId];
        if (c == bytes32(0) || c != commitmentOf(request)) revert UnknownJob(jobId);
        if (block.timestamp <= request.deadline) revert NotExpired(jobId, request.deadline);
        delete commitments[jobId];
        emit JobCancelled(jobId, msg.sender, request.fee);
        _credit(msg.sender, request.fee);
    }

    // ------------------------------------------------------------------ results

    /// @notice Settles one job with an enclave-signed result: checks the request against its
    ///         commitment and the signer against the registry, deletes the commitment, credits
    ///         fee - authorFee to the signing enclave and authorFee to the program's earnings, and
    ///         calls the requester back with exactly its callback gas.
    /// @dev Reverts with `FulfillmentRefused` for a bad result, and with `InsufficientGasForCallback`
    ///      when the transaction has less than `gasFor(...)` left, so the callback could be starved.
    /// @param f The signed result.
    function fulfill(Fulfillment calldata f) external {
        if (gasleft() < gasFor(f.request.callbackGasLimit, f.output.length)) {
            revert InsufficientGasForCallback(f.jobId);
        }
        (address signer, Refusal why) = _check(f);
        if (why != Refusal.None) revert FulfillmentRefused(f.jobId, why);
        delete commitments[f.jobId];
        uint96 authorFee = f.request.authorFee;
        _enclaves[signer].fees += f.request.fee - authorFee;
        if (authorFee != 0) _programs[f.request.programId].earnings += uint88(authorFee);
        _deliver(f, signer);
    }

    /// @notice Settles many jobs in one transaction. A result that `fulfill` would refuse (for
    ///         instance one another relayer settled first) is skipped with `FulfillmentSkipped`. Before
    ///         each entry the batch checks that the gas left covers `gasFor` that entry; when it does
    ///         not, the batch stops there with `BatchStopped`: every entry before stays settled, that
    ///         one and the rest stay open. So one callback that burns its whole limit can never sink
    ///         the honest jobs around it; a relayer sizes a batch from the sum of `gasFor`.
    /// @param fs The signed results.
    /// @return settled Number of jobs settled.
    function fulfillBatch(Fulfillment[] calldata fs) external returns (uint256 settled) {
        address pendingSigner;
        uint256 pendingFees;
        for (uint256 i = 0; i < fs.length; ++i) {
            Fulfillment calldata f = fs[i];
            uint256 need = gasFor(f.request.callbackGasLimit, f.output.length);
            if (gasleft() < need) {
                emit BatchStopped(i, f.jobId, gasleft(), need);
                break;
            }
            (address signer, Refusal why) = _check(f);
            if (why != Refusal.None) {
                emit FulfillmentSkipped(f.jobId, why);
                continue;
            }
            delete commitments[f.jobId];
            // Enclave fees are summed per run of results from one enclave and written once. The
            // pending sum is added to the slot's current value when flushed, so a callback that
            // re-enters and credits the same enclave is never overwritten.
            if (signer != pendingSigner) {
                if (pendingFees != 0) _enclaves[pendingSigner].fees += uint96(pendingFees);
                pendingSigner = signer;
                pendingFees = 0;
            }
            uint96 authorFee = f.request.authorFee;
            pendingFees += f.request.fee - authorFee;
            if (authorFee != 0) _programs[f.request.programId].earnings += uint88(authorFee);
            _deliver(f, signer);
            ++settled;
        }
        if (pendingFees != 0) _enclaves[pendingSigner].fees += uint96(pendingFees);
    }

    /// @notice Gas a fulfilment (or a batch entry) must have left when it starts: the callback's
    ///         limit plus the 1/64 that EIP-150 keeps back, `SETTLE_GAS`, and the memory and hashing
    ///         of the output. `fulfill` reverts below it and `fulfillBatch` stops there.
    /// @param callbackGasLimit The request's callback gas limit.
    /// @param outputLength Length of the signed output, bytes.
    /// @return The gas.
    function gasFor(uint32 callbackGasLimit, uint256 outputLength) public pure returns (uint256) {
        // output + call header + revert data + what the router keeps in memory, in words
        uint256 words = (outputLength + 1535) / 32;
        return uint256(callbackGasLimit) + callbackGasLimit / 63 + SETTLE_GAS + 12 * words + words * words / 512;
    }

    /// @inheritdoc IJobRouter
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
    ///      precompile. The caller has checked `gasFor`, so the callee gets its whole limit. The call
    ///      data and revert data are built past the free memory pointer without moving it, so a long
    ///      batch does not grow memory.
    function _deliver(Fulfillment calldata f, address signer) internal {
        bool ok = true;
        uint256 gasLimit = f.request.callbackGasLimit;
        if (gasLimit != 0) {
            address target = f.request.requester;
            bytes32 jobId = f.jobId;
            uint8 status = f.status;
            bytes calldata output = f.output;
            bytes4 selector = ITeeOracleConsumer.onJobResult.selector;
            bytes32 failedTopic = CallbackFailed.selector;
            assembly ("memory-safe") {
                let ptr := mload(0x40)
                let padded := and(add(output.length, 31), not(31))
                mstore(add(ptr, add(0x64, padded)), 0) // zero the last word's padding first
                // onJobResult(bytes32 jobId, uint8 status, bytes output)
                mstore(ptr, selector)
                mstore(add(ptr, 0x04), jobId)
                mstore(add(ptr, 0x24), status)
                mstore(add(ptr, 0x44), 0x60)
                mstore(add(ptr, 0x64), output.length)
                calldatacopy(add(ptr, 0x84), output.offset, output.length)
                ok := call(gasLimit, target, 0, ptr, add(0x84, padded), 0, 0)
                if iszero(ok) {
                    // CallbackFailed(jobId, revertData[:MAX_REVERT_DATA])
                    let n := returndatasize()
                    if gt(n, MAX_REVERT_DATA) { n := MAX_REVERT_DATA }
                    let p := and(add(n, 31), not(31))
                    mstore(add(ptr, add(0x20, p)), 0) // padding first, as above
                    mstore(ptr, 0x20)
                    mstore(add(ptr, 0x20), n)
                    returndatacopy(add(ptr, 0x40), 0, n)
                    log2(ptr, add(0x40, p), failedTopic, jobId)
                }
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

    /// @inheritdoc IJobRouter
    function commitmentOf(Request calldata q) public pure returns (bytes32 c) {
        // Request is ten static words, laid out in calldata exactly as abi.encode would write them,
        // so they are hashed in place. A field with dirty high bits hashes to something no stored
        // commitment can equal, so it is refused without a separate range check.
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            calldatacopy(ptr, q, 0x140)
            c := keccak256(ptr, 0x140)
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

    /// @inheritdoc IJobRouter
    function config() external view returns (Config memory) {
        return _config;
    }

    /// @notice Sets the bounds on new requests (open jobs keep theirs) and the pause flag.
    /// @param maxInputBytes Largest accepted input.
    /// @param maxCallbackGas Largest accepted callback gas limit.
    /// @param minTtl Shortest accepted ttl, seconds.
    /// @param maxTtl Longest accepted ttl, seconds.
    /// @param paused Refuse new requests.
    function setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused)
        external
        onlyOwner
    {
        _setConfig(maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused);
    }

    /// @notice Sets the fee floor of new requests: baseFeeGwei * 1 gwei + feePerGas * callbackGasLimit
    ///         (plus the program's author fee).
    /// @param baseFeeGwei Flat part, gwei.
    /// @param feePerGas Wei per unit of callback gas.
    function setFees(uint40 baseFeeGwei, uint48 feePerGas) external onlyOwner {
        _setFees(baseFeeGwei, feePerGas);
    }

    function _setConfig(uint24 maxInputBytes, uint24 maxCallbackGas, uint16 minTtl, uint24 maxTtl, bool paused)
        private
    {
        if (minTtl == 0 || minTtl > maxTtl) revert BadConfig();
        Config storage c = _config;
        c.maxInputBytes = maxInputBytes;
        c.maxCallbackGas = maxCallbackGas;
        c.minTtl = minTtl;
        c.maxTtl = maxTtl;
        c.paused = paused;
        emit ConfigSet(maxInputBytes, maxCallbackGas, minTtl, maxTtl, paused);
    }

    function _setFees(uint40 baseFeeGwei, uint48 feePerGas) private {
        Config storage c = _config;
        c.baseFeeGwei = baseFeeGwei;
        c.feePerGas = feePerGas;
        emit FeesSet(baseFeeGwei, feePerGas);
    }

    /// @dev Moves new requests to fleet epoch `epoch` (wired by the fleet-keys module).
    function _setCurrentEpoch(uint32 epoch) internal {
        _config.currentEpoch = epoch;
    }

    function _payEnclaveFees(address payee, uint256 amount) internal override {
        _pay(payee, amount);
    }

    function _payEarnings(address to, uint256 amount) internal override {
        _pay(to, amount);
    }
}
