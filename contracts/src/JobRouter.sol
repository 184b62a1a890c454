// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Escrow} from "./Escrow.sol";
import {IJobRouter} from "./interfaces/IJobRouter.sol";
import {IJobRouterAdmin} from "./interfaces/IJobRouterAdmin.sol";
import {IOwned2Step} from "./interfaces/IOwned2Step.sol";
import {IProgramRegistry} from "./interfaces/IProgramRegistry.sol";
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
///      Fees. A request carries at least authorFee + flatFee + (callbackGasLimit + overhead) x
///      max(minGasPrice, block.basefee x baseFeePercent / 100), the owner setting the flat fee, the
///      overhead, the minimum gas price and the base-fee multiplier (packed into the config slot a
///      request reads anyway). The floor follows the chain's gas price, so a fee quoted in a block
///      (`quoteFee`, or `quoteFeeAt` off-chain) covers the relayer's gas at that block's price and a
///      relayer with default settings takes every job that met it. Fee increases, the author's
///      (`setPolicy`) and the owner's (`setFees`), take effect only after a notice period, so
///      nobody can raise a fee in front of a requester's transaction; decreases apply at once.
///      Chainlink Functions instead reserves an estimate at request time and bills the gas actually
///      used at fulfilment, converted to LINK through a price feed: exact, but it needs a
///      subscription balance, a feed read and a second settlement write per job. Airnode has the
///      requester fund a sponsor wallet that pays fulfilment gas directly: no fee logic on-chain,
///      but one wallet per sponsor to keep funded and nothing that stops a request the wallet cannot
///      pay for. A floor that scales with the callback gas and the base fee keeps the request path
///      at a few arithmetic operations, lets a dapp quote its fee in advance and makes every
///      accepted job pay for its worst case at the price of its block.
///
///      Code size. The router runs only what requests, results, cancellations, withdrawals and
///      relayers' checks need. Everything else (ownership, the enclave registry's administration,
///      fleet keys, program administration, configuration: `IJobRouterAdmin`) is code of a
///      JobRouterAdmin contract named in the constructor, which the fallback runs with
///      `delegatecall` on this router's storage (declared once, in JobRouterStorage, for both). So
///      both stay under EIP-170's 24,576 bytes, the hot paths pay nothing for the split, and the
///      router's address answers the whole `IJobRouterFull` ABI.
contract JobRouter is Escrow, IJobRouter {
    /// @notice EIP-712 type hash of a result.
    /// @dev keccak256("JobResult(bytes32 jobId,bytes32 commitment,uint8 status,bytes output)"), a
    ///      literal so assembly can use it (the test suite checks it against the hash of the string).
    bytes32 public constant RESULT_TYPEHASH = 0x6e525260614da36ccf00543d83c531c542c66c8c543da172ca98a01a753c9909;
    bytes32 private constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");
    bytes32 private constant NAME_HASH = keccak256("TeeOracle");
    bytes32 private constant VERSION_HASH = keccak256("1");
    uint256 private constant HALF_N = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
    /// @notice Gas kept back beside a callback's limit (and the 1/64 EIP-150 withholds) so the
    ///         router can finish after it: the revert-data event and `JobFulfilled`.
    uint256 public constant CALLBACK_GAS_RESERVE = 8_000;
    /// @dev What the callback's CALL costs before the callee gets gas: a cold account access
    ///      (EIP-2929), plus the few instructions between the gas check and the call.
    uint256 private constant CALL_ACCESS_GAS = 2_700;
    /// @notice Gas a batch entry needs besides the callback's own limit: checking the result, the
    ///         settlement writes, the events, the next entry's check and the final fee write. See
    ///         `gasFor`.
    uint256 public constant SETTLE_GAS = 40_000;
    /// @notice Bytes of a failed callback's revert data copied into `CallbackFailed`.
    uint256 public constant MAX_REVERT_DATA = 256;
    /// @dev keccak256("JobRequested(bytes32,address,bytes32,address,uint32,uint32,bytes,uint32,uint96,uint96,uint40)"),
    ///      a literal for assembly (test_requestJob_succeeds expects the event by its selector).
    bytes32 private constant JOB_REQUESTED_TOPIC = 0xb955120e52f978effc88dd0f8f1364b6efeaf4e6dbbb6dc8d2b8df1c4c144cfe;
    /// @dev The nonce is the low 40 bits of the config slot.
    uint256 private constant MAX_NONCE = 0xffffffffff;

    uint256 private immutable _cachedChainId;
    bytes32 private immutable _cachedDomainSeparator;
    address private immutable _admin;

    /// @param admin_ The JobRouterAdmin whose code runs the cold functions (`IJobRouterAdmin`); its
    ///        `allowSimulation` decides whether simulation-mode enclaves are accepted.
    /// @param initialOwner Owner of the router and its registry.
    /// @param maxInputBytes Largest accepted input.
    /// @param maxCallbackGas Largest accepted callback gas limit.
    /// @param minTtl Shortest accepted ttl, seconds.
    /// @param maxTtl Longest accepted ttl, seconds.
    /// @param fees The owner's part of the fee floor (`Config`).
    constructor(
        address admin_,
        address initialOwner,
        uint24 maxInputBytes,
        uint24 maxCallbackGas,
        uint16 minTtl,
        uint24 maxTtl,
        Fees memory fees
    ) {
        if (admin_.code.length == 0) revert AdminNotContract(admin_);
        if (initialOwner == address(0)) revert IOwned2Step.ZeroAddress();
        if (minTtl == 0 || minTtl > maxTtl) revert IJobRouterAdmin.BadConfig();
        _admin = admin_;
        _cachedChainId = block.chainid;
        _cachedDomainSeparator = _buildDomainSeparator();
        _owner = initialOwner;
        emit IOwned2Step.OwnershipTransferred(address(0), initialOwner);
        Config storage c = _config;
        c.maxInputBytes = maxInputBytes;
        c.maxCallbackGas = maxCallbackGas;
        c.minTtl = minTtl;
        c.maxTtl = maxTtl;
        emit IJobRouterAdmin.ConfigSet(maxInputBytes, maxCallbackGas, minTtl, maxTtl, false);
        c.flatFeeGwei = fees.flatFeeGwei;
        c.minGasPrice = fees.minGasPrice;
        c.baseFeePercent = fees.baseFeePercent;
        c.overheadKGas = fees.overheadKGas;
        emit IJobRouterAdmin.FeesSet(fees.flatFeeGwei, fees.minGasPrice, fees.baseFeePercent, fees.overheadKGas);
        _openEpoch(1); // genesis: the first enclave publishes epoch 1's keys (FleetKeys)
    }

    /// @notice Runs every function the router does not implement itself (`IJobRouterAdmin`) in the
    ///         admin code, on this router's storage, with the caller's msg.sender. Not payable: no
    ///         admin function takes Ether, and the router accepts no plain transfers.
    fallback() external {
        address a = _admin;
        assembly ("memory-safe") {
            calldatacopy(0, 0, calldatasize())
            let ok := delegatecall(gas(), a, 0, calldatasize(), 0, 0)
            returndatacopy(0, 0, returndatasize())
            if iszero(ok) { revert(0, returndatasize()) }
            return(0, returndatasize())
        }
    }

    /// @inheritdoc IJobRouter
    function admin() external view returns (address) {
        return _admin;
    }

    /// @inheritdoc IJobRouter
    function commitments(bytes32 jobId) external view returns (bytes32) {
        return _commitments[jobId];
    }

    // ------------------------------------------------------------------ requests

    /// @inheritdoc IJobRouter
    /// @dev The hot path of every dapp, written to read two slots and write two: the config slot
    ///      (bounds, fee floor, epoch; the nonce is bumped in place) and the program's slot, then the
    ///      commitment. The input is copied to memory once: the event data carries it and the
    ///      commitment hashes it in place. Field positions follow `Config` and `Program` (Solidity
    ///      packs struct fields from the low-order bits up).
    function requestJob(
        bytes32 programId,
        uint32 version,
        address user,
        bytes calldata input,
        uint32 callbackGasLimit,
        uint32 ttl
    ) external payable returns (bytes32 jobId) {
        uint256 cfg;
        uint256 prog;
        uint256 authorFee;
        bool refused;
        assembly ("memory-safe") {
            cfg := sload(_config.slot)
            mstore(0, programId)
            mstore(0x20, _programs.slot)
            prog := sload(keccak256(0, 0x40))
            let current := and(shr(168, prog), 0xffffffff)
            if iszero(version) { version := current }
            // the author fee: the pending one once its notice period is over
            authorFee := and(
                shr(shl(6, iszero(lt(timestamp(), and(shr(128, prog), 0xffffffffff)))), prog),
                0xffffffffffffffff
            )
            // floor = authorFee + flatFeeGwei gwei + (callbackGasLimit + overheadKGas * 1000) *
            //   max(minGasPrice, basefee * baseFeePercent / 100); < 2^200 for any real base fee
            let price := div(mul(basefee(), and(shr(208, cfg), 0xff)), 100)
            {
                let minPrice := and(shr(168, cfg), 0xffffffffff)
                if lt(price, minPrice) { price := minPrice }
            }
            let floor :=
                add(
                    add(authorFee, mul(shr(224, cfg), 1000000000)),
                    mul(price, add(callbackGasLimit, mul(and(shr(216, cfg), 0xff), 1000)))
                )
            // Every refusal folded into one branch; `_refuse` names the first that applies.
            refused := or(
                or(
                    or(and(shr(72, cfg), 0xff), gt(input.length, and(shr(80, cfg), 0xffffff))), // paused, input
                    or(gt(callbackGasLimit, and(shr(104, cfg), 0xffffff)), lt(ttl, and(shr(128, cfg), 0xffff)))
                ),
                or(
                    or(gt(ttl, and(shr(144, cfg), 0xffffff)), iszero(and(shr(232, prog), FLAG_EXISTS))),
                    or(
                        or(lt(version, and(shr(200, prog), 0xffffffff)), gt(version, current)),
                        or(
                            or(lt(callvalue(), floor), gt(callvalue(), 0xffffffffffffffffffffffff)),
                            eq(and(cfg, MAX_NONCE), MAX_NONCE)
                        )
                    )
                )
            )
        }
        if (refused) _refuse(programId, version, input.length, callbackGasLimit, ttl, cfg, prog);
        if ((prog >> 232) & FLAG_ALLOWLIST != 0 && !_allowed[programId][msg.sender]) {
            revert IProgramRegistry.RequesterNotAllowed(programId, msg.sender);
        }
        assembly ("memory-safe") {
            sstore(_config.slot, add(cfg, 1)) // nonce + 1, in the low 40 bits
            let ptr := mload(0x40)
            // jobId = keccak256(abi.encode(chainid, router, nonce))
            mstore(ptr, chainid())
            mstore(add(ptr, 0x20), address())
            mstore(add(ptr, 0x40), and(cfg, MAX_NONCE))
            jobId := keccak256(ptr, 0x60)
            let deadline := add(timestamp(), ttl)
            // JobRequested data: user, version, epoch, input (offset), callbackGasLimit, fee,
            // authorFee, deadline, then the input's length and bytes
            let padded := and(add(input.length, 31), not(31))
            mstore(add(ptr, add(0x100, padded)), 0) // zero the input's padding (before its length)
            mstore(ptr, user)
            mstore(add(ptr, 0x20), and(version, 0xffffffff)) // a narrowed value may carry dirty bits
            mstore(add(ptr, 0x40), and(shr(40, cfg), 0xffffffff)) // epoch
            mstore(add(ptr, 0x60), 0x100)
            mstore(add(ptr, 0x80), callbackGasLimit)
            mstore(add(ptr, 0xa0), callvalue())
            mstore(add(ptr, 0xc0), authorFee)
            mstore(add(ptr, 0xe0), deadline)
            mstore(add(ptr, 0x100), input.length)
            calldatacopy(add(ptr, 0x120), input.offset, input.length)
            // commitment = keccak256(abi.encode(requester, user, programId, version, epoch,
            //   inputHash, callbackGasLimit, fee, authorFee, deadline)), built after the event data
            let c := add(add(ptr, 0x120), padded)
            mstore(c, caller())
            mstore(add(c, 0x20), user)
            mstore(add(c, 0x40), programId)
            mstore(add(c, 0x60), mload(add(ptr, 0x20)))
            mstore(add(c, 0x80), mload(add(ptr, 0x40)))
            mstore(add(c, 0xa0), keccak256(add(ptr, 0x120), input.length))
            mstore(add(c, 0xc0), callbackGasLimit)
            mstore(add(c, 0xe0), callvalue())
            mstore(add(c, 0x100), authorFee)
            mstore(add(c, 0x120), deadline)
            mstore(0x20, _commitments.slot)
            mstore(0, jobId)
            sstore(keccak256(0, 0x40), keccak256(c, 0x140))
            log4(ptr, add(0x120, padded), JOB_REQUESTED_TOPIC, jobId, caller(), programId)
        }
    }

    /// @dev Reverts with the first refusal that applies to a request (the slow path of `requestJob`,
    ///      which has found that one does). `version` is already resolved (0 stays 0 only when the
    ///      program has no version yet).
    function _refuse(
        bytes32 programId,
        uint32 version,
        uint256 inputLength,
        uint32 callbackGasLimit,
        uint32 ttl,
        uint256 cfg,
        uint256 prog
    ) private view {
        if ((cfg >> 72) & 0xff != 0) revert Paused();
        uint256 maxInput = (cfg >> 80) & 0xffffff;
        if (inputLength > maxInput) revert InputTooLarge(inputLength, maxInput);
        uint256 maxGas = (cfg >> 104) & 0xffffff;
        if (callbackGasLimit > maxGas) revert CallbackGasTooHigh(callbackGasLimit, maxGas);
        uint256 minTtl = (cfg >> 128) & 0xffff;
        uint256 maxTtl = (cfg >> 144) & 0xffffff;
        if (ttl < minTtl || ttl > maxTtl) revert TtlOutOfRange(ttl, minTtl, maxTtl);
        if ((prog >> 232) & FLAG_EXISTS == 0) revert IProgramRegistry.UnknownProgram(programId);
        if ((prog >> 232) & FLAG_ALLOWLIST != 0 && !_allowed[programId][msg.sender]) {
            revert IProgramRegistry.RequesterNotAllowed(programId, msg.sender);
        }
        uint32 current = uint32(prog >> 168);
        uint32 minVersion = uint32(prog >> 200);
        if (version < minVersion || version > current) {
            revert IProgramRegistry.VersionUnavailable(programId, version, minVersion, current);
        }
        uint256 floor = _floor(cfg, prog, callbackGasLimit, block.basefee);
        if (msg.value < floor) revert FeeBelowFloor(msg.value, floor);
        if (msg.value > type(uint96).max) revert FeeTooHigh(msg.value);
        if (cfg & MAX_NONCE == MAX_NONCE) revert JobNonceExhausted();
        revert(); // unreachable: the caller found a refusal
    }

    /// @inheritdoc IJobRouter
    function quoteFee(bytes32 programId, uint32 callbackGasLimit) external view returns (uint256) {
        return _quote(programId, callbackGasLimit, block.basefee);
    }

    /// @inheritdoc IJobRouter
    function cancel(bytes32 jobId, Request calldata request) external {
        if (msg.sender != request.requester) revert NotRequester(jobId, msg.sender);
        bytes32 c = _commitments[jobId];
        if (c == bytes32(0) || c != commitmentOf(request)) revert UnknownJob(jobId);
        if (block.timestamp <= request.deadline) revert NotExpired(jobId, request.deadline);
        delete _commitments[jobId];
        emit JobCancelled(jobId, msg.sender, request.fee);
        _credit(msg.sender, request.fee);
    }

    // ------------------------------------------------------------------ results

    /// @notice Settles one job with an enclave-signed result: checks the request against its
    ///         commitment and the signer against the registry, deletes the commitment, credits
    ///         fee - authorFee to the signing enclave and authorFee to the program's earnings, and
    ///         calls the requester back with exactly its callback gas.
    /// @dev Reverts with `FulfillmentRefused` for a bad result, and with `InsufficientGasForCallback`
    ///      when the transaction cannot give the callback its full gas limit (a relayer could
    ///      otherwise starve it on purpose and still settle).
    /// @param f The signed result.
    function fulfill(Fulfillment calldata f) external {
        uint8 status = f.status;
        bytes calldata output = f.output;
        (address signer, Refusal why) = _check(f, status, output);
        if (why != Refusal.None) revert FulfillmentRefused(f.jobId, why);
        (uint256 enclaveShare,) = _settle(f);
        _enclaves[signer].fees += uint96(enclaveShare);
        _deliver(f, signer, status, output);
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
        for (uint256 i = 0; i < fs.length; i = _inc(i)) {
            Fulfillment calldata f = fs[i];
            uint8 status = f.status;
            bytes calldata output = f.output;
            {
                uint256 need = gasFor(f.request.callbackGasLimit, output.length);
                if (gasleft() < need) {
                    emit BatchStopped(i, f.jobId, gasleft(), need);
                    break;
                }
            }
            (address signer, Refusal why) = _check(f, status, output);
            if (why != Refusal.None) {
                emit FulfillmentSkipped(f.jobId, why);
                continue;
            }
            (uint256 enclaveShare,) = _settle(f);
            // Enclave fees are summed per run of results from one enclave and written once. The
            // pending sum is added to the slot's current value when flushed, so a callback that
            // re-enters and credits the same enclave is never overwritten.
            if (signer != pendingSigner) {
                if (pendingFees != 0) _enclaves[pendingSigner].fees += _toUint96(pendingFees);
                pendingSigner = signer;
                pendingFees = 0;
            }
            unchecked {
                pendingFees += enclaveShare; // a sum of uint96 fees, checked when written
                ++settled;
            }
            _deliver(f, signer, status, output);
        }
        if (pendingFees != 0) _enclaves[pendingSigner].fees += _toUint96(pendingFees);
    }

    /// @dev A batch's pending sum of fees, each < 2^96, narrowed back for the enclave's fee field.
    function _toUint96(uint256 v) private pure returns (uint96) {
        if (v > type(uint96).max) revert FeeTooHigh(v);
        return uint96(v);
    }

    function _inc(uint256 i) private pure returns (uint256) {
        unchecked {
            return i + 1;
        }
    }

    /// @notice Gas a batch entry must have left when it starts: the callback's limit plus the 1/64
    ///         that EIP-150 keeps back, `SETTLE_GAS`, and the memory and hashing of the output.
    ///         `fulfillBatch` stops before an entry with less; a relayer sizes a batch from the sum.
    /// @param callbackGasLimit The request's callback gas limit.
    /// @param outputLength Length of the signed output, bytes.
    /// @return The gas.
    function gasFor(uint32 callbackGasLimit, uint256 outputLength) public pure returns (uint256) {
        // output + call header + revert data + what the router keeps in memory, in words; an output
        // in calldata is far below 2^64 bytes, so nothing here can overflow
        unchecked {
            uint256 words = (outputLength + 1535) >> 5;
            return uint256(callbackGasLimit) + callbackGasLimit / 63 + SETTLE_GAS + 12 * words + ((words * words) >> 9);
        }
    }

    /// @inheritdoc IJobRouter
    function check(Fulfillment calldata f) external view returns (address signer, Refusal why) {
        return _check(f, f.status, f.output);
    }

    /// @dev Offsets of fields inside a `Fulfillment` in calldata (its request is inline).
    uint256 private constant F_PROGRAM_ID = 0x60;
    uint256 private constant F_CALLBACK_GAS = 0xe0;
    uint256 private constant F_FEE = 0x100;
    uint256 private constant F_AUTHOR_FEE = 0x120;
    uint256 private constant F_DEADLINE = 0x140;
    /// @dev Status code of a bad input (protocol.StatusBadInput).
    uint8 private constant STATUS_BAD_INPUT = 6;

    function _check(Fulfillment calldata f, uint8 status, bytes calldata output)
        internal
        view
        returns (address signer, Refusal)
    {
        bytes32 jobId = f.jobId;
        bytes32 stored = _commitments[jobId];
        if (stored == bytes32(0)) return (address(0), Refusal.UnknownJob);
        bytes32 c = commitmentOf(f.request);
        if (stored != c) return (address(0), Refusal.RequestMismatch);
        // From here the request fields are known clean: they hash to the stored commitment.
        uint256 deadline;
        assembly ("memory-safe") {
            deadline := calldataload(add(f, F_DEADLINE))
        }
        if (block.timestamp > deadline) return (address(0), Refusal.Expired);
        signer = _recover(resultDigest(jobId, c, status, output), f.r, f.vs);
        if (signer == address(0)) return (address(0), Refusal.BadSignature);
        if (!_isActive(_enclaves[signer])) return (signer, Refusal.InactiveEnclave);
        // A bad_input output starts with the fleet epoch the enclave tried and its X25519 key: an
        // enclave whose key of that epoch is not the recorded one (a diverged worker) cannot get a
        // paid failure. One cold SLOAD, on this path only.
        if (status == STATUS_BAD_INPUT && output.length >= 36) {
            uint256 epoch;
            bytes32 key;
            assembly ("memory-safe") {
                epoch := shr(224, calldataload(output.offset))
                key := calldataload(add(output.offset, 4))
            }
            if (epoch != 0 && _epochs[uint32(epoch)].x25519Key != key) return (signer, Refusal.FleetKeyMismatch);
        }
        return (signer, Refusal.None);
    }

    /// @dev Deletes the commitment of a checked result and credits its author fee to the program;
    ///      returns the enclave's share (fee - authorFee) for the caller to credit.
    function _settle(Fulfillment calldata f) internal returns (uint256 enclaveShare, uint256 authorFee) {
        bytes32 jobId = f.jobId;
        bytes32 programId;
        assembly ("memory-safe") {
            mstore(0, jobId)
            mstore(0x20, _commitments.slot)
            sstore(keccak256(0, 0x40), 0)
            authorFee := calldataload(add(f, F_AUTHOR_FEE))
            enclaveShare := sub(calldataload(add(f, F_FEE)), authorFee) // fee >= authorFee, committed
            programId := calldataload(add(f, F_PROGRAM_ID))
        }
        if (authorFee != 0) _programAccounts[programId].earnings += uint96(authorFee); // authorFee < 2^64
    }

    /// @dev Calls the requester back (when it asked for gas) and emits the outcome. A requester without
    ///      code (an EOA) makes the call succeed at once; requesters are always a msg.sender, never a
    ///      precompile. The call data and revert data are built past the free memory pointer without
    ///      moving it, so a long batch does not grow memory.
    function _deliver(Fulfillment calldata f, address signer, uint8 status, bytes calldata output) internal {
        bool ok = true;
        bytes32 jobId = f.jobId;
        uint256 gasLimit;
        assembly ("memory-safe") {
            gasLimit := calldataload(add(f, F_CALLBACK_GAS))
        }
        if (gasLimit != 0) {
            address target = f.request.requester;
            bytes4 selector = ITeeOracleConsumer.onJobResult.selector;
            bytes32 failedTopic = CallbackFailed.selector;
            bytes4 starved = InsufficientGasForCallback.selector;
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
                // The call data is in memory (its expansion paid), so the gas left now is what the
                // call starts from: it pays the cold account access, then EIP-150 hands the callee
                // at most 63/64 of the rest. Require enough that the callee gets all of gasLimit
                // and the router keeps CALLBACK_GAS_RESERVE to finish, whatever the output size
                // and the transaction's gas limit (batches check `gasFor` first, so this never
                // fires inside one).
                if lt(gas(), add(add(gasLimit, div(gasLimit, 63)), add(CALL_ACCESS_GAS, CALLBACK_GAS_RESERVE))) {
                    mstore(0, starved) // InsufficientGasForCallback(jobId)
                    mstore(0x04, jobId)
                    revert(0, 0x24)
                }
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
        bytes32 topic = JobFulfilled.selector;
        assembly ("memory-safe") {
            // JobFulfilled(jobId, enclave, status, callbackOk)
            let ptr := mload(0x40)
            mstore(ptr, status)
            mstore(add(ptr, 0x20), ok)
            log3(ptr, 0x40, topic, jobId, signer)
        }
    }

    function _recover(bytes32 digest, bytes32 r, bytes32 vs) internal view returns (address signer) {
        bytes32 s = vs & bytes32(0x7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff);
        if (uint256(s) > HALF_N) return address(0);
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, digest)
            mstore(add(ptr, 0x20), add(shr(255, vs), 27))
            mstore(add(ptr, 0x40), r)
            mstore(add(ptr, 0x60), s)
            // ecrecover returns no data for an invalid signature
            if staticcall(gas(), 1, ptr, 0x80, 0, 0x20) {
                if eq(returndatasize(), 0x20) { signer := mload(0) }
            }
        }
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

    // ------------------------------------------------------------------ views

    /// @inheritdoc IJobRouter
    function config() external view returns (Config memory) {
        return _config;
    }
}
