// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {TeeOracleConsumer} from "../../src/TeeOracleConsumer.sol";
import {IJobRouter} from "../../src/interfaces/IJobRouter.sol";
import {JobRouter} from "../../src/JobRouter.sol";

/// Forwards requests to the router, paying msg.value.
abstract contract RequestingConsumer is TeeOracleConsumer {
    /// Follows the program's current version; the caller is the job's user.
    function request(bytes32 programId, bytes calldata input, uint32 gasLimit, uint32 ttl)
        external
        payable
        returns (bytes32)
    {
        return _requestCurrent(programId, msg.sender, input, gasLimit, ttl, msg.value);
    }

    /// Pins `version`; the caller is the job's user.
    function requestPinned(bytes32 programId, uint32 version, bytes calldata input, uint32 gasLimit, uint32 ttl)
        external
        payable
        returns (bytes32)
    {
        return _requestPinned(programId, version, msg.sender, input, gasLimit, ttl, msg.value);
    }

    function quote(bytes32 programId, uint32 gasLimit) external view returns (uint256) {
        return _quoteFee(programId, gasLimit);
    }
}

/// Records every result it receives.
contract RecordingConsumer is RequestingConsumer {
    bytes32 public lastJobId;
    uint8 public lastStatus;
    bytes public lastOutput;
    uint256 public calls;
    uint256 public gasAtEntry;

    constructor(address router_) TeeOracleConsumer(router_) {}

    receive() external payable {}

    function cancelJob(bytes32 jobId, IJobRouter.Request calldata q) external {
        _cancelJob(jobId, q);
    }

    function withdrawRefunds(address payable to) external returns (uint256) {
        return _withdrawRefunds(to);
    }

    function _onJobResult(bytes32 jobId, uint8 status, bytes calldata output) internal override {
        gasAtEntry = gasleft();
        lastJobId = jobId;
        lastStatus = status;
        lastOutput = output;
        calls++;
    }
}

/// Reverts on every result.
contract RevertingConsumer is RequestingConsumer {
    error Nope(uint256 code);

    constructor(address router_) TeeOracleConsumer(router_) {}

    function _onJobResult(bytes32, uint8, bytes calldata) internal pure override {
        revert Nope(42);
    }
}

/// Burns exactly `burn` gas in its callback (or everything when burn is max), then returns.
contract GasBurner is RequestingConsumer {
    uint256 public burn;
    bool public done;

    constructor(address router_, uint256 burn_) TeeOracleConsumer(router_) {
        burn = burn_;
    }

    function _onJobResult(bytes32, uint8, bytes calldata) internal override {
        uint256 target = burn;
        uint256 start = gasleft();
        while (start - gasleft() < target) {}
        done = true;
    }
}

/// Reverts with a huge revert payload to try to make the router copy it all.
contract ReturnBomb is RequestingConsumer {
    constructor(address router_) TeeOracleConsumer(router_) {}

    function _onJobResult(bytes32, uint8, bytes calldata) internal pure override {
        assembly {
            revert(0, 100000)
        }
    }
}

/// Tries to re-enter the router from its callback: fulfil the same job again, cancel it, and pull funds.
contract ReentrantConsumer is RequestingConsumer {
    JobRouter.Fulfillment internal replay;
    bool public reentryFulfillSucceeded;
    bool public reentryCancelSucceeded;
    bool public reentryWithdrawSucceeded;
    uint256 public calls;

    constructor(address router_) TeeOracleConsumer(router_) {}

    receive() external payable {}

    function arm(JobRouter.Fulfillment calldata f) external {
        replay = f;
    }

    function _onJobResult(bytes32, uint8, bytes calldata) internal override {
        calls++;
        JobRouter r = JobRouter(address(router));
        try r.fulfill(replay) {
            reentryFulfillSucceeded = true;
        } catch {}
        try r.cancel(replay.jobId, replay.request) {
            reentryCancelSucceeded = true;
        } catch {}
        try r.withdraw(payable(address(this))) {
            reentryWithdrawSucceeded = true;
        } catch {}
    }
}

/// Refuses Ether.
contract EtherRefuser {
    function withdrawFrom(IJobRouter r) external {
        r.withdraw(payable(address(this)));
    }
}
