// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "./Base.t.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {EnclaveRegistry} from "../src/EnclaveRegistry.sol";
import {Owned2Step} from "../src/Owned2Step.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {IEscrow} from "../src/interfaces/IEscrow.sol";
import {EtherRefuser} from "./mocks/Consumers.sol";

contract EnclaveRegistryTest is RouterFixture {
    event EnclaveDeactivated(address indexed signer, bytes32 indexed measurement);
    event EnclaveRevoked(address indexed signer);

    // ------------------------------------------------------------ ownership

    function test_transferOwnership_twoStep_succeeds() public {
        address next = makeAddr("next");
        vm.prank(owner);
        router.transferOwnership(next);
        assertEq(router.owner(), owner, "not yet");
        assertEq(router.pendingOwner(), next);
        vm.prank(next);
        router.acceptOwnership();
        assertEq(router.owner(), next);
        assertEq(router.pendingOwner(), address(0));
    }

    function test_transferOwnership_notOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.transferOwnership(user);
    }

    function test_acceptOwnership_notPending_reverts() public {
        vm.prank(owner);
        router.transferOwnership(makeAddr("next"));
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.acceptOwnership();
    }

    function test_constructor_zeroOwner_reverts() public {
        vm.expectRevert(Owned2Step.ZeroAddress.selector);
        new JobRouter(address(0), false, 1, 1, 1, 1, 0, 0);
    }

    // ------------------------------------------------------------ registrars and allowlist

    function test_setRegistrar_notOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.setRegistrar(user, true);
    }

    function test_setRegistrar_removed_cannotRegister_reverts() public {
        vm.prank(owner);
        router.setRegistrar(registrar, false);
        EnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        vm.prank(registrar);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, registrar));
        router.registerEnclave(r);
    }

    function test_allowMeasurement_notOwner_reverts() public {
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.allowMrEnclave(bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.allowMrSigner(bytes32(uint256(1)), 1, 1);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.removeMeasurement(key);
        vm.stopPrank();
    }

    function test_removeMeasurement_unknown_reverts() public {
        bytes32 key = keccak256("nope");
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(EnclaveRegistry.UnknownMeasurement.selector, key));
        router.removeMeasurement(key);
    }

    // ------------------------------------------------------------ registerEnclave

    function test_registerEnclave_succeeds() public view {
        assertTrue(router.isActive(enclaveSigner));
        (EnclaveRegistry.Enclave memory e, EnclaveRegistry.EnclaveInfo memory info) = router.enclave(enclaveSigner);
        assertEq(uint8(e.state), uint8(EnclaveRegistry.EnclaveState.Active));
        assertEq(info.payee, payee);
        assertEq(info.measurement, router.mrEnclaveKey(MRENCLAVE));
        assertEq(info.encryptionKey, encKey);
        assertEq(info.evidenceDigest, keccak256(abi.encode("evidence", enclaveSigner)));
        assertEq(router.signersOf(info.measurement).length, 1);
    }

    function test_registerEnclave_notRegistrar_reverts() public {
        EnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.registerEnclave(r);
    }

    function test_registerEnclave_badFields_reverts() public {
        EnclaveRegistry.Registration memory r = _registration(address(0), payee, uint40(block.timestamp + 1 days));
        vm.startPrank(registrar);
        vm.expectRevert(Owned2Step.ZeroAddress.selector);
        router.registerEnclave(r);
        r.signer = vm.addr(7);
        r.payee = address(0);
        vm.expectRevert(Owned2Step.ZeroAddress.selector);
        router.registerEnclave(r);
        r.payee = payee;
        r.expiresAt = uint40(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(EnclaveRegistry.BadExpiry.selector, r.expiresAt));
        router.registerEnclave(r);
        r.expiresAt = uint40(block.timestamp + 1);
        r.encryptionKey = new bytes(64);
        vm.expectRevert(EnclaveRegistry.BadEncryptionKey.selector);
        router.registerEnclave(r);
        vm.stopPrank();
    }

    function test_registerEnclave_measurementNotAllowed_reverts() public {
        EnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = keccak256("other");
        vm.prank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(EnclaveRegistry.MeasurementNotAllowed.selector, r.mrEnclave, MRSIGNER, 1, 2)
        );
        router.registerEnclave(r);
    }

    function test_registerEnclave_mrSigner_svnBounds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 3);
        EnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = keccak256("upgraded build");
        r.svn = 2; // below the minimum
        vm.prank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(EnclaveRegistry.MeasurementNotAllowed.selector, r.mrEnclave, MRSIGNER, 1, 2)
        );
        router.registerEnclave(r);
        r.productId = 2; // another product of the same signer
        r.svn = 9;
        vm.prank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(EnclaveRegistry.MeasurementNotAllowed.selector, r.mrEnclave, MRSIGNER, 2, 9)
        );
        router.registerEnclave(r);
        r.productId = 1;
        r.svn = 3;
        vm.prank(registrar);
        router.registerEnclave(r);
        assertTrue(router.isActive(r.signer));
        (, EnclaveRegistry.EnclaveInfo memory info) = router.enclave(r.signer);
        assertEq(info.measurement, router.mrSignerKey(MRSIGNER, 1));
    }

    function test_registerEnclave_simulationRefused_reverts() public {
        JobRouter prod = new JobRouter(owner, false, 1024, 100_000, 60, 3600, 0, 0);
        vm.startPrank(owner);
        prod.setRegistrar(registrar, true);
        prod.allowMrEnclave(MRENCLAVE);
        vm.stopPrank();
        EnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        r.simulated = true;
        vm.prank(registrar);
        vm.expectRevert(EnclaveRegistry.SimulationNotAllowed.selector);
        prod.registerEnclave(r);
        // the dev registry of the fixture accepts it, and says so
        vm.prank(registrar);
        router.registerEnclave(r);
        (, EnclaveRegistry.EnclaveInfo memory info) = router.enclave(r.signer);
        assertTrue(info.simulated);
    }

    function test_registerEnclave_renewal_keepsFees_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        _register(enclaveSigner, payee, uint40(block.timestamp + 90 days));
        assertEq(_enclaveFees(enclaveSigner), 1 ether);
        assertEq(router.signersOf(router.mrEnclaveKey(MRENCLAVE)).length, 1, "renewal adds no duplicate");
    }

    // ------------------------------------------------------------ revoke / deactivate

    function test_revokeEnclave_permanent_succeeds() public {
        vm.expectEmit(address(router));
        emit EnclaveRevoked(enclaveSigner);
        vm.prank(registrar);
        router.revokeEnclave(enclaveSigner);
        assertFalse(router.isActive(enclaveSigner));
        EnclaveRegistry.Registration memory r = _registration(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        vm.prank(registrar);
        vm.expectRevert(abi.encodeWithSelector(EnclaveRegistry.EnclaveIsRevoked.selector, enclaveSigner));
        router.registerEnclave(r);
    }

    function test_revokeEnclave_unauthorized_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, user));
        router.revokeEnclave(enclaveSigner);
    }

    function test_revokeEnclave_unknown_reverts() public {
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(EnclaveRegistry.UnknownEnclave.selector, address(7)));
        router.revokeEnclave(address(7));
    }

    function test_revokeEnclave_feesStillWithdrawable_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        vm.prank(owner);
        router.revokeEnclave(enclaveSigner);
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(payee.balance, 1 ether);
    }

    function test_withdrawEnclaveFees_refusingPayee_reverts() public {
        address refuser = address(new EtherRefuser());
        _register(enclaveSigner, refuser, uint40(block.timestamp + 1 days));
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        vm.expectRevert(abi.encodeWithSelector(IEscrow.TransferFailed.selector, refuser, 1 ether));
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(_enclaveFees(enclaveSigner), 1 ether, "nothing lost");
        // the registrar points the enclave at a working payee; the fees follow
        _register(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(payee.balance, 1 ether);
    }

    function test_transferOwnership_cancel_succeeds() public {
        address next = makeAddr("next");
        vm.startPrank(owner);
        router.transferOwnership(next);
        router.transferOwnership(address(0));
        vm.stopPrank();
        vm.prank(next);
        vm.expectRevert(abi.encodeWithSelector(Owned2Step.Unauthorized.selector, next));
        router.acceptOwnership();
        assertEq(router.owner(), owner);
    }

    function test_removeMeasurement_deactivatesAllKeys_succeeds() public {
        address second = vm.addr(0xB0B);
        _register(second, payee, uint40(block.timestamp + 1 days));
        // a key under another measurement is unaffected
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        EnclaveRegistry.Registration memory r = _registration(vm.addr(0xCAFE), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = keccak256("another build");
        vm.prank(registrar);
        router.registerEnclave(r);

        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.expectEmit(address(router));
        emit EnclaveDeactivated(enclaveSigner, key);
        vm.expectEmit(address(router));
        emit EnclaveDeactivated(second, key);
        vm.prank(owner);
        router.removeMeasurement(key);
        assertFalse(router.isActive(enclaveSigner));
        assertFalse(router.isActive(second));
        assertTrue(router.isActive(r.signer));
        (bool allowed,,) = router.measurements(key);
        assertFalse(allowed);

        // allowlisted again: keys must register again, and then count
        vm.prank(owner);
        router.allowMrEnclave(MRENCLAVE);
        assertFalse(router.isActive(enclaveSigner));
        _register(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        assertTrue(router.isActive(enclaveSigner));
    }

    function test_isActive_expires() public {
        (EnclaveRegistry.Enclave memory e,) = router.enclave(enclaveSigner);
        vm.warp(e.expiresAt - 1);
        assertTrue(router.isActive(enclaveSigner));
        vm.warp(e.expiresAt);
        assertFalse(router.isActive(enclaveSigner));
    }
}
