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

    function setUp() public {
        reg = new ProgramRegistry();
    }

    function test_registerAndPublish_succeeds() public {
        vm.expectEmit(address(reg));
        emit ProgramPublished(ID, enclave, "bafkcid");
        vm.prank(artist);
        reg.registerAndPublish(ID, enclave, "bafkcid");
        (address author, bool enabled) = reg.programs(ID);
        assertEq(author, artist);
        assertTrue(enabled);
        assertEq(reg.cidFor(ID, enclave), "bafkcid");
    }

    function test_registerProgram_zero_reverts() public {
        vm.expectRevert(ProgramRegistry.ZeroProgramId.selector);
        reg.registerProgram(bytes32(0));
    }

    function test_registerProgram_taken_reverts() public {
        vm.prank(artist);
        reg.registerProgram(ID);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, artist));
        reg.registerProgram(ID);
    }

    function test_publish_notAuthor_reverts() public {
        vm.prank(artist);
        reg.registerProgram(ID);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, artist));
        reg.publish(ID, enclave, "evil");
    }

    function test_publish_unknown_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.UnknownProgram.selector, ID));
        reg.publish(ID, enclave, "cid");
    }

    function test_publish_badCid_reverts() public {
        vm.startPrank(artist);
        reg.registerProgram(ID);
        vm.expectRevert(ProgramRegistry.BadCid.selector);
        reg.publish(ID, enclave, "");
        vm.expectRevert(ProgramRegistry.BadCid.selector);
        reg.publish(ID, enclave, string(new bytes(129)));
        vm.stopPrank();
    }

    function test_setEnabled_succeeds() public {
        vm.startPrank(artist);
        reg.registerProgram(ID);
        reg.setEnabled(ID, false);
        vm.stopPrank();
        (, bool enabled) = reg.programs(ID);
        assertFalse(enabled);
        vm.prank(other);
        vm.expectRevert(abi.encodeWithSelector(ProgramRegistry.NotProgramAuthor.selector, ID, artist));
        reg.setEnabled(ID, true);
    }

    function test_transferProgram_succeeds() public {
        vm.startPrank(artist);
        reg.registerProgram(ID);
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
