// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {Test} from "forge-std/Test.sol";
import {ProgramRegistry} from "../src/ProgramRegistry.sol";

contract ProgramRegistryTest is Test {
    ProgramRegistry internal reg;
    address internal artist = makeAddr("artist");
    address internal other = makeAddr("other");
    address internal enclave = makeAddr("enclave");
    bytes32 internal constant ID = keccak256("module");

    event ProgramPublished(bytes32 indexed programId, address indexed enclave, string cid);

    bytes32 internal constant SALT = keccak256("salt");

    function setUp() public {
        reg = new ProgramRegistry();
    }

    /// Commits as `who` and moves to the next block.
    function _commit(address who, bytes32 id, bytes32 salt) internal {
        reg.commitProgram(reg.registrationCommitment(id, who, salt));
        vm.roll(block.number + 1);
    }

    function _register(address who, bytes32 id) internal {
        _commit(who, id, SALT);
        vm.prank(who);
        reg.registerProgram(id, SALT);
    }

    // A watcher who copies the programId from the author's registering transaction and sends its
    // own registration first (same block) is refused; the author's then succeeds.
    function test_registerProgram_frontRunner_reverts() public {
        _commit(artist, ID, SALT);
        bytes32 theirs = reg.registrationCommitment(ID, other, SALT);
        reg.commitProgram(theirs); // too late: same block as its registration attempt
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotCommitted.selector, theirs));
        reg.registerProgram(ID, SALT);
        vm.prank(artist);
        reg.registerProgram(ID, SALT);
        (address author,) = reg.programs(ID);
        assertEq(author, artist);
    }

    function test_registerProgram_sameBlockAsCommit_reverts() public {
        bytes32 c = reg.registrationCommitment(ID, artist, SALT);
        reg.commitProgram(c);
        vm.prank(artist);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotCommitted.selector, c));
        reg.registerProgram(ID, SALT);
    }

    function test_commitProgram_idempotent_keepsEarliest() public {
        bytes32 c = reg.registrationCommitment(ID, artist, SALT);
        reg.commitProgram(c);
        uint256 first = block.number;
        vm.roll(block.number + 5);
        vm.prank(other); // someone replaying the commitment cannot push it later
        reg.commitProgram(c);
        assertEq(reg.committedAt(c), first);
        vm.prank(artist);
        reg.registerProgram(ID, SALT);
        assertEq(reg.committedAt(c), 0, "a commitment is used once");
    }

    function test_registerAndPublish_succeeds() public {
        _commit(artist, ID, SALT);
        vm.expectEmit(address(reg));
        emit ProgramPublished(ID, enclave, "bafkcid");
        vm.prank(artist);
        reg.registerAndPublish(ID, SALT, enclave, "bafkcid");
        (address author, bool enabled) = reg.programs(ID);
        assertEq(author, artist);
        assertTrue(enabled);
        assertEq(reg.cidFor(ID, enclave), "bafkcid");
    }

    function test_registerProgram_zero_reverts() public {
        vm.expectRevert(ProgramRegistry.ZeroProgramId.selector);
        reg.registerProgram(bytes32(0), SALT);
    }

    function test_registerProgram_taken_reverts() public {
        _register(artist, ID);
        _commit(other, ID, SALT);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, artist));
        reg.registerProgram(ID, SALT);
    }

    function test_publish_notAuthor_reverts() public {
        _register(artist, ID);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, artist));
        reg.publish(ID, enclave, "evil");
    }

    function test_publish_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.UnknownProgram.selector, ID));
        reg.publish(ID, enclave, "cid");
    }

    function test_publish_badCid_reverts() public {
        _register(artist, ID);
        vm.startPrank(artist);
        vm.expectRevert(ProgramRegistry.BadCid.selector);
        reg.publish(ID, enclave, "");
        vm.expectRevert(ProgramRegistry.BadCid.selector);
        reg.publish(ID, enclave, string(new bytes(129)));
        vm.stopPrank();
    }

    function test_setEnabled_succeeds() public {
        _register(artist, ID);
        vm.startPrank(artist);
        reg.setEnabled(ID, false);
        vm.stopPrank();
        (, bool enabled) = reg.programs(ID);
        assertFalse(enabled);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, artist));
        reg.setEnabled(ID, true);
    }

    function test_transferProgram_succeeds() public {
        _register(artist, ID);
        vm.startPrank(artist);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, address(0)));
        reg.transferProgram(ID, address(0));
        reg.transferProgram(ID, other);
        vm.stopPrank();
        vm.prank(other);
        reg.publish(ID, enclave, "new");
        vm.prank(artist);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, other));
        reg.publish(ID, enclave, "old");
    }
}
