// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IProgramRegistry} from "../src/interfaces/IProgramRegistry.sol";
import {IEnclaveRegistry} from "../src/interfaces/IEnclaveRegistry.sol";
import {IJobRouterFull} from "../src/interfaces/IJobRouterFull.sol";
import {Test} from "forge-std/Test.sol";
import {JobRouter} from "../src/JobRouter.sol";
import {IJobRouter} from "../src/interfaces/IJobRouter.sol";

/// Shared fixture: a router with one registrar, one allowlisted MRENCLAVE, one active enclave and one
/// open program (version 1, no author fee) whose author is `author`. The fee floor starts at zero;
/// fee tests set it.
abstract contract RouterFixture is Test {
    IJobRouterFull internal router;
    address internal owner = makeAddr("owner");
    address internal registrar = makeAddr("registrar");
    address internal payee = makeAddr("payee");
    address internal relayer = makeAddr("relayer");
    address internal user = makeAddr("user");
    address internal author = makeAddr("author");

    uint256 internal enclavePk = 0xA11CE;
    address internal enclaveSigner;
    bytes32 internal constant MRENCLAVE = keccak256("mrenclave");
    bytes32 internal constant MRSIGNER = keccak256("mrsigner");
    string internal constant NAME = "program";
    bytes32 internal constant CODE_V1 = keccak256("program.wasm v1");
    bytes32 internal PROGRAM;
    bytes internal encKey;

    uint24 internal constant MAX_INPUT = 16 * 1024;
    uint24 internal constant MAX_CB_GAS = 2_000_000;
    uint16 internal constant MIN_TTL = 60;
    uint24 internal constant MAX_TTL = 7 days;
    /// Notice before a fee increase applies (JobRouterAdmin's constructor).
    uint32 internal constant FEE_NOTICE = 1 days;

    function setUp() public virtual {
        vm.warp(1_700_000_000);
        router = _newRouter(owner, true);
        enclaveSigner = vm.addr(enclavePk);
        encKey = abi.encodePacked(bytes1(0x02), keccak256("enc"));
        vm.startPrank(owner);
        router.setRegistrar(registrar, true);
        router.allowMrEnclave(MRENCLAVE);
        vm.stopPrank();
        _register(enclaveSigner, payee, uint40(block.timestamp + 30 days));
        vm.deal(user, 100 ether);
        vm.startPrank(author);
        PROGRAM = router.createProgram(NAME, 0, false);
        router.publishVersion(NAME, CODE_V1, "bafy-v1");
        vm.stopPrank();
    }

    /// A router like the fixture's (the one place tests name the constructors' arguments): its admin
    /// code first, then the router that delegates to it; typed with the router's full ABI.
    function _newRouter(address owner_, bool allowSimulation) internal returns (IJobRouterFull) {
        return IJobRouterFull(
            address(
                new JobRouter(
                    _newAdmin(allowSimulation),
                    owner_,
                    MAX_INPUT,
                    MAX_CB_GAS,
                    MIN_TTL,
                    MAX_TTL,
                    IJobRouter.Fees(0, 0, 0, 0)
                )
            )
        );
    }

    /// JobRouterAdmin, deployed from its artifact: a test that imported its source would be compiled
    /// in the admin's size-optimised profile (foundry.toml) and deploy a JobRouter built that way too.
    function _newAdmin(bool allowSimulation) internal returns (address) {
        return deployCode("JobRouterAdmin.sol:JobRouterAdmin", abi.encode(allowSimulation, FEE_NOTICE));
    }

    function _registration(address signer, address payee_, uint40 expiresAt)
        internal
        view
        returns (IEnclaveRegistry.Registration memory)
    {
        return IEnclaveRegistry.Registration({
            signer: signer,
            payee: payee_,
            expiresAt: expiresAt,
            simulated: false,
            mrEnclave: MRENCLAVE,
            mrSigner: MRSIGNER,
            productId: 1,
            svn: 2,
            evidenceDigest: keccak256(abi.encode("evidence", signer)),
            encryptionKey: encKey
        });
    }

    function _register(address signer, address payee_, uint40 expiresAt) internal {
        IEnclaveRegistry.Registration memory r = _registration(signer, payee_, expiresAt);
        vm.prank(registrar);
        router.registerEnclave(r);
    }

    /// The request fields the router commits to for a request made now for `programId` (version 0
    /// resolved to the current one, author fee from the program record).
    function _req(
        address requester,
        address user_,
        bytes32 programId,
        uint32 version,
        bytes memory input,
        uint32 gasLimit,
        uint256 fee,
        uint32 ttl
    ) internal view returns (IJobRouter.Request memory q) {
        IProgramRegistry.Program memory p = router.program(programId);
        q = IJobRouter.Request({
            requester: requester,
            user: user_,
            programId: programId,
            version: version == 0 ? p.currentVersion : version,
            epoch: router.config().currentEpoch,
            inputHash: keccak256(input),
            callbackGasLimit: gasLimit,
            fee: uint96(fee),
            authorFee: p.authorFee,
            deadline: uint40(block.timestamp + ttl)
        });
    }

    /// Requests a job of PROGRAM from `from` (an EOA, naming itself as the user) and returns its id
    /// and request fields.
    function _request(address from, bytes memory input, uint32 gasLimit, uint32 ttl, uint256 fee)
        internal
        returns (bytes32 jobId, IJobRouter.Request memory q)
    {
        q = _req(from, from, PROGRAM, 0, input, gasLimit, fee, ttl);
        vm.deal(from, from.balance + fee);
        vm.prank(from);
        jobId = router.requestJob{value: fee}(PROGRAM, 0, from, input, gasLimit, ttl);
    }

    function _commitment(IJobRouter.Request memory q) internal pure returns (bytes32) {
        return keccak256(
            abi.encode(
                q.requester,
                q.user,
                q.programId,
                q.version,
                q.epoch,
                q.inputHash,
                q.callbackGasLimit,
                q.fee,
                q.authorFee,
                q.deadline
            )
        );
    }

    /// EIP-712 digest computed independently of the router.
    function _digest(address routerAddr, uint256 chainId, bytes32 jobId, bytes32 c, uint8 status, bytes memory out)
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
                routerAddr
            )
        );
        bytes32 structHash = keccak256(
            abi.encode(
                keccak256("JobResult(bytes32 jobId,bytes32 commitment,uint8 status,bytes output)"),
                jobId,
                c,
                status,
                keccak256(out)
            )
        );
        return keccak256(abi.encodePacked(hex"1901", domain, structHash));
    }

    function _signDigest(uint256 pk, bytes32 digest) internal pure returns (bytes32 r, bytes32 vs) {
        (uint8 v, bytes32 r_, bytes32 s) = vm.sign(pk, digest);
        r = r_;
        vs = bytes32(uint256(s) | (uint256(v - 27) << 255));
    }

    /// A fulfilment signed by `pk` for this router on this chain.
    function _fulfillment(uint256 pk, bytes32 jobId, IJobRouter.Request memory q, uint8 status, bytes memory out)
        internal
        view
        returns (IJobRouter.Fulfillment memory f)
    {
        (bytes32 r, bytes32 vs) =
            _signDigest(pk, _digest(address(router), block.chainid, jobId, _commitment(q), status, out));
        f = IJobRouter.Fulfillment({jobId: jobId, request: q, status: status, output: out, r: r, vs: vs});
    }

    function _enclaveFees(address signer) internal view returns (uint256) {
        (IEnclaveRegistry.Enclave memory e,) = router.enclave(signer);
        return e.fees;
    }

    /// Sets the owner's fees (flat part and minimum gas price; no base-fee term, no overhead) and
    /// waits out the notice period when that raises the floor.
    function _setFees(uint32 flatFeeGwei, uint40 minGasPrice) internal {
        _setFees(IJobRouter.Fees(flatFeeGwei, minGasPrice, 0, 0));
    }

    function _setFees(IJobRouter.Fees memory f) internal {
        vm.prank(owner);
        router.setFees(f.flatFeeGwei, f.minGasPrice, f.baseFeePercent, f.overheadKGas);
        (, uint40 at) = router.pendingFees();
        if (at != 0) {
            vm.warp(at);
            router.applyFees();
        }
    }

    /// The author sets `name`'s policy and waits out the notice period of a fee increase.
    function _setPolicy(string memory name, uint96 authorFee, bool allowlistOnly) internal {
        vm.prank(author);
        router.setPolicy(name, authorFee, allowlistOnly);
        uint40 at = router.program(router.programIdOf(author, name)).authorFeeEffectiveAt;
        if (at > block.timestamp) vm.warp(at);
    }

    function _earnings(bytes32 programId) internal view returns (uint256) {
        return router.program(programId).earnings;
    }
}
