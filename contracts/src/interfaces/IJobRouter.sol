// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "./IEscrow.sol";

/// @title IJobRouter
/// @notice What requesters and relayers need from the JobRouter on their hot paths: its types,
///         functions, events and errors, all run by the JobRouter contract itself. The router's cold
///         functions (ownership, enclave registry, fleet keys, programs, configuration) are in
///         `IJobRouterAdmin`, answered at the same address through the router's fallback;
///         `IJobRouterFull` is both in one interface.
interface IJobRouter is IEscrow {
    /// @notice Every field the router commits to for an open job, in commitment order:
    ///         commitment = keccak256(abi.encode(requester, user, programId, version, epoch, inputHash,
    ///         callbackGasLimit, fee, authorFee, deadline)).
    struct Request {
        address requester; // the contract (or account) that requested and gets the callback
        address user; // end user the dapp names (zero if none); bound into encrypted inputs
        bytes32 programId;
        uint32 version; // resolved program version, never 0
        uint32 epoch; // the router's fleet epoch at request time (job randomness derives from it)
        bytes32 inputHash; // keccak256 of the input bytes
        uint32 callbackGasLimit;
        uint96 fee; // total escrowed (msg.value)
        uint96 authorFee; // part of fee owed to the program's author
        uint40 deadline; // fulfil allowed while block.timestamp <= deadline, cancel after
    }

    /// @notice A signed result, as submitted by a relayer.
    struct Fulfillment {
        bytes32 jobId;
        Request request;
        uint8 status;
        bytes output;
        bytes32 r; // EIP-2098 compact signature
        bytes32 vs;
    }

    /// @notice Owner-set bounds and fee floor, the job nonce and the fleet epoch: one storage slot,
    ///         the only router slot a request reads besides its program's. The floor of a request is
    ///         authorFee + flatFeeGwei gwei + (callbackGasLimit + overheadKGas * 1000) *
    ///         max(minGasPrice, block.basefee * baseFeePercent / 100).
    struct Config {
        uint40 nonce; // number of jobs requested so far
        uint32 currentEpoch; // fleet epoch new requests commit to
        bool paused; // new requests refused; open jobs still settle
        uint24 maxInputBytes;
        uint24 maxCallbackGas;
        uint16 minTtl; // seconds
        uint24 maxTtl; // seconds
        uint40 minGasPrice; // wei per gas: the lowest gas price the floor charges
        uint8 baseFeePercent; // the floor's gas price follows block.basefee times this, percent
        uint8 overheadKGas; // gas of a fulfilment besides its callback (settlement, calldata), thousands
        uint32 flatFeeGwei; // flat part of the floor, gwei
    }

    /// @notice The owner's part of the fee floor (see `Config`).
    struct Fees {
        uint32 flatFeeGwei;
        uint40 minGasPrice;
        uint8 baseFeePercent;
        uint8 overheadKGas;
    }

    /// @notice Why a fulfilment was refused (single fulfil reverts; batches skip and emit).
    enum Refusal {
        None,
        UnknownJob, // never requested, already fulfilled or cancelled
        RequestMismatch, // request fields differ from the commitment
        Expired, // past the deadline: the job belongs to its requester's refund now
        BadSignature, // malformed or malleable (high-s) signature
        InactiveEnclave, // signer not registered, expired, revoked or deactivated
        FleetKeyMismatch // a bad_input result names a fleet epoch key other than the one recorded
    }

    /// @notice The router is paused for new requests.
    error Paused();
    /// @notice The input is longer than the router accepts.
    error InputTooLarge(uint256 length, uint256 max);
    /// @notice The callback gas limit is higher than the router accepts.
    error CallbackGasTooHigh(uint256 gasLimit, uint256 max);
    /// @notice The ttl is outside the accepted range.
    error TtlOutOfRange(uint256 ttl, uint256 min, uint256 max);
    /// @notice The fee is below the floor (`quoteFee`).
    error FeeBelowFloor(uint256 fee, uint256 floor);
    /// @notice The fee does not fit in 96 bits.
    error FeeTooHigh(uint256 fee);
    /// @notice The router has handed out all 2^40 - 1 job ids it can.
    error JobNonceExhausted();
    /// @notice The fulfilment was refused; see `Refusal`.
    error FulfillmentRefused(bytes32 jobId, Refusal reason);
    /// @notice The transaction carries too little gas to give the callback its full gas limit.
    error InsufficientGasForCallback(bytes32 jobId);
    /// @notice The job is unknown or its request fields differ.
    error UnknownJob(bytes32 jobId);
    /// @notice The job's deadline has not passed yet.
    error NotExpired(bytes32 jobId, uint256 deadline);
    /// @notice Only the requester may cancel its job.
    error NotRequester(bytes32 jobId, address caller);
    /// @notice The admin code named in the router's constructor is not a contract.
    error AdminNotContract(address admin);

    /// @notice Emitted for every request, with every committed field (the input in full).
    event JobRequested(
        bytes32 indexed jobId,
        address indexed requester,
        bytes32 indexed programId,
        address user,
        uint32 version,
        uint32 epoch,
        bytes input,
        uint32 callbackGasLimit,
        uint96 fee,
        uint96 authorFee,
        uint40 deadline
    );
    /// @notice Emitted when a job is settled; `callbackOk` is false when the callback reverted.
    event JobFulfilled(bytes32 indexed jobId, address indexed enclave, uint8 status, bool callbackOk);
    /// @notice Emitted with the first bytes of a failed callback's revert data.
    event CallbackFailed(bytes32 indexed jobId, bytes revertData);
    /// @notice Emitted when a batch skips a result instead of reverting.
    event FulfillmentSkipped(bytes32 indexed jobId, Refusal reason);
    /// @notice Emitted when a batch stops before entry `index` because the gas left cannot give its
    ///         callback its full limit; every entry before it stays settled, the rest stay open.
    event BatchStopped(uint256 index, bytes32 indexed jobId, uint256 gasLeft, uint256 gasNeeded);
    /// @notice Emitted when the requester cancels a job; the whole fee is credited back to it.
    event JobCancelled(bytes32 indexed jobId, address indexed requester, uint96 refund);

    /// @notice Requests a job; `msg.value` is the fee, escrowed until fulfilment or cancellation. It
    ///         must cover `quoteFee(programId, callbackGasLimit)`.
    /// @param programId The program (see `programIdOf`).
    /// @param version The version to run, or 0 for the program's current version; the request
    ///        commits to the resolved number.
    /// @param user The end user the dapp acts for (zero if none); encrypted inputs are bound to it.
    /// @param input The input envelope (plaintext or encrypted to the fleet key).
    /// @param callbackGasLimit Gas for the `onJobResult` callback.
    /// @param ttl Seconds from now until the job may be cancelled and refunded.
    /// @return jobId The job id, unique across chains and routers.
    function requestJob(
        bytes32 programId,
        uint32 version,
        address user,
        bytes calldata input,
        uint32 callbackGasLimit,
        uint32 ttl
    ) external payable returns (bytes32 jobId);

    /// @notice The lowest fee a request for `programId` with `callbackGasLimit` accepts in this block:
    ///         `quoteFeeAt(programId, callbackGasLimit, block.basefee)` (`IJobRouterAdmin`). For
    ///         contracts: off-chain, an `eth_call` without a gas price runs with block.basefee = 0 on
    ///         geth and anvil, so callers there use `quoteFeeAt` with the base fee of the block they
    ///         expect to land in.
    function quoteFee(bytes32 programId, uint32 callbackGasLimit) external view returns (uint256);

    /// @notice Cancels the caller's unfulfilled job after its deadline and credits the whole fee
    ///         (author fee included) to it in the escrow. Only the requester may cancel.
    /// @param jobId The job.
    /// @param request Its request fields, as in `JobRequested`.
    function cancel(bytes32 jobId, Request calldata request) external;

    /// @notice Settles one job with an enclave-signed result.
    function fulfill(Fulfillment calldata f) external;

    /// @notice Settles many jobs in one transaction; returns how many settled.
    function fulfillBatch(Fulfillment[] calldata fs) external returns (uint256 settled);

    /// @notice Why `fulfill` would refuse `f` now, and the signer it recovers.
    function check(Fulfillment calldata f) external view returns (address signer, Refusal why);

    /// @notice The commitment the router stores for a request.
    function commitmentOf(Request calldata q) external pure returns (bytes32);

    /// @notice Commitment of an open job; zero once fulfilled or cancelled (or never requested).
    function commitments(bytes32 jobId) external view returns (bytes32);

    /// @notice The current bounds, fees, epoch and job count.
    function config() external view returns (Config memory);

    /// @notice The JobRouterAdmin contract whose code runs the router's cold functions (`IJobRouterAdmin`)
    ///         through `delegatecall` from the router's fallback, on the router's storage.
    function admin() external view returns (address);

    /// @notice Gas a batch entry must have left when it starts (see `fulfillBatch`).
    function gasFor(uint32 callbackGasLimit, uint256 outputLength) external pure returns (uint256);

    /// @notice The job id of the `nonce`-th request to this router on this chain.
    function jobIdOf(uint64 nonce) external view returns (bytes32);

    /// @notice The EIP-712 digest an enclave signs for a result.
    function resultDigest(bytes32 jobId, bytes32 commitment, uint8 status, bytes calldata output)
        external
        view
        returns (bytes32 digest);

    /// @notice The EIP-712 domain separator of results (and fleet keys).
    function domainSeparator() external view returns (bytes32);

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
        );

    /// @notice EIP-712 type hash of a result.
    function RESULT_TYPEHASH() external view returns (bytes32);

    /// @notice Gas kept back before a callback so the router can finish after it.
    function CALLBACK_GAS_RESERVE() external view returns (uint256);

    /// @notice Gas a batch entry needs besides the callback's own limit (see `gasFor`).
    function SETTLE_GAS() external view returns (uint256);

    /// @notice Bytes of a failed callback's revert data copied into `CallbackFailed`.
    function MAX_REVERT_DATA() external view returns (uint256);
}
