// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {RouterFixture} from "../Base.t.sol";
import {IEnclaveRegistry} from "../../src/interfaces/IEnclaveRegistry.sol";
import {IOwned2Step} from "../../src/interfaces/IOwned2Step.sol";
import {DcapCollateral} from "../../src/dcap/DcapCollateral.sol";
import {DcapVerifier} from "../../src/dcap/DcapVerifier.sol";
import {IDcapVerifier} from "../../src/dcap/IDcapVerifier.sol";

/// Registration from a quote verified on-chain (`registerEnclaveAttested`), with the registration
/// vector that dcap/onchain_registration_test.go writes: a quote shaped like the real phala quote, its
/// report data binding an enclave key the vector carries, under a generated PKI pinned here. Attacks:
/// a copied quote with another payee, a replayed payee authorisation, report data of another key,
/// an unlisted measurement, a refused TCB status, stale collateral, registrars after the switch-off.
contract AttestedRegistrationTest is RouterFixture {
    string internal v;
    DcapCollateral internal col;
    DcapVerifier internal ver;
    uint256 internal signerPk;
    address internal signer;
    bytes internal enc;
    bytes internal quote;
    bytes internal leaf;
    address internal payee2 = makeAddr("payee2");
    uint16 internal constant ALL_BUT_REVOKED = 0x7e;
    uint8 internal constant CONFIG_AND_SW_HARDENING = 4;

    function setUp() public override {
        super.setUp();
        v = vm.readFile("contracts/test/vectors/dcap/registration.json");
        vm.warp(vm.parseJsonUint(v, ".now"));
        signerPk = vm.parseJsonUint(v, ".signerKey");
        signer = vm.parseJsonAddress(v, ".signer");
        enc = vm.parseJsonBytes(v, ".encryptionKey");
        quote = vm.parseJsonBytes(v, ".quote");
        leaf = vm.parseJsonBytes(v, ".pckCertificate");
        col = new DcapCollateral(vm.parseJsonBytes(v, ".root"));
        ver = new DcapVerifier(col, owner, _policy(ALL_BUT_REVOKED, 30 days));
        _upload(col.submitCrl.selector, abi.encode(vm.parseJsonBytes(v, ".rootCrl"), 0, type(uint256).max));
        _upload(col.submitCertificate.selector, abi.encode(vm.parseJsonBytes(v, ".pckCa")));
        _upload(col.submitCertificate.selector, abi.encode(vm.parseJsonBytes(v, ".tcbSigning")));
        _upload(col.submitCrl.selector, abi.encode(vm.parseJsonBytes(v, ".pckCrl"), 0, type(uint256).max));
        _upload(
            col.submitTcbInfo.selector,
            abi.encode(vm.parseJsonBytes(v, ".tcbInfo"), vm.parseJsonBytes(v, ".tcbInfoSignature"))
        );
        _upload(
            col.submitQeIdentity.selector,
            abi.encode(vm.parseJsonBytes(v, ".qeIdentity"), vm.parseJsonBytes(v, ".qeIdentitySignature"))
        );
        vm.startPrank(owner);
        router.setDcapVerifier(address(ver));
        router.allowMrEnclave(vm.parseJsonBytes32(v, ".mrEnclave"));
        vm.stopPrank();
    }

    function _policy(uint16 accepted, uint32 maxAge) internal pure returns (IDcapVerifier.Policy memory) {
        return IDcapVerifier.Policy({acceptedStatuses: accepted, maxCollateralAge: maxAge, registrationTtl: 7 days});
    }

    /// Every collateral upload fits Osaka's per-transaction gas cap (EIP-7825) with room to spare.
    function _upload(bytes4 selector, bytes memory args) internal {
        uint256 before = gasleft();
        (bool ok, bytes memory ret) = address(col).call(abi.encodePacked(selector, args));
        assertTrue(ok, vm.toString(ret));
        assertLt(before - gasleft(), 16_777_216 / 4, "upload gas");
    }

    function _attested(address payee_, uint32 nonce)
        internal
        view
        returns (IEnclaveRegistry.AttestedRegistration memory a)
    {
        (bytes32 r, bytes32 vs) = _signDigest(signerPk, ver.payeeDigest(address(router), signer, payee_, nonce));
        a = IEnclaveRegistry.AttestedRegistration({
            quote: quote,
            pckCertificate: leaf,
            signer: signer,
            encryptionKey: enc,
            payee: payee_,
            payeeNonce: nonce,
            payeeSigR: r,
            payeeSigVS: vs
        });
    }

    function test_registerEnclaveAttested_anyone_succeeds() public {
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        vm.prank(makeAddr("anyone"));
        router.registerEnclaveAttested(a);
        assertTrue(router.isActive(signer));
        (IEnclaveRegistry.Enclave memory hot, IEnclaveRegistry.EnclaveInfo memory info) = router.enclave(signer);
        assertEq(hot.expiresAt, block.timestamp + 7 days, "expiry: the policy's TTL");
        assertEq(info.payee, payee);
        assertEq(info.mrEnclave, vm.parseJsonBytes32(v, ".mrEnclave"));
        assertEq(info.svn, vm.parseJsonUint(v, ".svn"));
        assertFalse(info.simulated);
        assertEq(info.evidenceDigest, sha256(quote));
        assertEq(info.encryptionKey, enc);
        bytes32 platform = router.attestedPlatform(signer);
        assertEq(uint32(uint256(platform)), 1, "payee nonce");
        assertEq(ver.platformStatus(platform & ~bytes32(uint256(type(uint32).max))), CONFIG_AND_SW_HARDENING);
    }

    /// The quote without its certification data (what the relayer sends) verifies the same.
    function test_registerEnclaveAttested_trimmedQuote_succeeds() public {
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        uint256 authLen = uint8(quote[1012]) | uint256(uint8(quote[1013])) << 8;
        bytes memory trimmed = new bytes(1014 + authLen);
        for (uint256 i = 0; i < trimmed.length; ++i) {
            trimmed[i] = quote[i];
        }
        a.quote = trimmed;
        router.registerEnclaveAttested(a);
        assertTrue(router.isActive(signer));
    }

    /// Front-running: whoever copies the quote and the enclave's payee authorisation cannot name
    /// another payee.
    function test_registerEnclaveAttested_copiedQuoteOtherPayee_reverts() public {
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        a.payee = payee2;
        vm.expectRevert(abi.encodeWithSelector(IDcapVerifier.BadPayeeSignature.selector, signer));
        router.registerEnclaveAttested(a);
    }

    /// An old authorisation cannot be replayed to bring an old payee back.
    function test_registerEnclaveAttested_replayedPayee_reverts() public {
        IEnclaveRegistry.AttestedRegistration memory first = _attested(payee, 1);
        router.registerEnclaveAttested(first);
        router.registerEnclaveAttested(_attested(payee2, 2));
        (, IEnclaveRegistry.EnclaveInfo memory info) = router.enclave(signer);
        assertEq(info.payee, payee2);
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.BadPayeeAuthorization.selector, signer));
        router.registerEnclaveAttested(first);
    }

    /// The report data binds one signer and encryption key: another key cannot ride on the quote.
    function test_registerEnclaveAttested_otherSigner_reverts() public {
        uint256 otherPk = 0xB0B;
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        a.signer = vm.addr(otherPk);
        (a.payeeSigR, a.payeeSigVS) = _signDigest(otherPk, ver.payeeDigest(address(router), a.signer, payee, 1));
        vm.expectRevert(IDcapVerifier.ReportDataMismatch.selector);
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_otherEncryptionKey_reverts() public {
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        a.encryptionKey = encKey;
        vm.expectRevert(IDcapVerifier.ReportDataMismatch.selector);
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_tamperedQuote_reverts() public {
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        a.quote[48 + 64] ^= 0x01; // MRENCLAVE
        vm.expectRevert(IDcapVerifier.QuoteSignature.selector);
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_measurementNotAllowed_reverts() public {
        vm.prank(owner);
        router.setMrEnclaveDenied(vm.parseJsonBytes32(v, ".mrEnclave"), true);
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        vm.expectRevert(
            abi.encodeWithSelector(IEnclaveRegistry.MrEnclaveDenied.selector, vm.parseJsonBytes32(v, ".mrEnclave"))
        );
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_statusNotAccepted_reverts() public {
        vm.prank(owner);
        ver.setPolicy(_policy(uint16(1 << 1), 30 days)); // UpToDate only
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        vm.expectRevert(abi.encodeWithSelector(IDcapVerifier.TcbStatusNotAccepted.selector, CONFIG_AND_SW_HARDENING));
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_collateralTooOld_reverts() public {
        vm.prank(owner);
        ver.setPolicy(_policy(ALL_BUT_REVOKED, 1 hours));
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        vm.expectPartialRevert(IDcapVerifier.CollateralTooOld.selector);
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_collateralExpired_reverts() public {
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        vm.warp(block.timestamp + 60 days);
        vm.expectRevert(IDcapVerifier.Expired.selector);
        router.registerEnclaveAttested(a);
    }

    function test_registerEnclaveAttested_noVerifier_reverts() public {
        vm.prank(owner);
        router.setDcapVerifier(address(0));
        IEnclaveRegistry.AttestedRegistration memory a = _attested(payee, 1);
        vm.expectRevert(IEnclaveRegistry.AttestationDisabled.selector);
        router.registerEnclaveAttested(a);
    }

    function test_setDcapVerifier_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, address(this)));
        router.setDcapVerifier(address(1));
    }

    function test_setPolicy_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IDcapVerifier.NotOwner.selector, address(this)));
        ver.setPolicy(_policy(ALL_BUT_REVOKED, 1));
    }

    function test_setPolicy_acceptsRevoked_reverts() public {
        vm.prank(owner);
        vm.expectRevert(IDcapVerifier.BadPolicy.selector);
        ver.setPolicy(_policy(uint16(1 << 7), 1 days));
    }

    /// Switched off, the registrars can neither register nor revoke, nobody can appoint one again,
    /// and quotes verified on-chain still register.
    function test_switchOffRegistrars_succeeds() public {
        assertTrue(router.isRegistrar(registrar));
        vm.prank(owner);
        router.switchOffRegistrars();
        (, bool off) = router.attestation();
        assertTrue(off);
        assertFalse(router.isRegistrar(registrar));
        IEnclaveRegistry.Registration memory r =
            _registration(makeAddr("fake"), payee, uint40(block.timestamp + 1 days));
        vm.prank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, registrar));
        router.registerEnclave(r);
        vm.prank(registrar);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, registrar));
        router.revokeEnclave(enclaveSigner);
        vm.prank(owner);
        vm.expectRevert(IEnclaveRegistry.RegistrarsDisabled.selector);
        router.setRegistrar(registrar, true);
        router.registerEnclaveAttested(_attested(payee, 1));
        assertTrue(router.isActive(signer));
    }

    function test_switchOffRegistrars_notOwner_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, address(this)));
        router.switchOffRegistrars();
    }

    /// When the platform's TCB leaves the accepted set, anyone can deactivate the key.
    function test_deactivateOutdatedEnclave_succeeds() public {
        router.registerEnclaveAttested(_attested(payee, 1));
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.TcbStillAccepted.selector, signer));
        router.deactivateOutdatedEnclave(signer);
        vm.prank(owner);
        ver.setPolicy(_policy(uint16(1 << 1), 30 days));
        vm.prank(makeAddr("anyone"));
        router.deactivateOutdatedEnclave(signer);
        assertFalse(router.isActive(signer));
        (IEnclaveRegistry.Enclave memory hot,) = router.enclave(signer);
        assertEq(uint8(hot.state), uint8(IEnclaveRegistry.EnclaveState.Deactivated));
    }

    /// A key a registrar registered has no platform to judge.
    function test_deactivateOutdatedEnclave_registrarKey_reverts() public {
        vm.expectRevert(abi.encodeWithSelector(IEnclaveRegistry.NotAttested.selector, enclaveSigner));
        router.deactivateOutdatedEnclave(enclaveSigner);
    }

    /// Collateral cannot be rolled back or replayed: the stored TCB info again changes nothing.
    function test_submitTcbInfo_again_succeeds() public {
        (DcapCollateral.TcbInfoRecord memory before,) = col.tcbInfo(bytes6(router.attestedPlatform(signer)));
        col.submitTcbInfo(vm.parseJsonBytes(v, ".tcbInfo"), vm.parseJsonBytes(v, ".tcbInfoSignature"));
        (DcapCollateral.TcbInfoRecord memory afterwards,) = col.tcbInfo(bytes6(router.attestedPlatform(signer)));
        assertEq(afterwards.issueDate, before.issueDate);
    }

    /// A CRL recorded in parts (the synthetic vector whose PCK CRL lists the leaf): out of order
    /// refused, current only once its last part is in, and then the leaf counts as revoked.
    function test_submitCrl_parts_succeeds() public {
        string memory w = vm.readFile("contracts/test/vectors/dcap/23.json");
        assertEq(vm.parseJsonString(w, ".name"), "synthetic: PCK leaf revoked");
        vm.warp(vm.parseJsonUint(w, ".now"));
        DcapCollateral fresh = new DcapCollateral(vm.parseJsonBytes(w, ".root"));
        fresh.submitCertificate(vm.parseJsonBytes(w, ".pckCa"));
        bytes memory crl = vm.parseJsonBytes(w, ".pckCrl");
        vm.expectRevert(abi.encodeWithSelector(DcapCollateral.CrlPartOutOfOrder.selector, 0, 1));
        fresh.submitCrl(crl, 1, 1);
        vm.recordLogs();
        fresh.submitCrl(crl, 0, 0);
        assertEq(vm.getRecordedLogs()[0].topics[0], DcapCollateral.CrlPartStored.selector);
        vm.expectRevert(abi.encodeWithSelector(DcapCollateral.CrlPartOutOfOrder.selector, 0, 1));
        fresh.submitCrl(crl, 1, 1);
        vm.recordLogs();
        fresh.submitCrl(crl, 0, 1);
        assertEq(vm.getRecordedLogs()[0].topics[0], DcapCollateral.CrlStored.selector);
        DcapVerifier fv = new DcapVerifier(fresh, owner, _policy(ALL_BUT_REVOKED, 30 days));
        fresh.submitCrl(vm.parseJsonBytes(w, ".rootCrl"), 0, type(uint256).max);
        fresh.submitCertificate(vm.parseJsonBytes(w, ".tcbSigning"));
        fresh.submitTcbInfo(vm.parseJsonBytes(w, ".tcbInfo"), vm.parseJsonBytes(w, ".tcbInfoSignature"));
        fresh.submitQeIdentity(vm.parseJsonBytes(w, ".qeIdentity"), vm.parseJsonBytes(w, ".qeIdentitySignature"));
        vm.expectRevert(IDcapVerifier.Revoked.selector);
        fv.verifyQuote(vm.parseJsonBytes(w, ".quote"), vm.parseJsonBytes(w, ".pckCertificate"));
    }

    function test_submitCertificate_notFromRoot_reverts() public {
        vm.expectPartialRevert(DcapCollateral.UnknownIssuer.selector);
        col.submitCertificate(leaf);
    }
}
