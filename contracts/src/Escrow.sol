// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "./interfaces/IEscrow.sol";
import {JobRouterStorage} from "./JobRouterStorage.sol";

/// @title Escrow
/// @notice Pull-payment accounting of the router: balances owed to accounts (refunds of cancelled
///         jobs, fees settled to an enclave's former payee, later private-payment claims) that their
///         owners withdraw themselves. Fees of open jobs are held implicitly by their commitments,
///         enclave fees by the enclave registry and author fees by the program records.
abstract contract Escrow is JobRouterStorage, IEscrow {
    /// @inheritdoc IEscrow
    function balanceOf(address account) external view returns (uint256) {
        return _balances[account];
    }

    /// @inheritdoc IEscrow
    function withdraw(address payable to) external returns (uint256 amount) {
        amount = _balances[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        _balances[msg.sender] = 0;
        emit Withdrawn(msg.sender, to, amount);
        _pay(to, amount);
    }
}
