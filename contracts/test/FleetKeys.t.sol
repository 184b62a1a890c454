// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IOwned2Step} from "../src/interfaces/IOwned2Step.sol";
import {IFleetKeys} from "../src/interfaces/IFleetKeys.sol";
import {IEnclaveRegistry} from "../src/interfaces/IEnclaveRegistry.sol";
import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";
import {Test} from "forge-std/Test.sol";
import {console} from "forge-std/console.sol";
import {RouterFixture} from "./Base.t.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {FleetKeys} from "../src/FleetKeys.sol";
import {EnclaveRegistry} from "../src/EnclaveRegistry.sol";

/// FleetKeys on its own (called directly, not through a router's fallback), with a registry that can
/// hold records a real registration never writes (a simulated enclave on a registry without
/// simulation) and a hook that records its calls.
contract FleetKeysHarness is FleetKeys {
    uint32[] public activated;

    constructor(address owner_, bool allowSimulation_, bytes32 fleetId_) EnclaveRegistry(allowSimulation_) {
        _owner = owner_;
        _openEpoch(1);
        _epochs[0].x25519Key = fleetId_;
    }

    function _checkDelegated() internal view override {}

    function forceEnclave(address signer, bool simulated, uint40 expiresAt) external {
        _enclaves[signer] = Enclave({fees: 0, expiresAt: expiresAt, state: EnclaveState.Active});
        _enclaveInfo[signer].simulated = simulated;
    }

    /// Opens any epoch (a real registry gets there only through rotations).
    function openEpoch(uint32 epoch) external {
        _epochCounters.pending = epoch;
        _epochCounters.latest = epoch;
    }

    function activatedCount() external view returns (uint256) {
        return activated.length;
    }

    function _onEpochActivated(uint32 epoch) internal override {
        activated.push(epoch);
    }
}

/// The alternative to SSTORE2 that was measured against it: the key as a `bytes` storage value.
contract BytesStore {
    bytes internal data;

    function set(bytes calldata d) external {
        data = d;
    }
}

contract FleetKeysTest is RouterFixture {
    event EpochOpened(uint32 indexed epoch);
    event EpochKeySet(uint32 indexed epoch, address indexed signer, bytes32 x25519Key, bytes32 xwingKeyHash);
    event EpochRetired(uint32 indexed epoch);

    event FleetIdSet(bytes32 indexed previous, bytes32 indexed fleetId);

    bytes32 internal constant FLEET = keccak256("the fleet");
    bytes32 internal constant X1 = keccak256("x25519 epoch 1");
    bytes32 internal constant X2 = keccak256("x25519 epoch 2");

    function setUp() public override {
        super.setUp();
        vm.prank(owner);
        router.setFleetId(FLEET);
    }

    // ------------------------------------------------------------ helpers

    /// A router like the fixture's (the one place this file names the constructor's arguments).
    function _newRouter(bool allowSimulation) internal returns (IJobRouterFull) {
        return _newRouter(owner, allowSimulation);
    }

    function _xwing(uint256 seed) internal pure returns (bytes memory k) {
        for (uint256 i = 0; i < 38; ++i) {
            k = bytes.concat(k, keccak256(abi.encode(seed, i)));
        }
    }

    /// EIP-712 digest computed independently of the contract.
    function _fleetDigest(address verifying, uint256 chainId, uint32 epoch, bytes32 x, bytes32 xwingHash)
        internal
        pure
        returns (bytes32)
    {
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("TeeOracle"),
                keccak256("1"),
                chainId,
                verifying
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)"),
                FLEET,
                epoch,
                x,
                xwingHash
            )
        );
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    function _sign(uint256 pk, address verifying, uint256 chainId, uint32 epoch, bytes32 x, bytes memory xw)
        internal
        pure
        returns (bytes32 r, bytes32 vs)
    {
        return _signDigest(pk, _fleetDigest(verifying, chainId, epoch, x, keccak256(xw)));
    }

    /// Publishes `epoch`'s keys on the fixture's router, signed by the fixture's enclave.
    function _publish(uint32 epoch, bytes32 x, bytes memory xw) internal {
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, epoch, x, xw);
        router.setEpochKeys(FLEET, epoch, x, xw, r, vs);
    }

    /// The address ecrecover yields for a signature made for another digest, as the router sees it.
    function _recovered(bytes32 digest, bytes32 r, bytes32 vs) internal pure returns (address) {
        bytes32 s = vs & bytes32(type(uint256).max >> 1);
        return ecrecover(digest, uint8(uint256(vs) >> 255) + 27, r, s);
    }

    function _status(IFleetKeys f, uint32 epoch) internal view returns (IFleetKeys.EpochStatus status) {
        (status,,) = f.epochKeys(epoch);
    }

    // ------------------------------------------------------------ genesis and publication

    function test_constructor_opensGenesisEpoch_succeeds() public {
        vm.expectEmit();
        emit EpochOpened(1);
        IJobRouterFull fresh = _newRouter(false);
        assertEq(fresh.currentEpoch(), 0);
        assertEq(fresh.pendingEpoch(), 1);
        assertEq(uint8(_status(fresh, 1)), uint8(IFleetKeys.EpochStatus.Pending));
        assertEq(uint8(_status(fresh, 2)), uint8(IFleetKeys.EpochStatus.None));
        assertEq(fresh.activeEpochs().length, 0);
    }

    function test_setEpochKeys_genesis_succeeds() public {
        bytes memory xw = _xwing(1);
        vm.expectEmit(address(router));
        emit EpochKeySet(1, enclaveSigner, X1, keccak256(xw));
        vm.prank(relayer); // anyone may carry the enclave's signature
        this.publishExternal(1, X1, xw);
        assertEq(router.currentEpoch(), 1);
        assertEq(router.pendingEpoch(), 0);
        (IFleetKeys.EpochStatus status, bytes32 x, bytes memory xwingKey) = router.epochKeys(1);
        assertEq(uint8(status), uint8(IFleetKeys.EpochStatus.Active));
        assertEq(x, X1);
        assertEq(xwingKey, xw);
        assertEq(xwingKey.length, 1216);
        uint32[] memory active = router.activeEpochs();
        assertEq(active.length, 1);
        assertEq(active[0], 1);
    }

    function publishExternal(uint32 epoch, bytes32 x, bytes memory xw) external {
        _publish(epoch, x, xw);
    }

    function test_setEpochKeys_dataContract_isInert_succeeds() public {
        _publish(1, X1, _xwing(1));
        // the key's data contract starts with STOP: calling it returns nothing and changes nothing
        address data = _dataContract(1);
        assertEq(data.code.length, 1217);
        assertEq(data.code[0], bytes1(0));
        (bool ok, bytes memory ret) = data.call(hex"deadbeef");
        assertTrue(ok);
        assertEq(ret.length, 0);
    }

    /// The SSTORE2 data contract of `epoch`: word 0 of `_epochs[epoch]`, found by trying the slots
    /// the mapping could sit at.
    function _dataContract(uint32 epoch) internal view returns (address) {
        for (uint256 base = 0; base < 64; ++base) {
            address a = address(uint160(uint256(vm.load(address(router), keccak256(abi.encode(uint256(epoch), base))))));
            if (a != address(0) && a.code.length == 1217) return a;
        }
        revert("data contract not found");
    }

    function test_setFleetId_owner_succeeds() public {
        bytes32 next = keccak256("a replacement fleet");
        vm.expectEmit(address(router));
        emit FleetIdSet(FLEET, next);
        vm.prank(owner);
        router.setFleetId(next);
        assertEq(router.fleetId(), next);
        // the fleet id is not an epoch: epoch 0 has no status and no X-Wing key
        (IFleetKeys.EpochStatus st,, bytes memory xw) = router.epochKeys(0);
        assertEq(uint8(st), 0);
        assertEq(xw.length, 0);
    }

    function test_setFleetId_notOwner_reverts() public {
        vm.prank(relayer);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, relayer));
        router.setFleetId(keccak256("a host's own fleet"));
        assertEq(router.fleetId(), FLEET);
    }

    /// Zero trusts no fleet: nothing can be published, not even keys claiming fleet id zero.
    function test_setFleetId_zero_succeeds() public {
        vm.prank(owner);
        router.setFleetId(bytes32(0));
        bytes memory xw = _xwing(1);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetIdMismatch.selector, bytes32(0), bytes32(0)));
        router.setEpochKeys(bytes32(0), 1, X1, xw, bytes32(0), bytes32(0));
    }

    /// A second genesis (a host deleted an enclave's sealed state and asked again) makes another fleet
    /// id: its keys, even signed by a registered enclave, are refused.
    function test_setEpochKeys_otherFleet_reverts() public {
        bytes32 forked = keccak256("a forked fleet");
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetIdMismatch.selector, forked, FLEET));
        router.setEpochKeys(forked, 1, X1, xw, r, vs);
        assertEq(router.currentEpoch(), 0);
    }

    function test_setEpochKeys_fleetIdNotSet_reverts() public {
        IJobRouterFull fresh = _newRouter(true);
        bytes memory xw = _xwing(1);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetIdMismatch.selector, FLEET, bytes32(0)));
        fresh.setEpochKeys(FLEET, 1, X1, xw, bytes32(0), bytes32(0));
    }

    function test_setEpochKeys_unsigned_reverts() public {
        bytes memory xw = _xwing(1);
        vm.expectRevert(IFleetKeys.BadFleetKeySignature.selector);
        router.setEpochKeys(FLEET, 1, X1, xw, bytes32(0), bytes32(0));
        assertEq(router.currentEpoch(), 0);
    }

    function test_setEpochKeys_highS_reverts() public {
        bytes memory xw = _xwing(1);
        (bytes32 r,) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        uint256 halfN = 0x7FFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF5D576E7357A4501DDFE92F46681B20A0;
        vm.expectRevert(IFleetKeys.BadFleetKeySignature.selector);
        router.setEpochKeys(FLEET, 1, X1, xw, r, bytes32(halfN + 1));
        // a garbage r recovers nobody
        vm.expectRevert(IFleetKeys.BadFleetKeySignature.selector);
        router.setEpochKeys(FLEET, 1, X1, xw, bytes32(0), bytes32(uint256(1)));
    }

    function test_setEpochKeys_unregisteredSigner_reverts() public {
        uint256 pk = 0xBAD;
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(pk, address(router), block.chainid, 1, X1, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, vm.addr(pk)));
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
    }

    /// A registered enclave's signature over other keys does not carry swapped keys.
    function test_setEpochKeys_swappedKeys_reverts() public {
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        bytes32 digest = _fleetDigest(address(router), block.chainid, 1, X2, keccak256(xw));
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, _recovered(digest, r, vs)));
        router.setEpochKeys(FLEET, 1, X2, xw, r, vs);
        bytes memory other = _xwing(2);
        digest = _fleetDigest(address(router), block.chainid, 1, X1, keccak256(other));
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, _recovered(digest, r, vs)));
        router.setEpochKeys(FLEET, 1, X1, other, r, vs);
    }

    function test_setEpochKeys_expiredSigner_reverts() public {
        (IEnclaveRegistry.Enclave memory e,) = router.enclave(enclaveSigner);
        vm.warp(e.expiresAt);
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, enclaveSigner));
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
    }

    function test_setEpochKeys_revokedSigner_reverts() public {
        vm.prank(owner);
        router.revokeEnclave(enclaveSigner);
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, enclaveSigner));
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
    }

    function test_setEpochKeys_deactivatedSigner_reverts() public {
        bytes32 key = router.mrEnclaveKey(MRENCLAVE);
        vm.prank(owner);
        router.removeMeasurement(key);
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, enclaveSigner));
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
    }

    /// A registry without simulation never takes keys from a simulated enclave, even one whose record
    /// says it is active (registration already refuses them; this is the second lock).
    function test_setEpochKeys_simulatedSigner_productionRegistry_reverts() public {
        FleetKeysHarness prod = new FleetKeysHarness(owner, false, FLEET);
        prod.forceEnclave(enclaveSigner, true, uint40(block.timestamp + 1 days));
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(prod), block.chainid, 1, X1, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerSimulated.selector, enclaveSigner));
        prod.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        // the same enclave, not simulated, is accepted and the hook runs once
        prod.forceEnclave(enclaveSigner, false, uint40(block.timestamp + 1 days));
        prod.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        assertEq(prod.currentEpoch(), 1);
        assertEq(prod.activatedCount(), 1);
        assertEq(prod.activated(0), 1);
    }

    function test_setEpochKeys_simulatedSigner_devRegistry_succeeds() public {
        uint256 pk = 0x51;
        IEnclaveRegistry.Registration memory reg = _registration(vm.addr(pk), payee, uint40(block.timestamp + 1 days));
        reg.simulated = true;
        vm.prank(registrar);
        router.registerEnclave(reg);
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(pk, address(router), block.chainid, 1, X1, xw);
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        assertEq(router.currentEpoch(), 1);
    }

    function test_setEpochKeys_badKeys_reverts() public {
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, bytes32(0), xw);
        vm.expectRevert(IFleetKeys.BadX25519Key.selector);
        router.setEpochKeys(FLEET, 1, bytes32(0), xw, r, vs);
        bytes memory short = new bytes(1215);
        (r, vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, short);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.BadXWingKeyLength.selector, 1215));
        router.setEpochKeys(FLEET, 1, X1, short, r, vs);
        bytes memory long = bytes.concat(xw, hex"00");
        (r, vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, long);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.BadXWingKeyLength.selector, 1217));
        router.setEpochKeys(FLEET, 1, X1, long, r, vs);
    }

    function test_setEpochKeys_wrongEpoch_reverts() public {
        bytes memory xw = _xwing(1);
        for (uint32 epoch = 0; epoch < 3; ++epoch) {
            if (epoch == 1) continue;
            (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, epoch, X1, xw);
            vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochNotPending.selector, epoch, 1));
            router.setEpochKeys(FLEET, epoch, X1, xw, r, vs);
        }
    }

    function test_setEpochKeys_twice_reverts() public {
        _publish(1, X1, _xwing(1));
        // a second enclave's keys for the same epoch are refused: the first valid submission wins
        uint256 pk2 = 0xB0B;
        _register(vm.addr(pk2), payee, uint40(block.timestamp + 1 days));
        bytes memory xw = _xwing(2);
        (bytes32 r, bytes32 vs) = _sign(pk2, address(router), block.chainid, 1, X2, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochKeysAlreadySet.selector, 1));
        router.setEpochKeys(FLEET, 1, X2, xw, r, vs);
        // and so is the very same submission again
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochKeysAlreadySet.selector, 1));
        this.publishExternal(1, X1, _xwing(1));
        (, bytes32 x,) = router.epochKeys(1);
        assertEq(x, X1);
    }

    // ------------------------------------------------------------ replay

    function test_setEpochKeys_replayOtherChain_reverts() public {
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid + 1, 1, X1, xw);
        bytes32 digest = _fleetDigest(address(router), block.chainid, 1, X1, keccak256(xw));
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, _recovered(digest, r, vs)));
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        // the signature is good on the chain it was made for: the domain follows the chain id
        vm.chainId(block.chainid + 1);
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        assertEq(router.currentEpoch(), 1);
    }

    function test_setEpochKeys_replayOtherRouter_reverts() public {
        IJobRouterFull other = _newRouter(true);
        vm.startPrank(owner);
        other.setRegistrar(registrar, true);
        other.allowMrEnclave(MRENCLAVE);
        other.setFleetId(FLEET);
        vm.stopPrank();
        vm.prank(registrar);
        other.registerEnclave(_registration(enclaveSigner, payee, uint40(block.timestamp + 1 days)));
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        bytes32 digest = _fleetDigest(address(other), block.chainid, 1, X1, keccak256(xw));
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, _recovered(digest, r, vs)));
        other.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        assertEq(other.currentEpoch(), 0);
    }

    function test_setEpochKeys_replayOtherEpoch_reverts() public {
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        vm.prank(owner);
        router.startRotation();
        bytes32 digest = _fleetDigest(address(router), block.chainid, 2, X1, keccak256(xw));
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.FleetKeySignerInactive.selector, _recovered(digest, r, vs)));
        router.setEpochKeys(FLEET, 2, X1, xw, r, vs);
        assertEq(router.currentEpoch(), 1);
    }

    /// The digest the enclave signs is in the very domain results are signed in.
    function test_fleetKeyDigest_routerDomain_succeeds() public view {
        bytes32 h = keccak256(_xwing(1));
        bytes32 structHash = keccak256(abi.encode(router.FLEET_KEY_TYPEHASH(), FLEET, uint32(7), X1, h));
        assertEq(
            _fleetDigest(address(router), block.chainid, 7, X1, h),
            keccak256(abi.encodePacked(hex"1901", router.domainSeparator(), structHash))
        );
        assertEq(
            router.FLEET_KEY_TYPEHASH(),
            keccak256("FleetKey(bytes32 fleetId,uint32 epoch,bytes32 x25519Key,bytes32 xwingKeyHash)")
        );
    }

    // ------------------------------------------------------------ rotation and retirement

    function test_startRotation_lifecycle_succeeds() public {
        bytes memory xw1 = _xwing(1);
        bytes memory xw2 = _xwing(2);
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.RotationPending.selector, 1));
        router.startRotation();
        _publish(1, X1, xw1);

        vm.expectEmit(address(router));
        emit EpochOpened(2);
        vm.prank(owner);
        assertEq(router.startRotation(), 2);
        assertEq(router.currentEpoch(), 1, "current until epoch 2 has keys");
        assertEq(router.pendingEpoch(), 2);
        assertEq(uint8(_status(router, 2)), uint8(IFleetKeys.EpochStatus.Pending));
        vm.prank(owner);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.RotationPending.selector, 2));
        router.startRotation();

        _publish(2, X2, xw2);
        assertEq(router.currentEpoch(), 2);
        uint32[] memory active = router.activeEpochs();
        assertEq(active.length, 2);
        assertEq(active[0], 1);
        assertEq(active[1], 2);

        vm.startPrank(owner);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.CannotRetireCurrentEpoch.selector, 2));
        router.retireEpoch(2);
        vm.expectEmit(address(router));
        emit EpochRetired(1);
        router.retireEpoch(1);
        vm.expectRevert(
            abi.encodeWithSelector(IFleetKeys.EpochNotRetirable.selector, 1, IFleetKeys.EpochStatus.Retired)
        );
        router.retireEpoch(1);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochNotRetirable.selector, 9, IFleetKeys.EpochStatus.None));
        router.retireEpoch(9);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochNotRetirable.selector, 0, IFleetKeys.EpochStatus.None));
        router.retireEpoch(0);
        vm.stopPrank();

        active = router.activeEpochs();
        assertEq(active.length, 1);
        assertEq(active[0], 2);
        // a retired epoch keeps its public keys on record (history) but never takes new ones
        (IFleetKeys.EpochStatus status, bytes32 x, bytes memory xw) = router.epochKeys(1);
        assertEq(uint8(status), uint8(IFleetKeys.EpochStatus.Retired));
        assertEq(x, X1);
        assertEq(xw, xw1);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochKeysAlreadySet.selector, 1));
        this.publishExternal(1, X1, xw1);
    }

    function test_retireEpoch_pending_cancelsRotation_succeeds() public {
        _publish(1, X1, _xwing(1));
        vm.startPrank(owner);
        router.startRotation();
        vm.expectEmit(address(router));
        emit EpochRetired(2);
        router.retireEpoch(2);
        assertEq(router.pendingEpoch(), 0);
        assertEq(uint8(_status(router, 2)), uint8(IFleetKeys.EpochStatus.Retired));
        // the next rotation takes a fresh number; the cancelled epoch never takes keys
        assertEq(router.startRotation(), 3);
        vm.stopPrank();
        bytes memory xw = _xwing(2);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 2, X2, xw);
        vm.expectRevert(abi.encodeWithSelector(IFleetKeys.EpochNotPending.selector, 2, 3));
        router.setEpochKeys(FLEET, 2, X2, xw, r, vs);
        _publish(3, X2, xw);
        assertEq(router.currentEpoch(), 3);
        uint32[] memory active = router.activeEpochs();
        assertEq(active.length, 2);
        assertEq(active[1], 3);
    }

    function test_retireEpoch_genesisPending_succeeds() public {
        // a genesis nobody published can be cancelled and reopened as epoch 2
        vm.startPrank(owner);
        router.retireEpoch(1);
        assertEq(router.startRotation(), 2);
        vm.stopPrank();
        _publish(2, X2, _xwing(2));
        assertEq(router.currentEpoch(), 2);
    }

    function test_ownerOnly_reverts() public {
        vm.startPrank(user);
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.startRotation();
        vm.expectRevert(abi.encodeWithSelector(IOwned2Step.Unauthorized.selector, user));
        router.retireEpoch(1);
        vm.stopPrank();
    }

    // ------------------------------------------------------------ bad_input results name the epoch key

    /// A worker whose key of an epoch differs from the recorded one (a forked or restored worker)
    /// signs a bad_input naming its own key: the router refuses it, so no honest job gets a paid
    /// failure; the same result naming the recorded key, or no fleet key (epoch 0), settles.
    function test_fulfill_badInputOtherFleetKey_reverts() public {
        _publish(1, X1, _xwing(1));
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "sealed input", 0, 600, 1 ether);
        IJobRouter.Fulfillment memory f = _fulfillment(enclavePk, jobId, q, 6, abi.encodePacked(uint32(1), X2));
        vm.expectRevert(
            abi.encodeWithSelector(IJobRouter.FulfillmentRefused.selector, jobId, IJobRouter.Refusal.FleetKeyMismatch)
        );
        router.fulfill(f);
        (, IJobRouter.Refusal why) = router.check(f);
        assertEq(uint8(why), uint8(IJobRouter.Refusal.FleetKeyMismatch));
        // an epoch with no recorded key is a mismatch too
        f = _fulfillment(enclavePk, jobId, q, 6, abi.encodePacked(uint32(2), X1));
        (, why) = router.check(f);
        assertEq(uint8(why), uint8(IJobRouter.Refusal.FleetKeyMismatch));
        // batches skip it and settle the rest
        IJobRouter.Fulfillment[] memory fs = new IJobRouter.Fulfillment[](1);
        fs[0] = _fulfillment(enclavePk, jobId, q, 6, abi.encodePacked(uint32(1), X2, "reason"));
        assertEq(router.fulfillBatch(fs), 0);
        assertEq(_enclaveFees(enclaveSigner), 0);
    }

    function test_fulfill_badInputRecordedFleetKey_succeeds() public {
        _publish(1, X1, _xwing(1));
        (bytes32 jobId, IJobRouter.Request memory q) = _request(user, "sealed input", 0, 600, 1 ether);
        uint256 g = gasleft();
        router.fulfill(_fulfillment(enclavePk, jobId, q, 6, abi.encodePacked(uint32(1), X1, "bad aad")));
        console.log("gas.fulfill_bad_input_epoch_key execution", g - gasleft());
        assertGt(_enclaveFees(enclaveSigner), 0);
        // no fleet key involved (a malformed plaintext input): epoch 0, no check
        (jobId, q) = _request(user, "plain", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 6, abi.encodePacked(uint32(0), bytes32(0))));
        // shorter outputs (older workers) and other statuses are not read
        (jobId, q) = _request(user, "plain", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 6, hex"01"));
        (jobId, q) = _request(user, "plain", 0, 600, 1 ether);
        router.fulfill(_fulfillment(enclavePk, jobId, q, 0, abi.encodePacked(uint32(1), X2)));
    }

    // ------------------------------------------------------------ gas

    /// Prints the cost of publishing an epoch's keys and of retiring one (execution gas measured here
    /// plus the transaction's intrinsic cost: 21,000 + calldata at 4/16 gas per zero/non-zero byte),
    /// and of the measured alternative: the X-Wing key as a `bytes` storage value.
    function test_gas_setEpochKeysAndRetire() public {
        bytes memory xw = _xwing(1);
        (bytes32 r, bytes32 vs) = _sign(enclavePk, address(router), block.chainid, 1, X1, xw);
        bytes memory callData = abi.encodeCall(IFleetKeys.setEpochKeys, (FLEET, 1, X1, xw, r, vs));
        uint256 g = gasleft();
        router.setEpochKeys(FLEET, 1, X1, xw, r, vs);
        uint256 setGas = g - gasleft();
        console.log("gas.fleet_set_epoch_keys execution", setGas);
        console.log("gas.fleet_set_epoch_keys tx", setGas + _intrinsic(callData));

        vm.prank(owner);
        router.startRotation();
        (r, vs) = _sign(enclavePk, address(router), block.chainid, 2, X2, xw);
        router.setEpochKeys(FLEET, 2, X2, xw, r, vs);
        vm.prank(owner);
        g = gasleft();
        router.retireEpoch(1);
        uint256 retireGas = g - gasleft();
        console.log("gas.fleet_retire_epoch tx", retireGas + _intrinsic(abi.encodeCall(IFleetKeys.retireEpoch, (1))));
        vm.prank(owner);
        g = gasleft();
        router.startRotation();
        console.log(
            "gas.fleet_start_rotation tx", g - gasleft() + _intrinsic(abi.encodeCall(IFleetKeys.startRotation, ()))
        );

        BytesStore store = new BytesStore();
        g = gasleft();
        store.set(xw);
        uint256 bytesGas = g - gasleft();
        console.log("gas.xwing_key_as_bytes_storage execution", bytesGas);

        // budgets that keep the figures honest if the layout changes
        assertLt(setGas, 400_000, "publishing keys");
        assertLt(retireGas, 15_000, "retiring");
        assertGt(bytesGas, 800_000, "bytes storage is the dearer way");
    }

    function _intrinsic(bytes memory data) internal pure returns (uint256 cost) {
        cost = 21_000;
        for (uint256 i = 0; i < data.length; ++i) {
            cost += data[i] == 0 ? 4 : 16;
        }
    }
}

/// Submits the fleet key vectors that the Go protocol package writes (protocol/fleetkey_chain_test.go)
/// to FleetKeys deployed at each vector's address and chain: Go and Solidity agree on the FleetKey
/// digest and the compact signature form.
contract FleetKeyVectorsTest is Test {
    event EpochKeySet(uint32 indexed epoch, address indexed signer, bytes32 x25519Key, bytes32 xwingKeyHash);

    function test_vectors_matchGo() public {
        string memory json = vm.readFile("contracts/test/vectors/fleetkey.json");
        uint256 n;
        while (vm.keyExistsJson(json, string.concat(".vectors[", vm.toString(n), "]"))) {
            _check(json, string.concat(".vectors[", vm.toString(n), "]"));
            ++n;
        }
        assertEq(n, 3, "vector count");
    }

    function _check(string memory json, string memory p) internal {
        vm.chainId(vm.parseJsonUint(json, string.concat(p, ".chainId")));
        address at = vm.parseJsonAddress(json, string.concat(p, ".router"));
        deployCodeTo(
            "FleetKeys.t.sol:FleetKeysHarness",
            abi.encode(address(this), false, vm.parseJsonBytes32(json, string.concat(p, ".fleetId"))),
            at
        );
        FleetKeysHarness f = FleetKeysHarness(at);
        address signer = vm.parseJsonAddress(json, string.concat(p, ".signer"));
        assertEq(vm.addr(uint256(vm.parseJsonBytes32(json, string.concat(p, ".privateKey")))), signer, "key");
        f.forceEnclave(signer, false, uint40(block.timestamp + 1));
        uint32 epoch = uint32(vm.parseJsonUint(json, string.concat(p, ".epoch")));
        f.openEpoch(epoch);

        bytes32 x = vm.parseJsonBytes32(json, string.concat(p, ".x25519Key"));
        bytes memory xw = vm.parseJsonBytes(json, string.concat(p, ".xwingKey"));
        assertEq(keccak256(xw), vm.parseJsonBytes32(json, string.concat(p, ".xwingKeyHash")), "xwingKeyHash");
        bytes32 domain = keccak256(
            abi.encode(
                keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)"),
                keccak256("TeeOracle"),
                keccak256("1"),
                block.chainid,
                at
            )
        );
        assertEq(domain, vm.parseJsonBytes32(json, string.concat(p, ".domainSeparator")), "domain");
        bytes32 fid = vm.parseJsonBytes32(json, string.concat(p, ".fleetId"));
        bytes32 structHash = keccak256(abi.encode(f.FLEET_KEY_TYPEHASH(), fid, epoch, x, keccak256(xw)));
        assertEq(structHash, vm.parseJsonBytes32(json, string.concat(p, ".structHash")), "structHash");
        assertEq(
            keccak256(abi.encodePacked(hex"1901", domain, structHash)),
            vm.parseJsonBytes32(json, string.concat(p, ".digest")),
            "digest"
        );

        // the contract accepts Go's signature and names the same signer
        bytes32 r = vm.parseJsonBytes32(json, string.concat(p, ".r"));
        bytes32 vs = vm.parseJsonBytes32(json, string.concat(p, ".vs"));
        vm.expectEmit(at);
        emit EpochKeySet(epoch, signer, x, keccak256(xw));
        f.setEpochKeys(fid, epoch, x, xw, r, vs);
        assertEq(f.currentEpoch(), epoch);
    }
}
