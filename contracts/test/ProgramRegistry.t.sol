// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {RouterFixture} from "./Base.t.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {IProgramRegistry} from "../src/interfaces/IProgramRegistry.sol";
import {RecordingConsumer} from "./mocks/Consumers.sol";

/// Programs as products: identity, versions, policy and earnings, as the router enforces them.
contract ProgramRegistryTest is RouterFixture {
    address internal squatter = makeAddr("squatter");
    RecordingConsumer internal dapp;
    RecordingConsumer internal strangerDapp;
    bytes internal constant OUT = hex"c0ffee";

    function setUp() public override {
        super.setUp();
        dapp = new RecordingConsumer(address(router));
        strangerDapp = new RecordingConsumer(address(router));
    }

    // ------------------------------------------------------------ identity

    function test_programIdOf_isAuthorAndNameHash_succeeds() public view {
        assertEq(PROGRAM, keccak256(abi.encode(author, keccak256(bytes(NAME)))));
        assertEq(router.programIdOf(author, NAME), PROGRAM);
    }

    function test_createProgram_succeeds() public {
        bytes32 id = router.programIdOf(address(this), "mine");
        vm.expectEmit(address(router));
        emit IProgramRegistry.ProgramCreated(id, address(this), keccak256("mine"), "mine");
        vm.expectEmit(address(router));
        emit IProgramRegistry.PolicySet(id, 5, true);
        assertEq(router.createProgram("mine", 5, true), id);
        IProgramRegistry.Program memory p = router.program(id);
        assertEq(p.authorFee, 5);
        assertEq(p.currentVersion, 0);
        assertEq(p.minVersion, 1);
        assertEq(p.flags, 3);
    }

    // Squatting: the same name from another account is another program; the author's own is
    // untouched and the squatter can neither publish to it nor change its policy.
    function test_createProgram_squatting_reverts() public {
        vm.startPrank(squatter);
        bytes32 theirs = router.createProgram(NAME, 0, false);
        assertTrue(theirs != PROGRAM, "the name is namespaced by author");
        router.publishVersion(NAME, keccak256("evil"), "bafy-evil");
        router.setPolicy(NAME, 1 ether, true);
        vm.stopPrank();
        IProgramRegistry.Program memory p = router.program(PROGRAM);
        assertEq(p.currentVersion, 1);
        assertEq(p.authorFee, 0);
        assertEq(p.flags, 1);
        assertEq(router.versionOf(PROGRAM, 1).codeHash, CODE_V1);
        assertEq(router.versionOf(PROGRAM, 2).codeHash, bytes32(0));
        // the author cannot be blocked: creating twice is the only refusal, and only for the author
        vm.prank(author);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.ProgramExists.selector, PROGRAM));
        router.createProgram(NAME, 0, false);
    }

    function test_createProgram_badName_reverts() public {
        vm.expectRevert(IProgramRegistry.BadName.selector);
        router.createProgram("", 0, false);
        vm.expectRevert(IProgramRegistry.BadName.selector);
        router.createProgram(string(new bytes(65)), 0, false);
    }

    function test_createProgram_feeTooHigh_reverts() public {
        uint96 fee = uint96(type(uint64).max) + 1;
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.AuthorFeeTooHigh.selector, fee));
        router.createProgram("x", fee, false);
    }

    // ------------------------------------------------------------ versions

    function test_publishVersion_succeeds() public {
        bytes32 code2 = keccak256("v2");
        vm.expectEmit(address(router));
        emit IProgramRegistry.VersionPublished(PROGRAM, 2, code2, "bafy-v2");
        vm.prank(author);
        assertEq(router.publishVersion(NAME, code2, "bafy-v2"), 2);
        assertEq(router.program(PROGRAM).currentVersion, 2);
        IProgramRegistry.Version memory v = router.versionOf(PROGRAM, 2);
        assertEq(v.codeHash, code2);
        assertEq(v.cid, "bafy-v2");
        assertEq(router.resolveVersion(PROGRAM, 0), 2);
        assertEq(router.resolveVersion(PROGRAM, 1), 1);
    }

    function test_publishVersion_notCreated_reverts() public {
        bytes32 theirs = router.programIdOf(squatter, "none");
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.UnknownProgram.selector, theirs));
        router.publishVersion("none", keccak256("c"), "bafy");
    }

    function test_publishVersion_badRecord_reverts() public {
        vm.startPrank(author);
        vm.expectRevert(IProgramRegistry.BadVersion.selector);
        router.publishVersion(NAME, bytes32(0), "bafy");
        vm.expectRevert(IProgramRegistry.BadVersion.selector);
        router.publishVersion(NAME, keccak256("c"), "");
        vm.expectRevert(IProgramRegistry.BadVersion.selector);
        router.publishVersion(NAME, keccak256("c"), string(new bytes(129)));
        vm.stopPrank();
    }

    function test_requestJob_noVersionYet_reverts() public {
        vm.prank(author);
        bytes32 id = router.createProgram("empty", 0, false);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.VersionUnavailable.selector, id, 0, 1, 0));
        router.requestJob(id, 0, user, "", 0, 600);
    }

    function test_requestJob_unpublishedVersion_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.VersionUnavailable.selector, PROGRAM, 2, 1, 1));
        router.requestJob(PROGRAM, 2, user, "", 0, 600);
    }

    // A pinned dapp keeps v1 after v2 is published; a following dapp moves to v2 without a redeploy.
    function test_requestJob_pinnedAndFollowing_succeeds() public {
        vm.prank(author);
        router.publishVersion(NAME, keccak256("v2"), "bafy-v2");
        vm.recordLogs();
        dapp.requestPinned(PROGRAM, 1, "in", 0, 600);
        dapp.request(PROGRAM, "in", 0, 600);
        IJobRouter.Request memory pinned = _req(address(dapp), address(this), PROGRAM, 1, "in", 0, 0, 600);
        IJobRouter.Request memory following = _req(address(dapp), address(this), PROGRAM, 0, "in", 0, 0, 600);
        assertEq(pinned.version, 1);
        assertEq(following.version, 2);
        assertEq(router.commitments(router.jobIdOf(0)), _commitment(pinned));
        assertEq(router.commitments(router.jobIdOf(1)), _commitment(following));
        // both settle with the version they committed to
        router.fulfill(_fulfillment(enclavePk, router.jobIdOf(0), pinned, 0, OUT));
        router.fulfill(_fulfillment(enclavePk, router.jobIdOf(1), following, 0, OUT));
        assertEq(router.commitments(router.jobIdOf(0)), bytes32(0));
        assertEq(router.commitments(router.jobIdOf(1)), bytes32(0));
    }

    // Retiring: a pinned request for a retired version is refused; a job already open still settles.
    function test_requestJob_retiredVersion_reverts() public {
        vm.startPrank(author);
        router.publishVersion(NAME, keccak256("v2"), "bafy-v2");
        vm.stopPrank();
        bytes32 openJob = dapp.requestPinned(PROGRAM, 1, "in", 0, 600);
        IJobRouter.Request memory q = _req(address(dapp), address(this), PROGRAM, 1, "in", 0, 0, 600);
        vm.expectEmit(address(router));
        emit IProgramRegistry.VersionsRetired(PROGRAM, 2);
        vm.prank(author);
        router.retireVersionsBelow(NAME, 2);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.VersionUnavailable.selector, PROGRAM, 1, 2, 2));
        dapp.requestPinned(PROGRAM, 1, "in", 0, 600);
        dapp.request(PROGRAM, "in", 0, 600); // following still works (v2)
        router.fulfill(_fulfillment(enclavePk, openJob, q, 0, OUT));
        assertEq(router.commitments(openJob), bytes32(0));
    }

    function test_retireVersionsBelow_badFloor_reverts() public {
        vm.startPrank(author);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.BadMinVersion.selector, 1));
        router.retireVersionsBelow(NAME, 1); // not a raise
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.BadMinVersion.selector, 2));
        router.retireVersionsBelow(NAME, 2); // above the current version
        vm.stopPrank();
        bytes32 theirs = router.programIdOf(squatter, NAME);
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.UnknownProgram.selector, theirs));
        router.retireVersionsBelow(NAME, 1);
    }

    // ------------------------------------------------------------ policy

    function _restrict(uint96 fee) internal {
        _setPolicy(NAME, fee, true);
        vm.startPrank(author);
        router.setAllowed(NAME, address(dapp), true);
        vm.stopPrank();
    }

    // The attack of issue 12: a stranger (account or contract) requests the restricted program
    // directly, paying less than the dapp charges. Refused on-chain.
    function test_requestJob_restrictedProgram_notAllowed_reverts() public {
        _restrict(0.001 ether);
        vm.deal(user, 1 ether);
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.RequesterNotAllowed.selector, PROGRAM, user));
        router.requestJob{value: 0.001 ether}(PROGRAM, 0, user, "tokenId 777", 0, 600);
        vm.expectRevert(
            abi.encodeWithSelector(IProgramRegistry.RequesterNotAllowed.selector, PROGRAM, address(strangerDapp))
        );
        strangerDapp.request{value: 0.001 ether}(PROGRAM, "tokenId 777", 0, 600);
        dapp.request{value: 0.001 ether}(PROGRAM, "tokenId 777", 0, 600); // the allowed dapp
    }

    function test_setAllowed_revoke_succeeds() public {
        _restrict(0);
        dapp.request(PROGRAM, "a", 0, 600);
        vm.expectEmit(address(router));
        emit IProgramRegistry.RequesterAllowed(PROGRAM, address(dapp), false);
        vm.prank(author);
        router.setAllowed(NAME, address(dapp), false);
        assertFalse(router.isAllowed(PROGRAM, address(dapp)));
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.RequesterNotAllowed.selector, PROGRAM, address(dapp)));
        dapp.request(PROGRAM, "a", 0, 600);
        // open again: everyone may request
        vm.prank(author);
        router.setPolicy(NAME, 0, false);
        strangerDapp.request(PROGRAM, "a", 0, 600);
    }

    function test_setPolicy_notAuthor_reverts() public {
        bytes32 theirs = router.programIdOf(squatter, NAME);
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.UnknownProgram.selector, theirs));
        router.setAllowed(NAME, squatter, true);
        assertFalse(router.isAllowed(PROGRAM, squatter));
    }

    // ------------------------------------------------------------ author fee

    function test_requestJob_authorFeeBelowFloor_reverts() public {
        _restrict(0.001 ether);
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.FeeBelowFloor.selector, 0.001 ether - 1, 0.001 ether));
        dapp.request{value: 0.001 ether - 1}(PROGRAM, "a", 0, 600);
    }

    // A later fee change does not touch open jobs: the request committed to its author fee.
    function test_fulfill_authorFee_split_succeeds() public {
        _restrict(0.003 ether);
        vm.deal(address(this), 1 ether);
        bytes32 id = dapp.request{value: 0.01 ether}(PROGRAM, "a", 100_000, 600);
        IJobRouter.Request memory q = _req(address(dapp), address(this), PROGRAM, 0, "a", 100_000, 0.01 ether, 600);
        assertEq(q.authorFee, 0.003 ether);
        vm.prank(author);
        router.setPolicy(NAME, 0.5 ether, true);
        router.fulfill(_fulfillment(enclavePk, id, q, 0, OUT));
        assertEq(_enclaveFees(enclaveSigner), 0.007 ether);
        assertEq(_earnings(PROGRAM), 0.003 ether);
        // the author pulls its earnings
        address wallet = makeAddr("artist wallet");
        vm.expectEmit(address(router));
        emit IProgramRegistry.EarningsWithdrawn(PROGRAM, wallet, 0.003 ether);
        vm.prank(author);
        assertEq(router.withdrawEarnings(NAME, payable(wallet)), 0.003 ether);
        assertEq(wallet.balance, 0.003 ether);
        assertEq(_earnings(PROGRAM), 0);
        vm.prank(author);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.NoEarnings.selector, PROGRAM));
        router.withdrawEarnings(NAME, payable(wallet));
    }

    // Only the author can withdraw: another account's withdraw names its own (empty) program.
    function test_withdrawEarnings_stranger_reverts() public {
        _restrict(0.003 ether);
        bytes32 id = dapp.request{value: 0.003 ether}(PROGRAM, "a", 0, 600);
        router.fulfill(
            _fulfillment(
                enclavePk, id, _req(address(dapp), address(this), PROGRAM, 0, "a", 0, 0.003 ether, 600), 0, OUT
            )
        );
        bytes32 theirs = router.programIdOf(squatter, NAME);
        vm.prank(squatter);
        vm.expectRevert(abi.encodeWithSelector(IProgramRegistry.UnknownProgram.selector, theirs));
        router.withdrawEarnings(NAME, payable(squatter));
        assertEq(_earnings(PROGRAM), 0.003 ether);
    }

    // Cancel refunds everything, the author fee included.
    function test_cancel_refundsAuthorFee_succeeds() public {
        _restrict(0.003 ether);
        bytes32 id = dapp.request{value: 0.004 ether}(PROGRAM, "a", 0, 600);
        IJobRouter.Request memory q = _req(address(dapp), address(this), PROGRAM, 0, "a", 0, 0.004 ether, 600);
        vm.warp(q.deadline + 1);
        dapp.cancelJob(id, q);
        assertEq(router.balanceOf(address(dapp)), 0.004 ether);
        assertEq(_earnings(PROGRAM), 0);
        assertEq(_enclaveFees(enclaveSigner), 0);
    }

    /// Fee splits, fuzzed: enclave + author + refunds always add up to what was escrowed.
    function testFuzz_feeSplit_addsUp(uint96 authorFee, uint96 extra, uint32 gasLimit, bool cancelIt) public {
        authorFee = uint96(bound(authorFee, 0, 10 ether));
        extra = uint96(bound(extra, 0, 10 ether));
        gasLimit = uint32(bound(gasLimit, 0, 500_000));
        _setFees(1_000, 3 gwei);
        _restrict(authorFee);
        uint256 fee = router.quoteFee(PROGRAM, gasLimit) + extra;
        assertEq(fee, uint256(authorFee) + 1_000 gwei + 3 gwei * uint256(gasLimit) + extra);
        vm.deal(address(this), fee);
        bytes32 id = dapp.request{value: fee}(PROGRAM, "a", gasLimit, 600);
        IJobRouter.Request memory q = _req(address(dapp), address(this), PROGRAM, 0, "a", gasLimit, fee, 600);
        if (cancelIt) {
            vm.warp(q.deadline + 1);
            dapp.cancelJob(id, q);
        } else {
            router.fulfill{gas: 2_000_000}(_fulfillment(enclavePk, id, q, 0, OUT));
        }
        uint256 enclaveShare = _enclaveFees(enclaveSigner);
        uint256 authorShare = _earnings(PROGRAM);
        uint256 refund = router.balanceOf(address(dapp));
        assertEq(enclaveShare + authorShare + refund, fee);
        assertEq(address(router).balance, fee);
        if (cancelIt) {
            assertEq(refund, fee);
        } else {
            assertEq(authorShare, authorFee);
            assertEq(enclaveShare, fee - authorFee);
        }
    }
}
