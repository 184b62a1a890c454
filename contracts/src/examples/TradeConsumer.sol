// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {TeeOracleConsumer} from "../TeeOracleConsumer.sol";
import {IJobRouter} from "../interfaces/IJobRouter.sol";
import {IEscrow} from "../interfaces/IEscrow.sol";

/// @title TradeConsumer
/// @notice A contract that trades on an exchange through the TEE oracle: it asks the trading program
///         (examples/trade) to place an order and gets the fill back on-chain.
///
///         The program's author holds an exchange account; its API key and HMAC secret are author
///         secrets of the program (sealed to the fleet key, bound to the program and to this contract
///         as requester: `teeo secret set`), readable only by the program inside an enclave. The
///         program signs the order request with HMAC-SHA256 as real exchanges require, sends it over
///         TLS that ends inside the enclave, and writes the fill as `abi.encode(uint256 filledQty,
///         uint256 avgPrice)`. The exchange's client order id is derived from the job id, so a job
///         that runs twice (a worker died after placing the order and the relayer retried elsewhere)
///         never places the order twice: the exchange answers the second placement with the first
///         order's fill.
///
///         Orders are the owner's (the account the author trades for); the order itself is public
///         (a plaintext JSON input built here), the credentials are not.
contract TradeConsumer is TeeOracleConsumer {
    using Strings for uint256;

    /// @notice Lifecycle of an order.
    enum State {
        None,
        Pending, // job requested, no fill yet
        Filled, // the exchange filled (fully or partly): see filledQty
        Failed, // the job ended with a failure status or an output that is not a fill
        Expired // no result before the deadline: cancelled, fee refunded to the owner
    }

    /// @notice One order and its fill.
    struct Order {
        State state;
        uint8 status; // status the enclave signed
        bool buy;
        uint64 quantity; // base units asked
        uint64 limitPrice; // quote units per base unit
        uint256 filledQty;
        uint256 avgPrice;
    }

    /// @notice Gas the callback asks for.
    uint32 public constant CALLBACK_GAS = 120_000;

    /// @notice programId of the trading program.
    bytes32 public immutable programId;
    /// @notice The only account that may place orders and cancel them.
    address public immutable owner;
    /// @notice Seconds after which an unfilled order job may be cancelled.
    uint32 public immutable ttl;

    /// @notice The market traded, e.g. "ETH-USD".
    string public market;

    mapping(bytes32 jobId => Order) internal _orders;

    /// @notice Only the owner may place or cancel orders.
    error NotOwner(address caller);
    /// @notice Quantity and limit price must be non-zero.
    error BadOrder();
    /// @notice The order is not waiting for its fill.
    error NotPending(bytes32 jobId);
    /// @notice Sending ether failed.
    error TransferFailed(address to, uint256 amount);
    /// @notice Only the router may send ether to this contract (refunds of expired jobs).
    error UnexpectedEther(address from);

    /// @notice Emitted when an order job is requested.
    event OrderRequested(bytes32 indexed jobId, bool buy, uint64 quantity, uint64 limitPrice);
    /// @notice Emitted when the fill arrives.
    event OrderFilled(bytes32 indexed jobId, uint256 filledQty, uint256 avgPrice);
    /// @notice Emitted when the order job failed; `status` is the signed status.
    event OrderFailed(bytes32 indexed jobId, uint8 status);
    /// @notice Emitted when an unfilled order job is cancelled after its deadline.
    event OrderExpired(bytes32 indexed jobId);

    /// @param router_ The JobRouter.
    /// @param programId_ programId of the trading program.
    /// @param owner_ The account that may place orders.
    /// @param market_ The market traded (the exchange's symbol).
    /// @param ttl_ Job ttl, seconds (within the router's bounds).
    constructor(address router_, bytes32 programId_, address owner_, string memory market_, uint32 ttl_)
        TeeOracleConsumer(router_)
    {
        programId = programId_;
        owner = owner_;
        market = market_;
        ttl = ttl_;
    }

    /// @notice The lowest fee `placeOrder` accepts now.
    /// @return The fee, wei.
    function quote() external view returns (uint256) {
        return _quoteFee(programId, CALLBACK_GAS);
    }

    /// @notice Asks the trading program to place a limit order; `msg.value` is the job fee.
    /// @param buy Buy (true) or sell.
    /// @param quantity Base units.
    /// @param limitPrice Quote units per base unit.
    /// @return jobId The oracle job placing it (its client order id derives from it).
    function placeOrder(bool buy, uint64 quantity, uint64 limitPrice) external payable returns (bytes32 jobId) {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (quantity == 0 || limitPrice == 0) revert BadOrder();
        jobId =
            _requestCurrent(programId, msg.sender, orderInput(buy, quantity, limitPrice), CALLBACK_GAS, ttl, msg.value);
        _orders[jobId] = Order({
            state: State.Pending,
            status: 0,
            buy: buy,
            quantity: quantity,
            limitPrice: limitPrice,
            filledQty: 0,
            avgPrice: 0
        });
        emit OrderRequested(jobId, buy, quantity, limitPrice);
    }

    /// @notice The job input of an order: a plaintext v2 input envelope (header 0x20) around the
    ///         program's JSON `{"market":"..","side":"buy"|"sell","quantity":N,"limitPrice":N}`.
    /// @param buy Buy (true) or sell.
    /// @param quantity Base units.
    /// @param limitPrice Quote units per base unit.
    /// @return The input bytes of requestJob.
    function orderInput(bool buy, uint64 quantity, uint64 limitPrice) public view returns (bytes memory) {
        return abi.encodePacked(
            bytes1(0x20),
            '{"market":"',
            market,
            '","side":"',
            buy ? "buy" : "sell",
            '","quantity":',
            uint256(quantity).toString(),
            ',"limitPrice":',
            uint256(limitPrice).toString(),
            "}"
        );
    }

    /// @notice An order and its fill.
    /// @param jobId The order's job.
    /// @return The order record.
    function orderOf(bytes32 jobId) external view returns (Order memory) {
        return _orders[jobId];
    }

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        Order storage o = _orders[jobId];
        if (o.state != State.Pending) return;
        o.status = status;
        if (status == STATUS_OK && output.length == 64) {
            (uint256 filledQty, uint256 avgPrice) = abi.decode(output, (uint256, uint256));
            o.state = State.Filled;
            o.filledQty = filledQty;
            o.avgPrice = avgPrice;
            emit OrderFilled(jobId, filledQty, avgPrice);
        } else {
            o.state = State.Failed;
            emit OrderFailed(jobId, status);
        }
    }

    /// @notice After the job's deadline, cancels an unfilled order job and sends its whole fee back
    ///         to the owner.
    /// @param jobId The order's job.
    /// @param request The job's request fields, as in the router's `JobRequested` event.
    function cancelExpired(bytes32 jobId, IJobRouter.Request calldata request) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        Order storage o = _orders[jobId];
        if (o.state != State.Pending) revert NotPending(jobId);
        o.state = State.Expired;
        emit OrderExpired(jobId);
        _cancelJob(jobId, request); // reverts unless the job is expired and the request matches
        uint256 refund = IEscrow(address(router)).balanceOf(address(this));
        if (refund != 0) {
            _withdrawRefunds(payable(address(this)));
            (bool ok,) = payable(owner).call{value: refund}("");
            if (!ok) revert TransferFailed(owner, refund);
        }
    }

    /// @notice Accepts the router's refunds of expired jobs.
    receive() external payable {
        if (msg.sender != address(router)) revert UnexpectedEther(msg.sender);
    }
}
