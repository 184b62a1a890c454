// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouterFull} from "../../src/interfaces/IJobRouterFull.sol";
import {Vm} from "forge-std/Vm.sol";
import {IERC721Errors} from "@openzeppelin/contracts/interfaces/draft-IERC6093.sol";
import {Base64} from "@openzeppelin/contracts/utils/Base64.sol";
import {Strings} from "@openzeppelin/contracts/utils/Strings.sol";

import {RouterFixture} from "../Base.t.sol";
import {JobRouter} from "../../src/JobRouter.sol";
import {IJobRouter} from "../../src/interfaces/IJobRouter.sol";
import {IProgramRegistry} from "../../src/interfaces/IProgramRegistry.sol";
import {TeeOracleConsumer} from "../../src/TeeOracleConsumer.sol";
import {ArtMinter} from "../../src/examples/ArtMinter.sol";

/// A minter that is a contract without onERC721Received (must still get its token).
contract ContractMinter {
    function mint(ArtMinter m) external payable returns (uint256 tokenId, bytes32 jobId) {
        return m.mint{value: msg.value}();
    }
}

contract ArtMinterTest is RouterFixture {
    using Strings for uint256;

    ArtMinter internal minter;
    address internal artist = makeAddr("artist");
    address internal alice = makeAddr("alice");

    bytes32 internal ART;
    uint96 internal constant AUTHOR_FEE = 0.0004 ether;
    uint256 internal constant PRICE = 0.01 ether;
    uint256 internal constant FEE = 0.001 ether;
    uint32 internal constant TTL = 1 hours;
    // A CIDv1 raw sha2-256 in base32, as the enclave writes it.
    bytes internal constant CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

    event MintRequested(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId);
    event ArtDelivered(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, string cid);
    event MintFailed(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId, uint8 status);
    event MintExpired(uint256 indexed tokenId, address indexed minter, bytes32 indexed jobId);
    event JobFulfilled(bytes32 indexed jobId, address indexed enclave, uint8 status, bool callbackOk);
    event Transfer(address indexed from, address indexed to, uint256 indexed tokenId);

    function setUp() public override {
        super.setUp();
        // The artist's program: restricted to the minter, with an author fee per job.
        vm.startPrank(artist);
        ART = router.createProgram("art", AUTHOR_FEE, true);
        router.publishVersion("art", keccak256("art.wasm"), "bafy-art");
        minter = new ArtMinter(address(router), ART, PRICE, FEE, artist, TTL);
        router.setAllowed("art", address(minter), true);
        vm.stopPrank();
        vm.deal(alice, 10 ether);
        vm.roll(100);
        // the router's floor for the art job: 0.0006 ether flat + the author fee = FEE exactly
        _setFees(600_000, 0);
        assertEq(minter.jobFee(), FEE);
    }

    /// Mints from `who` and returns the token, job and the request fields the router committed to.
    function _mint(address who) internal returns (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) {
        bytes memory input = minter.jobInput(minter.nextTokenId(), who, minter.seedOf(minter.nextTokenId()));
        vm.prank(who);
        (tokenId, jobId) = minter.mint{value: PRICE}();
        q = _req(address(minter), who, ART, 0, input, minter.CALLBACK_GAS(), FEE, TTL);
    }

    function _deliver(bytes32 jobId, IJobRouter.Request memory q, uint8 status, bytes memory out) internal {
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, status, out);
        vm.prank(relayer);
        router.fulfill{gas: 1_000_000}(f);
    }

    // ------------------------------------------------------------ pricing (issue 18, finding 3)

    /// The oracle's fee follows the router's quote (here the base fee rises): the mint pays the
    /// quote, the artist gets the rest of the price.
    function test_mint_paysQuoteInItsBlock_succeeds() public {
        _setFees(IJobRouter.Fees(300_000, 0, 100, 0)); // 0.0003 ether + 250k gas x the base fee
        vm.fee(1 gwei);
        uint256 quote = minter.jobFee();
        assertEq(quote, AUTHOR_FEE + 0.0003 ether + 250_000 gwei);
        vm.prank(alice);
        (uint256 tokenId, bytes32 jobId) = minter.mint{value: PRICE}();
        assertEq(minter.tokenInfo(tokenId).jobFee, quote);
        bytes memory input = minter.jobInput(tokenId, alice, minter.seedOf(tokenId));
        IJobRouter.Request memory q = _req(address(minter), alice, ART, 0, input, minter.CALLBACK_GAS(), quote, TTL);
        _deliver(jobId, q, 1, CID);
        assertEq(minter.credits(artist), PRICE - quote);
    }

    /// The router's floor rises above the cap (an owner fee raise, after its notice): minting is
    /// refused by name, not bricked: the artist raises the cap and minting goes on.
    function test_mint_floorAboveCap_artistRaisesCap_succeeds() public {
        _setFees(2_000_000, 0); // 0.002 ether flat: the quote is 0.0024 ether > the 0.001 cap
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.JobFeeAboveCap.selector, 0.0024 ether, FEE));
        minter.mint{value: PRICE}();
        vm.prank(artist);
        vm.expectEmit(address(minter));
        emit ArtMinter.PricingSet(PRICE, 0.003 ether);
        minter.setPricing(PRICE, 0.003 ether);
        vm.prank(alice);
        (uint256 tokenId,) = minter.mint{value: PRICE}();
        assertEq(minter.tokenInfo(tokenId).jobFee, 0.0024 ether);
    }

    function test_setPricing_notArtist_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.NotArtist.selector, alice));
        minter.setPricing(1 ether, 0.5 ether);
        vm.prank(artist);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.BadPricing.selector, 1 ether, 2 ether));
        minter.setPricing(1 ether, 2 ether);
    }

    /// The artist raises the price in front of a mint: the mint reverts, nobody pays more than sent.
    function test_mint_priceRaisedInFront_reverts() public {
        vm.prank(artist);
        minter.setPricing(2 * PRICE, FEE);
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.WrongPrice.selector, PRICE, 2 * PRICE));
        minter.mint{value: PRICE}();
        assertEq(alice.balance, 10 ether);
    }

    /// A token pending under the old price is refunded and paid out at the price it paid.
    function test_setPricing_pendingTokenKeepsItsPrice_succeeds() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.prank(artist);
        minter.setPricing(5 * PRICE, FEE);
        _deliver(jobId, q, 1, CID);
        assertEq(minter.credits(artist), PRICE - FEE);
        assertEq(minter.ownerOf(tokenId), alice);
    }

    // ------------------------------------------------------------ constructor

    function test_constructor_feeAbovePrice_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.BadPricing.selector, 1, 2));
        new ArtMinter(address(router), ART, 1, 2, artist, TTL);
    }

    // ------------------------------------------------------------ mint

    function test_mint_requestsJob_succeeds() public {
        vm.recordLogs();
        bytes32 expectedJob = router.jobIdOf(0);
        vm.expectEmit(address(minter));
        emit MintRequested(1, alice, expectedJob);
        (uint256 tokenId, bytes32 jobId,) = _mint(alice);
        assertEq(tokenId, 1);
        assertEq(jobId, expectedJob);
        assertEq(minter.nextTokenId(), 2);
        assertEq(minter.tokenOfJob(jobId), 1);
        ArtMinter.Token memory t = minter.tokenInfo(1);
        assertEq(uint8(t.state), uint8(ArtMinter.TokenState.Pending));
        assertEq(t.minter, alice);
        assertEq(t.jobId, jobId);
        assertEq(address(minter).balance, PRICE - FEE, "sale part stays, fee goes to the router");
        assertEq(address(router).balance, FEE);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 1));
        minter.ownerOf(1);

        // The router's event carries exactly the envelope the art program expects.
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes memory input;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter == address(router) && logs[i].topics[0] == IJobRouter.JobRequested.selector) {
                (,,, input,,,,) =
                    abi.decode(logs[i].data, (address, uint32, uint32, bytes, uint32, uint96, uint96, uint40));
            }
        }
        bytes32 seed = keccak256(abi.encode(blockhash(block.number - 1), address(minter), uint256(1)));
        string memory want = string.concat(
            '{"tokenId":1,"seed":"', uint256(seed).toHexString(32), '","owner":"', Strings.toHexString(alice), '"}'
        );
        assertEq(input, abi.encodePacked(bytes1(0x20), want));
    }

    function test_mintSealed_requestsJobWithTheSealedInput_succeeds() public {
        bytes memory sealedInput = abi.encodePacked(bytes1(0x21), bytes2(0x0020), hex"00112233445566778899");
        bytes32 expectedJob = router.jobIdOf(0);
        vm.recordLogs();
        vm.prank(alice);
        (uint256 tokenId, bytes32 jobId) = minter.mintSealed{value: PRICE}(sealedInput);
        assertEq(tokenId, 1);
        assertEq(jobId, expectedJob);
        assertEq(minter.tokenOfJob(jobId), 1);
        assertEq(minter.tokenInfo(1).minter, alice);
        Vm.Log[] memory logs = vm.getRecordedLogs();
        bytes memory input;
        address user_;
        for (uint256 i = 0; i < logs.length; i++) {
            if (logs[i].emitter == address(router) && logs[i].topics[0] == IJobRouter.JobRequested.selector) {
                (user_,,, input,,,,) =
                    abi.decode(logs[i].data, (address, uint32, uint32, bytes, uint32, uint96, uint96, uint40));
            }
        }
        assertEq(input, sealedInput, "the router carries the caller's envelope unchanged");
        assertEq(user_, alice, "the caller is the job's user, so a copied envelope fails in anyone else's mint");
    }

    function test_mintSealed_plaintextInput_reverts() public {
        bytes memory plain = minter.jobInput(1, alice, bytes32(0));
        vm.prank(alice);
        vm.expectRevert(ArtMinter.NotSealed.selector);
        minter.mintSealed{value: PRICE}(plain);
        vm.prank(alice);
        vm.expectRevert(ArtMinter.NotSealed.selector);
        minter.mintSealed{value: PRICE}(hex"21");
    }

    function test_mintSealed_wrongPrice_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.WrongPrice.selector, PRICE + 1, PRICE));
        minter.mintSealed{value: PRICE + 1}(hex"2100");
    }

    function test_mint_wrongPrice_reverts() public {
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.WrongPrice.selector, PRICE - 1, PRICE));
        minter.mint{value: PRICE - 1}();
    }

    function test_mint_idsIncrease_succeeds() public {
        (uint256 a, bytes32 ja,) = _mint(alice);
        (uint256 b, bytes32 jb,) = _mint(user);
        assertEq(a, 1);
        assertEq(b, 2);
        assertTrue(ja != jb);
        assertTrue(minter.seedOf(1) != minter.seedOf(2));
    }

    function testFuzz_jobInput_isTheArtProgramsJson(uint256 tokenId, address owner, bytes32 seed) public view {
        bytes memory input = minter.jobInput(tokenId, owner, seed);
        assertEq(uint8(input[0]), 0x20, "plaintext envelope v2");
        bytes memory json = new bytes(input.length - 1);
        for (uint256 i = 1; i < input.length; i++) {
            json[i - 1] = input[i];
        }
        string memory s = string(json);
        assertEq(vm.parseJsonUint(s, ".tokenId"), tokenId);
        assertEq(vm.parseJsonBytes32(s, ".seed"), seed);
        assertEq(vm.parseJsonAddress(s, ".owner"), owner);
    }

    // ------------------------------------------------------------ callback

    function test_onJobResult_cid_mintsToken_succeeds() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.expectEmit(address(minter));
        emit Transfer(address(0), alice, tokenId);
        vm.expectEmit(address(minter));
        emit ArtDelivered(tokenId, alice, jobId, string(CID));
        vm.expectEmit(address(router));
        emit JobFulfilled(jobId, enclaveSigner, 1, true);
        _deliver(jobId, q, 1, CID);

        assertEq(minter.ownerOf(tokenId), alice);
        assertEq(minter.balanceOf(alice), 1);
        assertEq(minter.artCid(tokenId), string(CID));
        assertEq(minter.artURI(tokenId), string.concat("ipfs://", string(CID)));
        ArtMinter.Token memory t = minter.tokenInfo(tokenId);
        assertEq(uint8(t.state), uint8(ArtMinter.TokenState.Minted));
        assertEq(t.status, 1);
        assertEq(minter.credits(artist), PRICE - FEE);
        assertEq(minter.credits(alice), 0);
        assertEq(_enclaveFees(enclaveSigner), FEE - AUTHOR_FEE);
        assertEq(_earnings(ART), AUTHOR_FEE, "the artist's author fee");

        string memory json = string.concat(
            '{"name":"TEE Oracle Art #1","description":"Generative art by a secret program run inside an SGX enclave.",',
            '"image":"ipfs://',
            string(CID),
            '","attributes":[{"trait_type":"job","value":"',
            uint256(jobId).toHexString(32),
            '"},{"trait_type":"program","value":"',
            uint256(ART).toHexString(32),
            '"}]}'
        );
        assertEq(minter.tokenURI(tokenId), string.concat("data:application/json;base64,", Base64.encode(bytes(json))));
        assertEq(vm.parseJsonString(json, ".image"), string.concat("ipfs://", string(CID)));

        // The token is a normal ERC-721 from now on.
        vm.prank(alice);
        minter.transferFrom(alice, user, tokenId);
        assertEq(minter.ownerOf(tokenId), user);
    }

    function test_onJobResult_contractMinterWithoutReceiver_succeeds() public {
        ContractMinter c = new ContractMinter();
        vm.deal(address(this), PRICE);
        bytes memory input = minter.jobInput(1, address(c), minter.seedOf(1));
        (uint256 tokenId, bytes32 jobId) = c.mint{value: PRICE}(minter);
        IJobRouter.Request memory q = _req(address(minter), address(c), ART, 0, input, minter.CALLBACK_GAS(), FEE, TTL);
        _deliver(jobId, q, 1, CID);
        assertEq(minter.ownerOf(tokenId), address(c));
    }

    function test_onJobResult_callbackGas_succeeds() public {
        (, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        // The router gives the callback exactly CALLBACK_GAS; minting with the longest CID accepted
        // must fit, or the job would settle without a token.
        bytes memory longCid = new bytes(minter.MAX_CID_LENGTH());
        for (uint256 i = 0; i < longCid.length; i++) {
            longCid[i] = "z";
        }
        vm.expectEmit(address(router));
        emit JobFulfilled(jobId, enclaveSigner, 1, true);
        _deliver(jobId, q, 1, longCid);
        assertEq(minter.ownerOf(1), alice);
    }

    function test_onJobResult_programError_refunds_succeeds() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.expectEmit(address(minter));
        emit MintFailed(tokenId, alice, jobId, 2);
        _deliver(jobId, q, 2, "");
        ArtMinter.Token memory t = minter.tokenInfo(tokenId);
        assertEq(uint8(t.state), uint8(ArtMinter.TokenState.Failed));
        assertEq(t.status, 2);
        assertEq(minter.credits(alice), PRICE - FEE);
        assertEq(minter.credits(artist), 0);
        assertEq(_enclaveFees(enclaveSigner), FEE - AUTHOR_FEE, "the enclave earned the fee for a signed failure");
        assertEq(_earnings(ART), AUTHOR_FEE);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, tokenId));
        minter.tokenURI(tokenId);

        uint256 before = alice.balance;
        vm.prank(alice);
        assertEq(minter.withdraw(), PRICE - FEE);
        assertEq(alice.balance, before + PRICE - FEE);
        assertEq(address(minter).balance, 0);
    }

    function test_onJobResult_inlineOutput_fails() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.expectEmit(address(minter));
        emit MintFailed(tokenId, alice, jobId, 0);
        _deliver(jobId, q, 0, "<svg/>");
        assertEq(uint8(minter.tokenInfo(tokenId).state), uint8(ArtMinter.TokenState.Failed));
    }

    function test_onJobResult_malformedCid_fails() public {
        bytes[4] memory bad = [bytes(""), bytes('bafy", "x'), bytes("BAFKREI"), new bytes(129)];
        for (uint256 i = 0; i < bad.length; i++) {
            (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
            _deliver(jobId, q, 1, bad[i]);
            assertEq(uint8(minter.tokenInfo(tokenId).state), uint8(ArtMinter.TokenState.Failed));
        }
        assertEq(minter.credits(alice), 4 * (PRICE - FEE));
    }

    function test_onJobResult_notRouter_reverts() public {
        (, bytes32 jobId,) = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(TeeOracleConsumer.OnlyRouter.selector, alice));
        vm.prank(alice);
        minter.onJobResult(jobId, 1, CID);
    }

    function test_onJobResult_unknownJob_ignored_succeeds() public {
        vm.prank(address(router));
        minter.onJobResult(keccak256("other"), 1, CID);
        assertEq(uint8(minter.tokenInfo(0).state), uint8(ArtMinter.TokenState.None));
    }

    // ------------------------------------------------------------ reclaim

    function test_reclaim_afterDeadline_refundsWholePrice_succeeds() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.warp(q.deadline + 1);
        vm.expectEmit(address(minter));
        emit MintExpired(tokenId, alice, jobId);
        vm.prank(user); // anyone
        minter.reclaim(tokenId, q);
        assertEq(uint8(minter.tokenInfo(tokenId).state), uint8(ArtMinter.TokenState.Expired));
        assertEq(minter.credits(alice), PRICE);
        assertEq(address(minter).balance, PRICE);
        assertEq(router.balanceOf(address(minter)), 0);
        vm.prank(alice);
        assertEq(minter.withdraw(), PRICE);

        // A late result can no longer settle the job.
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 1, CID);
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.UnknownJob)
        );
        router.fulfill{gas: 1_000_000}(f);
    }

    // Audit finding 3, the old attack: a stranger cancelled the minter's expired job at the router
    // first (about 30k gas), after which every reclaim reverted with UnknownJob and the minter's
    // money was stuck. The router now refuses the stranger's cancel, and reclaim still works.
    function test_reclaim_strangerCancelledFirst_reverts() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.warp(q.deadline + 1);
        address stranger = makeAddr("stranger");
        vm.prank(stranger);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotRequester.selector, jobId, stranger));
        router.cancel(jobId, q);
        vm.prank(stranger); // reclaim stays open to anyone: the minter is refunded either way
        minter.reclaim(tokenId, q);
        assertEq(minter.credits(alice), PRICE);
        assertEq(uint8(minter.tokenInfo(tokenId).state), uint8(ArtMinter.TokenState.Expired));
    }

    // Issue 12's attack: requesting the art program directly for 0.001 ether instead of minting at
    // 0.01 ether. The program is restricted to the minter: refused on-chain.
    function test_requestJob_directArtRequest_reverts() public {
        bytes memory input = minter.jobInput(777, alice, bytes32(uint256(777)));
        vm.prank(alice);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.RequesterNotAllowed.selector, ART, alice));
        router.requestJob{value: 0.001 ether}(ART, 0, alice, input, 0, TTL);
    }

    function test_reclaim_zeroFee_succeeds() public {
        vm.startPrank(artist);
        bytes32 freeArt = router.createProgram("free art", 0, false);
        router.publishVersion("free art", keccak256("free.wasm"), "bafy-free");
        vm.stopPrank();
        _setFees(0, 0);
        ArtMinter free = new ArtMinter(address(router), freeArt, 0, 0, artist, TTL);
        bytes memory input = free.jobInput(1, alice, free.seedOf(1));
        vm.prank(alice);
        (uint256 tokenId, bytes32 jobId) = free.mint();
        IJobRouter.Request memory q = _req(address(free), alice, freeArt, 0, input, free.CALLBACK_GAS(), 0, TTL);
        vm.warp(q.deadline + 1);
        free.reclaim(tokenId, q);
        assertEq(uint8(free.tokenInfo(tokenId).state), uint8(ArtMinter.TokenState.Expired));
        assertEq(jobId, router.jobIdOf(0));
    }

    function test_reclaim_beforeDeadline_reverts() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.NotExpired.selector, jobId, q.deadline));
        minter.reclaim(tokenId, q);
    }

    function test_reclaim_wrongRequest_reverts() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        vm.warp(q.deadline + 1);
        q.fee = 0;
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.UnknownJob.selector, jobId));
        minter.reclaim(tokenId, q);
    }

    function test_reclaim_delivered_reverts() public {
        (uint256 tokenId, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
        _deliver(jobId, q, 1, CID);
        vm.warp(q.deadline + 1);
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.NotPending.selector, tokenId));
        minter.reclaim(tokenId, q);
    }

    // ------------------------------------------------------------ payments

    function test_withdraw_artistProceeds_succeeds() public {
        for (uint256 i = 0; i < 3; i++) {
            (, bytes32 jobId, IJobRouter.Request memory q) = _mint(alice);
            _deliver(jobId, q, 1, CID);
        }
        assertEq(minter.balanceOf(alice), 3);
        vm.prank(artist);
        assertEq(minter.withdraw(), 3 * (PRICE - FEE));
        assertEq(artist.balance, 3 * (PRICE - FEE));
        assertEq(address(minter).balance, 0);
    }

    function test_withdraw_nothing_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ArtMinter.NothingToWithdraw.selector, alice));
        vm.prank(alice);
        minter.withdraw();
    }

    function test_receive_notRouter_reverts() public {
        vm.prank(alice);
        (bool ok, bytes memory ret) = address(minter).call{value: 1}("");
        assertFalse(ok);
        assertEq(ret, abi.encodeWithSelector(ArtMinter.UnexpectedEther.selector, alice));
    }

    function test_tokenURI_pending_reverts() public {
        _mint(alice);
        vm.expectRevert(abi.encodeWithSelector(IERC721Errors.ERC721NonexistentToken.selector, 1));
        minter.tokenURI(1);
    }
}
