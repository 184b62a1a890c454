// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOwned2Step} from "../src/interfaces/IOwned2Step.sol";
import {IEnclaveRegistry} from "../src/interfaces/IEnclaveRegistry.sol";
import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {RouterFixture} from "./Base.t.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {IEscrow} from "../src/interfaces/IEscrow.sol";
import {EtherRefuser} from "./mocks/Consumers.sol";

contract EnclaveRegistryTest is RouterFixture {
    event EnclaveDeactivated(address indexed signer, bytes32 indexed measurement);
    event EnclaveRevoked(address indexed signer);
    event EnclaveRegistered(
        address indexed signer,
        bytes32 indexed measurement,
        bytes32 indexed mrEnclave,
        address payee,
        uint40 expiresAt,
        bool simulated,
        uint16 svn,
        bytes32 evidenceDigest,
        bytes encryptionKey
    );
    event MeasurementRemoved(bytes32 indexed key);
    event MeasurementDenied(bytes32 indexed key, bool denied);
    event EnclaveFeesSettled(address indexed signer, address indexed payee, uint256 amount);

    bytes32 internal constant BUILD_A = keccak256("build a");
    bytes32 internal constant BUILD_B = keccak256("build b");
    bytes32 internal constant BUILD_C = keccak256("build c");

    /// Registers `signer` with MRENCLAVE `mrEnclave`, the fixture's MRSIGNER, product 1 and `svn`.
    function _registerBuild(address signer, bytes32 mrEnclave, uint16 svn) internal {
        IEnclaveRegistry.Registration memory r = _registration(signer, payee, uint40(block.timestamp + 30 days));
        r.mrEnclave = mrEnclave;
        r.svn = svn;
        vm.prank(registrar);
        router.registerEnclave(r);
    }

    function _info(address signer) internal view returns (IEnclaveRegistry.EnclaveInfo memory info) {
        (, info) = router.enclave(signer);
    }

    function _state(address signer) internal view returns (IEnclaveRegistry.EnclaveState) {
        (IEnclaveRegistry.Enclave memory e,) = router.enclave(signer);
        return e.state;
    }

    function _denied(bytes32 mrEnclave) internal view returns (bool denied) {
        (,,, denied) = router.measurements(router.mrEnclaveKey(mrEnclave));
    }

    function _contains(address[] memory list, address a) internal pure returns (uint256 n) {
        for (uint256 i = 0; i < list.length; ++i) {
            if (list[i] == a) ++n;
        }
    }

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
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.transferOwnership(user);
    }

    function test_acceptOwnership_notPending_reverts() public {
        vm.prank(owner);
        router.transferOwnership(makeAddr("next"));
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.acceptOwnership();
    }

    function test_constructor_zeroOwner_reverts() public {
        address adminCode = _newAdmin(false);
        vm.expectRevert(IOwned2Step.ZeroAddress.selector);
        new JobRouter(adminCode, address(0), 1, 1, 1, 1, IJobRouter.Fees(0, 0, 0, 0));
    }

    function test_constructor_adminNotContract_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IJobRouter.AdminNotContract.selector, address(0xad)));
        new JobRouter(address(0xad), owner, 1, 1, 1, 1, IJobRouter.Fees(0, 0, 0, 0));
    }

    // ------------------------------------------------------------ registrars and allowlist

    function test_setRegistrar_notOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.setRegistrar(user, true);
    }

    function test_setRegistrar_removed_cannotRegister_reverts() public {
        vm.prank(owner);
        router.setRegistrar(registrar, false);
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        vm.prank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, registrar));
        router.registerEnclave(r);
    }

    function test_allowMeasurement_notOwner_reverts() public {
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.allowMrEnclave(bytes32(uint256(1)));
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.allowMrSigner(bytes32(uint256(1)), 1, 1);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.removeMeasurement(key);
        vm.stopPrank();
    }

    function test_removeMeasurement_unknown_reverts() public {
        bytes32 key = keccak256("nope");
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.UnknownMeasurement.selector, key));
        router.removeMeasurement(key);
    }

    // ------------------------------------------------------------ registerEnclave

    function test_registerEnclave_succeeds() public view {
        assertTrue(router.isActive(enclaveSigner));
        (IEnclaveRegistry.Enclave memory e, IEnclaveRegistry.EnclaveInfo memory info) = router.enclave(enclaveSigner);
        assertEq(uint8(e.state), uint8(IEnclaveRegistry.EnclaveState.Active));
        assertEq(info.payee, payee);
        assertEq(info.measurement, router.mrEnclaveKey(MRENCLAVE));
        assertEq(info.encryptionKey, encKey);
        assertEq(info.evidenceDigest, keccak256(abi.encode("evidence", enclaveSigner)));
        assertEq(router.signersOf(info.measurement).length, 1);
    }

    function test_registerEnclave_notRegistrar_reverts() public {
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.registerEnclave(r);
    }

    function test_registerEnclave_badFields_reverts() public {
        IEnclaveRegistry.Registration memory r = _registration(address(0), payee, uint40(block.timestamp + 1 days));
        vm.startPrank(registrar);
        vm.expectRevert(IOwned2Step.ZeroAddress.selector);
        router.registerEnclave(r);
        r.signer = vm.addr(7);
        r.payee = address(0);
        vm.expectRevert(IOwned2Step.ZeroAddress.selector);
        router.registerEnclave(r);
        r.payee = payee;
        r.expiresAt = uint40(block.timestamp);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.BadExpiry.selector, r.expiresAt));
        router.registerEnclave(r);
        r.expiresAt = uint40(block.timestamp + 1);
        r.encryptionKey = new bytes(64);
        vm.expectRevert(IEnclaveRegistry.BadEncryptionKey.selector);
        router.registerEnclave(r);
        vm.stopPrank();
    }

    function test_registerEnclave_measurementNotAllowed_reverts() public {
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = keccak256("other");
        vm.prank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveRegistry.MeasurementNotAllowed.selector, r.mrEnclave, MRSIGNER, 1, 2)
        );
        router.registerEnclave(r);
    }

    function test_registerEnclave_mrSigner_svnBounds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 3);
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = keccak256("upgraded build");
        r.svn = 2; // below the minimum
        vm.prank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveRegistry.MeasurementNotAllowed.selector, r.mrEnclave, MRSIGNER, 1, 2)
        );
        router.registerEnclave(r);
        r.productId = 2; // another product of the same signer
        r.svn = 9;
        vm.prank(registrar);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveRegistry.MeasurementNotAllowed.selector, r.mrEnclave, MRSIGNER, 2, 9)
        );
        router.registerEnclave(r);
        r.productId = 1;
        r.svn = 3;
        vm.prank(registrar);
        router.registerEnclave(r);
        assertTrue(router.isActive(r.signer));
        (, IEnclaveRegistry.EnclaveInfo memory info) = router.enclave(r.signer);
        assertEq(info.measurement, router.mrSignerKey(MRSIGNER, 1));
    }

    function test_registerEnclave_simulationRefused_reverts() public {
        IJobRouterFull prod = _newRouter(owner, false);
        vm.startPrank(owner);
        prod.setRegistrar(registrar, true);
        prod.allowMrEnclave(MRENCLAVE);
        vm.stopPrank();
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(7), payee, uint40(block.timestamp + 1 days));
        r.simulated = true;
        vm.prank(registrar);
        vm.expectRevert(IEnclaveRegistry.SimulationNotAllowed.selector);
        prod.registerEnclave(r);
        // the dev registry of the fixture accepts it, and says so
        vm.prank(registrar);
        router.registerEnclave(r);
        (, IEnclaveRegistry.EnclaveInfo memory info) = router.enclave(r.signer);
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
        IEnclaveRegistry.Registration memory r = _registration(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        vm.prank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.EnclaveIsRevoked.selector, enclaveSigner));
        router.registerEnclave(r);
    }

    function test_revokeEnclave_unauthorized_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.revokeEnclave(enclaveSigner);
    }

    function test_revokeEnclave_unknown_reverts() public {
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.UnknownEnclave.selector, address(7)));
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
        // the registrar points the enclave at a working payee: the fees earned under the refuser stay
        // the refuser's, as a pull balance it can withdraw to any address it names
        _register(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        assertEq(_enclaveFees(enclaveSigner), 0);
        assertEq(router.balanceOf(refuser), 1 ether);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.NothingToPay.selector, enclaveSigner));
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(payee.balance, 0);
    }

    function test_transferOwnership_cancel_succeeds() public {
        address next = makeAddr("next");
        vm.startPrank(owner);
        router.transferOwnership(next);
        router.transferOwnership(address(0));
        vm.stopPrank();
        vm.prank(next);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, next));
        router.acceptOwnership();
        assertEq(router.owner(), owner);
    }

    function test_removeMeasurement_deactivatesAllKeys_succeeds() public {
        address second = vm.addr(0xB0B);
        _register(second, payee, uint40(block.timestamp + 1 days));
        // a key under another measurement is unaffected
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(0xCAFE), payee, uint40(block.timestamp + 1 days));
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
        (bool allowed,,, bool denied) = router.measurements(key);
        assertFalse(allowed);
        assertTrue(denied, "a removed MRENCLAVE is denied");

        // allowlisted again: keys must register again, and then count
        vm.prank(owner);
        router.allowMrEnclave(MRENCLAVE);
        assertFalse(router.isActive(enclaveSigner));
        _register(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        assertTrue(router.isActive(enclaveSigner));
    }

    function test_isActive_expires() public {
        (IEnclaveRegistry.Enclave memory e,) = router.enclave(enclaveSigner);
        vm.warp(e.expiresAt - 1);
        assertTrue(router.isActive(enclaveSigner));
        vm.warp(e.expiresAt);
        assertFalse(router.isActive(enclaveSigner));
    }

    // ------------------------------------------------------------ MRENCLAVE and SVN per key (issue 11.4)

    function test_registerEnclave_storesAndEmitsMrEnclaveAndSvn_succeeds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 3);
        address a = vm.addr(0xA);
        IEnclaveRegistry.Registration memory r = _registration(a, payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = BUILD_A;
        r.svn = 7;
        bytes32 key = router.mrSignerKey(MRSIGNER, 1);
        vm.expectEmit(address(router));
        emit EnclaveRegistered(a, key, BUILD_A, payee, r.expiresAt, false, 7, r.evidenceDigest, r.encryptionKey);
        vm.prank(registrar);
        router.registerEnclave(r);
        IEnclaveRegistry.EnclaveInfo memory info = _info(a);
        assertEq(info.mrEnclave, BUILD_A);
        assertEq(info.svn, 7);
        assertEq(info.measurement, key);
        // listed under its MRSIGNER entry and under its MRENCLAVE, once each
        assertEq(_contains(router.signersOf(key), a), 1);
        assertEq(_contains(router.signersOf(router.mrEnclaveKey(BUILD_A)), a), 1);
        // the fixture's key, admitted by its MRENCLAVE entry, carries its MRENCLAVE and SVN too
        info = _info(enclaveSigner);
        assertEq(info.mrEnclave, MRENCLAVE);
        assertEq(info.svn, 2);
    }

    function test_allowMrSigner_raiseMinSvn_deactivatesExactlyLowerKeys_succeeds() public {
        vm.startPrank(owner);
        router.allowMrSigner(MRSIGNER, 1, 1);
        router.allowMrSigner(MRSIGNER, 2, 1); // another product of the same signer
        vm.stopPrank();
        address a = vm.addr(0xA);
        address b = vm.addr(0xB);
        address c = vm.addr(0xC);
        _registerBuild(a, BUILD_A, 1);
        _registerBuild(b, BUILD_B, 2);
        _registerBuild(c, BUILD_C, 3);
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(0xD), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = BUILD_A;
        r.productId = 2;
        r.svn = 1;
        vm.prank(registrar);
        router.registerEnclave(r);
        // the fixture's key (svn 2) is admitted by its MRENCLAVE entry: an SVN minimum does not apply

        bytes32 key = router.mrSignerKey(MRSIGNER, 1);
        address[] memory affected = router.activeSignersOf(key, 3);
        assertEq(affected.length, 2, "preview");
        assertEq(_contains(affected, a) + _contains(affected, b), 2);

        vm.expectEmit(address(router));
        emit EnclaveDeactivated(a, key);
        vm.expectEmit(address(router));
        emit EnclaveDeactivated(b, key);
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 3);
        assertFalse(router.isActive(a));
        assertFalse(router.isActive(b));
        assertTrue(router.isActive(c));
        assertTrue(router.isActive(vm.addr(0xD)), "other product untouched");
        assertTrue(router.isActive(enclaveSigner), "MRENCLAVE entry untouched");
        assertEq(uint8(_state(a)), uint8(IEnclaveRegistry.EnclaveState.Deactivated));
        assertEq(router.activeSignersOf(key, 3).length, 0);

        // the old build cannot come back under the raised minimum, an upgraded one can
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveRegistry.MeasurementNotAllowed.selector, BUILD_A, MRSIGNER, 1, 1)
        );
        this.registerBuildExternal(a, BUILD_A, 1);
        _registerBuild(a, BUILD_C, 3);
        assertTrue(router.isActive(a));

        // lowering the minimum reactivates nothing
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        assertFalse(router.isActive(b));
    }

    function registerBuildExternal(address signer, bytes32 mrEnclave, uint16 svn) external {
        _registerBuild(signer, mrEnclave, svn);
    }

    function test_allowMrSigner_sameMinSvn_sweepsNothing_succeeds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 1);
        _registerBuild(vm.addr(0xA), BUILD_A, 1);
        vm.recordLogs();
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 1);
        assertEq(vm.getRecordedLogs().length, 1, "only MeasurementAllowed");
        assertTrue(router.isActive(vm.addr(0xA)));
    }

    function test_removeMeasurement_mrEnclave_deniesBuildThroughMrSigner_succeeds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        address viaSigner = vm.addr(0xA);
        address viaEnclave = vm.addr(0xB);
        address otherBuild = vm.addr(0xC);
        _registerBuild(viaSigner, BUILD_A, 1); // admitted by the MRSIGNER entry
        vm.prank(owner);
        router.allowMrEnclave(BUILD_A);
        _registerBuild(viaEnclave, BUILD_A, 1); // admitted by the MRENCLAVE entry
        _registerBuild(otherBuild, BUILD_B, 1);
        bytes32 key = router.mrEnclaveKey(BUILD_A);
        assertEq(_info(viaEnclave).measurement, key);
        assertEq(_info(viaSigner).measurement, router.mrSignerKey(MRSIGNER, 1));
        assertEq(router.activeSignersOf(key, type(uint32).max).length, 2, "preview: every key of the build");

        vm.expectEmit(address(router));
        emit MeasurementRemoved(key);
        vm.expectEmit(address(router));
        emit MeasurementDenied(key, true);
        vm.prank(owner);
        router.removeMeasurement(key);
        assertFalse(router.isActive(viaSigner));
        assertFalse(router.isActive(viaEnclave));
        assertTrue(router.isActive(otherBuild));
        assertTrue(router.isActive(enclaveSigner));
        assertTrue(_denied(BUILD_A));

        // the removed build registers through its MRSIGNER entry no more, old key or new
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.MrEnclaveDenied.selector, BUILD_A));
        this.registerBuildExternal(viaSigner, BUILD_A, 1);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.MrEnclaveDenied.selector, BUILD_A));
        this.registerBuildExternal(vm.addr(0xE), BUILD_A, 9);

        // lifting the denial lets it through the MRSIGNER entry again
        vm.expectEmit(address(router));
        emit MeasurementDenied(key, false);
        vm.prank(owner);
        router.setMrEnclaveDenied(BUILD_A, false);
        assertFalse(router.isActive(viaSigner), "stays deactivated until registered again");
        _registerBuild(viaSigner, BUILD_A, 1);
        assertTrue(router.isActive(viaSigner));
        assertEq(_info(viaSigner).measurement, router.mrSignerKey(MRSIGNER, 1));
    }

    function test_removeMeasurement_mrSigner_deactivatesOnlyItsKeys_succeeds() public {
        vm.startPrank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        router.allowMrSigner(MRSIGNER, 2, 0);
        vm.stopPrank();
        _registerBuild(vm.addr(0xA), BUILD_A, 1);
        IEnclaveRegistry.Registration memory r = _registration(vm.addr(0xB), payee, uint40(block.timestamp + 1 days));
        r.mrEnclave = BUILD_A;
        r.productId = 2;
        vm.prank(registrar);
        router.registerEnclave(r);
        bytes32 key = router.mrSignerKey(MRSIGNER, 1);
        vm.prank(owner);
        router.removeMeasurement(key);
        assertFalse(router.isActive(vm.addr(0xA)));
        assertTrue(router.isActive(vm.addr(0xB)));
        assertTrue(router.isActive(enclaveSigner));
        assertFalse(_denied(BUILD_A), "removing an MRSIGNER entry denies no build");
        (bool allowed,,, bool denied) = router.measurements(key);
        assertFalse(allowed);
        assertFalse(denied);
    }

    function test_setMrEnclaveDenied_allowedMrSigner_deactivatesAndRefuses_succeeds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        address a = vm.addr(0xA);
        address a2 = vm.addr(0xA2);
        address b = vm.addr(0xB);
        _registerBuild(a, BUILD_A, 4);
        _registerBuild(a2, BUILD_A, 4);
        _registerBuild(b, BUILD_B, 4);
        bytes32 key = router.mrEnclaveKey(BUILD_A);
        address[] memory affected = router.activeSignersOf(key, type(uint32).max);
        assertEq(affected.length, 2);
        assertEq(_contains(affected, a) + _contains(affected, a2), 2);

        vm.expectEmit(address(router));
        emit MeasurementDenied(key, true);
        vm.expectEmit(address(router));
        emit EnclaveDeactivated(a, router.mrSignerKey(MRSIGNER, 1));
        vm.expectEmit(address(router));
        emit EnclaveDeactivated(a2, router.mrSignerKey(MRSIGNER, 1));
        vm.prank(owner);
        router.setMrEnclaveDenied(BUILD_A, true);
        assertFalse(router.isActive(a));
        assertFalse(router.isActive(a2));
        assertTrue(router.isActive(b));
        assertTrue(router.isActive(enclaveSigner));
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.MrEnclaveDenied.selector, BUILD_A));
        this.registerBuildExternal(vm.addr(0xF), BUILD_A, 4);
        // the MRSIGNER entry itself still admits other builds
        _registerBuild(vm.addr(0xF), BUILD_C, 4);
        assertTrue(router.isActive(vm.addr(0xF)));
    }

    function test_setMrEnclaveDenied_withEntry_removesEntry_succeeds() public {
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.expectEmit(address(router));
        emit MeasurementRemoved(key);
        vm.expectEmit(address(router));
        emit MeasurementDenied(key, true);
        vm.expectEmit(address(router));
        emit EnclaveDeactivated(enclaveSigner, key);
        vm.prank(owner);
        router.setMrEnclaveDenied(MRENCLAVE, true);
        (bool allowed, uint8 kind,, bool denied) = router.measurements(key);
        assertFalse(allowed);
        assertEq(kind, 1);
        assertTrue(denied);
        assertFalse(router.isActive(enclaveSigner));
        // allowing it explicitly lifts the denial
        vm.prank(owner);
        router.allowMrEnclave(MRENCLAVE);
        assertFalse(_denied(MRENCLAVE));
        _register(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        assertTrue(router.isActive(enclaveSigner));
    }

    function test_setMrEnclaveDenied_notOwner_reverts() public {
        vm.prank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.setMrEnclaveDenied(BUILD_A, true);
    }

    function test_setMrEnclaveDenied_idempotent_succeeds() public {
        vm.startPrank(owner);
        // lifting a denial that is not there changes nothing, and leaves an allowed entry allowed
        router.setMrEnclaveDenied(MRENCLAVE, false);
        (bool allowed,,,) = router.measurements(router.mrEnclaveKey(MRENCLAVE));
        assertTrue(allowed);
        router.setMrEnclaveDenied(BUILD_A, true);
        router.setMrEnclaveDenied(BUILD_A, true);
        assertTrue(_denied(BUILD_A));
        // a denied MRENCLAVE is no allowlist entry to remove
        bytes32 key = router.mrEnclaveKey(BUILD_A);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.UnknownMeasurement.selector, key));
        router.removeMeasurement(key);
        vm.stopPrank();
    }

    function test_registerEnclave_changedBuild_movesLists_succeeds() public {
        vm.prank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        address a = vm.addr(0xA);
        address b = vm.addr(0xB);
        _registerBuild(a, BUILD_A, 1);
        _registerBuild(b, BUILD_A, 1);
        bytes32 signerKey = router.mrSignerKey(MRSIGNER, 1);
        // a upgrades to build B (same key, sealed by MRSIGNER): it leaves build A's list
        _registerBuild(a, BUILD_B, 2);
        assertEq(_contains(router.signersOf(router.mrEnclaveKey(BUILD_A)), a), 0);
        assertEq(_contains(router.signersOf(router.mrEnclaveKey(BUILD_A)), b), 1);
        assertEq(_contains(router.signersOf(router.mrEnclaveKey(BUILD_B)), a), 1);
        assertEq(_contains(router.signersOf(signerKey), a), 1, "still once under the MRSIGNER entry");
        // build B gets an MRENCLAVE entry; a re-registers under it and leaves the MRSIGNER list
        vm.prank(owner);
        router.allowMrEnclave(BUILD_B);
        _registerBuild(a, BUILD_B, 2);
        assertEq(_contains(router.signersOf(signerKey), a), 0);
        assertEq(_contains(router.signersOf(router.mrEnclaveKey(BUILD_B)), a), 1);
        // denying build A touches b only; raising the MRSIGNER minimum no longer touches a
        vm.startPrank(owner);
        router.setMrEnclaveDenied(BUILD_A, true);
        router.allowMrSigner(MRSIGNER, 1, 9);
        vm.stopPrank();
        assertTrue(router.isActive(a));
        assertFalse(router.isActive(b));
    }

    /// Any sequence of registrations leaves every key listed exactly once under its MRENCLAVE and,
    /// when an MRSIGNER entry admitted it, exactly once under that entry, and nowhere else.
    function testFuzz_registerEnclave_listsStayExact(uint256 seed) public {
        vm.startPrank(owner);
        router.allowMrSigner(MRSIGNER, 1, 0);
        router.allowMrSigner(MRSIGNER, 2, 0);
        router.allowMrEnclave(BUILD_C);
        vm.stopPrank();
        bytes32[3] memory builds = [BUILD_A, BUILD_B, BUILD_C];
        address[4] memory signers = [vm.addr(0xA), vm.addr(0xB), vm.addr(0xC), vm.addr(0xD)];
        for (uint256 i = 0; i < 24; ++i) {
            uint256 x = uint256(keccak256(abi.encode(seed, i)));
            IEnclaveRegistry.Registration memory r =
                _registration(signers[x % 4], payee, uint40(block.timestamp + 1 days));
            r.mrEnclave = builds[(x >> 8) % 3];
            r.productId = uint16(1 + (x >> 16) % 2);
            vm.prank(registrar);
            router.registerEnclave(r);
        }
        bytes32[6] memory keys = [
            router.mrEnclaveKey(BUILD_A),
            router.mrEnclaveKey(BUILD_B),
            router.mrEnclaveKey(BUILD_C),
            router.mrSignerKey(MRSIGNER, 1),
            router.mrSignerKey(MRSIGNER, 2),
            router.mrEnclaveKey(MRENCLAVE)
        ];
        for (uint256 s = 0; s < 4; ++s) {
            IEnclaveRegistry.EnclaveInfo memory info = _info(signers[s]);
            if (info.measurement == bytes32(0)) continue; // never registered
            for (uint256 k = 0; k < 6; ++k) {
                uint256 expected = keys[k] == router.mrEnclaveKey(info.mrEnclave) || keys[k] == info.measurement ? 1 : 0;
                assertEq(_contains(router.signersOf(keys[k]), signers[s]), expected);
            }
        }
    }

    // ------------------------------------------------------------ payee changes (issue 11.5)

    function test_registerEnclave_newPayee_settlesFeesToOldPayee_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        address payee2 = makeAddr("payee2");
        vm.expectEmit(address(router));
        emit EnclaveFeesSettled(enclaveSigner, payee, 1 ether);
        _register(enclaveSigner, payee2, uint40(block.timestamp + 30 days));
        assertEq(_enclaveFees(enclaveSigner), 0);
        assertEq(router.balanceOf(payee), 1 ether);
        // later fees are the new payee's
        (jobId, q) = _request(user, "y", 0, 600, 0.5 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        router.withdrawEnclaveFees(enclaveSigner);
        assertEq(payee2.balance, 0.5 ether);
        vm.prank(payee);
        router.withdraw(payable(payee));
        assertEq(payee.balance, 1 ether);
    }

    /// Attack (issue 11.5): a registrar re-registers an expired key with its own payee to take the
    /// fees the key earned. The fees stay with the payee that earned them.
    function test_registerEnclave_registrarRedirectsExpiredKeysFees_fails() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        (IEnclaveRegistry.Enclave memory e,) = router.enclave(enclaveSigner);
        vm.warp(e.expiresAt + 1);
        assertFalse(router.isActive(enclaveSigner));
        address thief = makeAddr("thief");
        _register(enclaveSigner, thief, uint40(block.timestamp + 1 days));
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.NothingToPay.selector, enclaveSigner));
        router.withdrawEnclaveFees(enclaveSigner);
        vm.prank(thief);
        vm.expectRevert(IEscrow.NothingToWithdraw.selector);
        router.withdraw(payable(thief));
        assertEq(thief.balance, 0);
        assertEq(router.balanceOf(payee), 1 ether);
        // and pointing back at the old payee moves nothing either
        _register(enclaveSigner, payee, uint40(block.timestamp + 1 days));
        assertEq(router.balanceOf(thief), 0);
        assertEq(router.balanceOf(payee), 1 ether);
    }

    function test_registerEnclave_deactivatedKeyNewPayee_settlesFees_succeeds() public {
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "x", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, ""));
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.startPrank(owner);
        router.removeMeasurement(key);
        router.allowMrEnclave(MRENCLAVE);
        vm.stopPrank();
        _register(enclaveSigner, makeAddr("payee2"), uint40(block.timestamp + 1 days));
        assertEq(router.balanceOf(payee), 1 ether);
        assertEq(_enclaveFees(enclaveSigner), 0);
    }
}
