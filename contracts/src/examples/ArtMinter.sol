// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC721} from "@openzeppelin/contracts/token/ERC721/ERC721.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {TeeOracleConsumer} from "../TeeOracleConsumer.sol";
import {IJobRouter} from "../interfaces/IJobRouter.sol";
import {IEscrow} from "../interfaces/IEscrow.sol";

/// @title ArtMinter
/// @notice An NFT whose art is made by an artist's secret generative program inside an SGX enclave.
///
///         `mint()` takes the mint price, reserves the next token id and requests a TEE oracle job
///         whose input is `{"tokenId":N,"seed":"0x..","owner":"0x.."}`. The enclave runs the secret
///         program (examples/art/program), which writes an SVG of 6-16 KiB: more than the worker's
///         calldata threshold (4 KiB by default), so the enclave stores it on IPFS itself and signs
///         its CID (status OK_CID). The callback then mints the token to its minter and records the
///         CID; nobody, not even the relayer, can swap the art, because the CID is what the enclave
///         signed.
///
///         `tokenURI` is built on-chain: a `data:application/json;base64` metadata document whose
///         `image` is `ipfs://<art CID>`. Metadata needs no second job and no uploader: the only
///         off-chain content is the art the job produced, addressed by the CID the enclave signed.
///
///         Money: of each mint price, the oracle's fee pays the job (escrowed by the router; the
///         program's author fee goes to the artist's program earnings, the rest to the enclave that
///         signs the result) and the rest is the artist's once the token is minted. The oracle's fee
///         is the router's `quoteFee` in the mint's block (it follows the base fee, and author or
///         owner fee raises reach it only after the router's notice period), refused above
///         `maxJobFee`; the artist sets the price and that cap (`setPricing`), so a higher floor never
///         bricks minting, and a minter always pays exactly the price it sent. In the demo the art
///         program is restricted to this contract: nobody can run it directly through the router.
///         When the job fails (the program errs, or the result is not a CID), the token is marked
///         failed, the enclave keeps the fee it earned for the signed failure, and the minter gets the
///         rest back. When no result comes before the job's deadline, anyone can `reclaim` the
///         token: this contract (the job's requester, the only account the router lets cancel it)
///         cancels the job, the router refunds the whole fee and the minter gets the whole price back.
///         Payments are pulled with `withdraw`.
contract ArtMinter is ERC721, TeeOracleConsumer {
    using Strings for uint256;
    using Strings for address;

    /// @notice Lifecycle of a token id.
    enum TokenState {
        None,
        Pending, // job requested, art not delivered yet
        Minted, // art delivered, token minted to its minter
        Failed, // job failed: token never minted, minter refunded the price minus the job fee
        Expired // no result before the deadline: minter refunded the whole price
    }

    /// @notice What the contract knows about a token id.
    struct Token {
        TokenState state;
        uint8 status; // result status the enclave signed (meaningful once delivered)
        address minter;
        uint80 jobFee; // what the mint paid the oracle, wei
        bytes32 jobId;
        uint256 price; // what the minter paid, wei
    }

    /// @notice Gas the callback asks for: enough to store the CID and mint (about 150k used).
    uint32 public constant CALLBACK_GAS = 250_000;
    /// @notice Longest CID accepted as art (CIDv1 raw sha2-256 in base32 is 59 characters).
    uint256 public constant MAX_CID_LENGTH = 128;

    /// @notice programId of the art program (keccak256(abi.encode(artist, keccak256(name)))).
    bytes32 public immutable programId;
    /// @notice Total price of a mint, wei (the artist may change it: `setPricing`).
    uint256 public price;
    /// @notice Most a mint pays the oracle (the router's quote in the mint's block), wei.
    uint256 public maxJobFee;
    /// @notice Receives the rest of the price of every minted token.
    address public immutable artist;
    /// @notice Seconds after which an undelivered job may be reclaimed.
    uint32 public immutable ttl;

    /// @notice Next token id to reserve (ids start at 1).
    uint256 public nextTokenId = 1;
    /// @notice Token id of each job.
    mapping(bytes32 jobId => uint256 tokenId) public tokenOfJob;
    /// @notice Wei each account may withdraw (artist proceeds and minter refunds).
    mapping(address account => uint256) public credits;

    mapping(uint256 tokenId => Token) internal _tokens;
    mapping(uint256 tokenId => string) internal _artCids;

    /// @notice The value sent is not the mint price.
    error WrongPrice(uint256 sent, uint256 price);
    /// @notice The job fee cap is larger than the price.
    error BadPricing(uint256 price, uint256 jobFee);
    /// @notice The router's quote for the job is above the artist's cap: the artist raises the cap
    ///         (and perhaps the price), or minting waits for cheaper gas.
    error JobFeeAboveCap(uint256 quote, uint256 maxJobFee);
    /// @notice Only the artist may set the pricing.
    error NotArtist(address caller);
    /// @notice The token is not waiting for its art.
    error NotPending(uint256 tokenId);
    /// @notice The account has nothing to withdraw.
    error NothingToWithdraw(address account);
    /// @notice Sending ether failed.
    error TransferFailed(address to, uint256 amount);
    /// @notice Only the router may send ether to this contract (refunds of expired jobs).
    error UnexpectedEther(address from);
    /// @notice `mintSealed` was given an input that is not an encrypted v2 envelope.
    error NotSealed();

    /// @notice Emitted when a mint is paid for and its job requested.
    event MintRequested(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId);
    /// @notice Emitted when the art arrives and the token is minted.
    event ArtDelivered(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, string cid);
    /// @notice Emitted when the job failed; `status` is the signed status (see ITeeOracleConsumer).
    event MintFailed(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, uint8 status);
    /// @notice Emitted when the artist sets the price and the cap on the oracle's fee.
    event PricingSet(uint256 price, uint256 maxJobFee);
    /// @notice Emitted when an undelivered job is reclaimed after its deadline.
    event MintExpired(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId);

    /// @param router_ The JobRouter.
    /// @param programId_ programId of the art program.
    /// @param price_ Mint price, wei.
    /// @param jobFee_ Most a mint pays the oracle, wei (at most the price).
    /// @param artist_ Receives price - jobFee per minted token.
    /// @param ttl_ Job ttl, seconds (within the router's bounds).
    constructor(address router_, bytes32 programId_, uint256 price_, uint256 jobFee_, address artist_, uint32 ttl_)
        ERC721("TEE Oracle Art", "TEEART")
        TeeOracleConsumer(router_)
    {
        if (jobFee_ > price_ || jobFee_ > type(uint80).max) revert BadPricing(price_, jobFee_);
        programId = programId_;
        price = price_;
        maxJobFee = jobFee_;
        artist = artist_;
        ttl = ttl_;
        emit PricingSet(price_, jobFee_);
    }

    /// @notice Sets the mint price and the cap on the oracle's fee per mint (artist only). A mint
    ///         sent with the old price then reverts (`WrongPrice`): nobody pays what they did not send.
    /// @param price_ Mint price, wei.
    /// @param maxJobFee_ Most a mint pays the oracle, wei (at most the price).
    function setPricing(uint256 price_, uint256 maxJobFee_) external {
        if (msg.sender != artist) revert NotArtist(msg.sender);
        if (maxJobFee_ > price_ || maxJobFee_ > type(uint80).max) revert BadPricing(price_, maxJobFee_);
        price = price_;
        maxJobFee = maxJobFee_;
        emit PricingSet(price_, maxJobFee_);
    }

    /// @notice What a mint in this block pays the oracle: the router's quote for the art job.
    /// @return The fee, wei.
    function jobFee() public view returns (uint256) {
        return _quoteFee(programId, CALLBACK_GAS);
    }

    /// @notice Pays for a token: reserves the next id and asks the enclave for its art. The token is
    ///         minted to the caller when the art arrives (`ArtDelivered`).
    /// @return tokenId The reserved token id.
    /// @return jobId The oracle job making its art.
    function mint() external payable returns (uint256 tokenId, bytes32 jobId) {
        tokenId = nextTokenId++;
        // The minter is the job's user (bound into encrypted inputs); the art program's current
        // version runs, so the artist's upgrades reach the collection without a redeployment.
        jobId = _requestArt(tokenId, jobInput(tokenId, msg.sender, seedOf(tokenId)));
    }

    /// @notice Pays for a token like `mint`, with the job input sealed by the caller: a v2 input
    ///         envelope whose payload is HPKE-encrypted to the oracle's fleet key (header 0x21, or
    ///         0x23 with an output key; see docs/formats.md), bound to this chain, the router, this
    ///         contract as requester, the caller as user and the art program. Nobody but an attested
    ///         enclave reads it, and a copy of it in anyone else's mint fails (another user).
    /// @dev The payload is the art program's JSON ({"tokenId":N,"seed":"0x..","owner":"0x.."}); the
    ///      contract cannot read it, so a caller who lies in it only gets art made for other values.
    ///      Nor can a caller copy a minted token's art: the inputs of `mint` are public, but the art
    ///      program mixes the job's own randomness (derived in the enclave from this job's id and
    ///      commitment) into every image, so a sealed copy of token #1's JSON makes new art.
    /// @param input The sealed input envelope.
    /// @return tokenId The reserved token id.
    /// @return jobId The oracle job making its art.
    function mintSealed(bytes calldata input) external payable returns (uint256 tokenId, bytes32 jobId) {
        if (input.length < 2 || (input[0] != 0x21 && input[0] != 0x23)) revert NotSealed();
        tokenId = nextTokenId++;
        jobId = _requestArt(tokenId, input);
    }

    /// @dev Takes the price, pays the oracle its quote (at most `maxJobFee`) and requests the job.
    function _requestArt(uint256 tokenId, bytes memory input) private returns (bytes32 jobId) {
        uint256 p = price;
        if (msg.value != p) revert WrongPrice(msg.value, p);
        uint256 fee = _quoteFee(programId, CALLBACK_GAS);
        if (fee > maxJobFee) revert JobFeeAboveCap(fee, maxJobFee);
        jobId = _requestCurrent(programId, msg.sender, input, CALLBACK_GAS, ttl, fee);
        tokenOfJob[jobId] = tokenId;
        _tokens[tokenId] = Token({
            state: TokenState.Pending, status: 0, minter: msg.sender, jobFee: uint80(fee), jobId: jobId, price: p
        });
        emit MintRequested(tokenId, msg.sender, jobId);
    }

    /// @notice The seed the art program gets for a token minted now. The program's secret salt makes
    ///         its output unpredictable anyway; the seed only ties each token to its mint block.
    /// @param tokenId The token id.
    /// @return The seed.
    function seedOf(uint256 tokenId) public view returns (bytes32) {
        return keccak256(abi.encode(blockhash(block.number - 1), address(this), tokenId));
    }

    /// @notice The job input for a token: a plaintext v2 input envelope (header 0x20, see
    ///         docs/formats.md) around the art program's JSON. Nothing in it is secret.
    /// @param tokenId The token id.
    /// @param owner The minter.
    /// @param seed The seed.
    /// @return The input bytes of requestJob.
    function jobInput(uint256 tokenId, address owner, bytes32 seed) public pure returns (bytes memory) {
        return abi.encodePacked(
            bytes1(0x20),
            '{"tokenId":',
            tokenId.toString(),
            ',"seed":"',
            uint256(seed).toHexString(32),
            '","owner":"',
            owner.toHexString(),
            '"}'
        );
    }

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        uint256 tokenId = tokenOfJob[jobId];
        Token storage t = _tokens[tokenId];
        if (t.state != TokenState.Pending) return; // not ours (the router delivers each job once)
        address minter = t.minter;
        t.status = status;
        if (status == STATUS_OK_CID && _isCid(output)) {
            t.state = TokenState.Minted;
            string memory cid = string(output);
            _artCids[tokenId] = cid;
            credits[artist] += t.price - t.jobFee;
            _mint(minter, tokenId); // not _safeMint: a receiver hook could make the callback fail
            emit ArtDelivered(tokenId, minter, jobId, cid);
        } else {
            // A program error, or an inline result (status OK from a worker whose calldata threshold
            // was raised above the art's size): there is no art to point at.
            t.state = TokenState.Failed;
            credits[minter] += t.price - t.jobFee;
            emit MintFailed(tokenId, minter, jobId, status);
        }
    }

    /// @notice After the job's deadline, cancels an undelivered job and refunds the whole price to
    ///         the minter. Anyone may call it; only this contract can cancel its jobs at the router, so
    ///         nobody can cancel behind its back and leave the token pending for good.
    /// @param tokenId The token id.
    /// @param request The job's request fields, as in the router's `JobRequested` event.
    function reclaim(uint256 tokenId, IJobRouter.Request calldata request) external {
        Token storage t = _tokens[tokenId];
        if (t.state != TokenState.Pending) revert NotPending(tokenId);
        t.state = TokenState.Expired;
        address minter = t.minter;
        credits[minter] += t.price;
        emit MintExpired(tokenId, minter, t.jobId);
        _cancelJob(t.jobId, request); // reverts unless the job is expired and the request matches
        if (IEscrow(address(router)).balanceOf(address(this)) != 0) _withdrawRefunds(payable(address(this)));
    }

    /// @notice Sends the caller's credits (refunds, artist proceeds) to it.
    /// @return amount The amount sent, wei.
    function withdraw() external returns (uint256 amount) {
        amount = credits[msg.sender];
        if (amount == 0) revert NothingToWithdraw(msg.sender);
        credits[msg.sender] = 0;
        (bool ok,) = payable(msg.sender).call{value: amount}("");
        if (!ok) revert TransferFailed(msg.sender, amount);
    }

    /// @notice Accepts the router's refunds of expired jobs.
    receive() external payable {
        if (msg.sender != address(router)) revert UnexpectedEther(msg.sender);
    }

    // ------------------------------------------------------------------ views

    /// @notice State, signed status, minter and job of a token id.
    /// @param tokenId The token id.
    /// @return The token record.
    function tokenInfo(uint256 tokenId) external view returns (Token memory) {
        return _tokens[tokenId];
    }

    /// @notice IPFS CID of a minted token's art ("" before delivery).
    /// @param tokenId The token id.
    /// @return The CID.
    function artCid(uint256 tokenId) external view returns (string memory) {
        return _artCids[tokenId];
    }

    /// @notice `ipfs://<cid>` of a minted token's art.
    /// @param tokenId The token id.
    /// @return The URI.
    function artURI(uint256 tokenId) public view returns (string memory) {
        _requireOwned(tokenId);
        return string.concat("ipfs://", _artCids[tokenId]);
    }

    /// @notice ERC-721 metadata, built on-chain: a base64 JSON data URI whose image is the art on IPFS.
    /// @param tokenId The token id.
    /// @return The metadata URI.
    function tokenURI(uint256 tokenId) public view override returns (string memory) {
        string memory image = artURI(tokenId); // reverts for tokens not minted
        Token storage t = _tokens[tokenId];
        bytes memory json = abi.encodePacked(
            '{"name":"TEE Oracle Art #',
            tokenId.toString(),
            '","description":"Generative art by a secret program run inside an SGX enclave.","image":"',
            image,
            '","attributes":[{"trait_type":"job","value":"',
            uint256(t.jobId).toHexString(32),
            '"},{"trait_type":"program","value":"',
            uint256(programId).toHexString(32),
            '"}]}'
        );
        return string.concat("data:application/json;base64,", Base64.encode(json));
    }

    /// @dev A CID as the enclave writes it: non-empty, short, lower-case base32 ([a-z2-7]), so it can
    ///      go into JSON and URIs unescaped.
    function _isCid(bytes calldata s) internal pure returns (bool) {
        if (s.length == 0 || s.length > MAX_CID_LENGTH) return false;
        for (uint256 i = 0; i < s.length; ++i) {
            bytes1 c = s[i];
            if (!((c >= "a" && c <= "z") || (c >= "2" && c <= "7"))) return false;
        }
        return true;
    }
}
