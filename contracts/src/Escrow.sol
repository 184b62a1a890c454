// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IEscrow} from "./interfaces/IEscrow.sol";

/// @title Escrow
/// @notice Pull-payment accounting of the router: balances owed to accounts (refunds of cancelled
///         jobs, later private-payment claims) that their owners withdraw themselves. Fees of open
///         jobs are held implicitly by their commitments, enclave fees by the enclave registry and
///         author fees by the program records.
/// @dev Every transfer out goes through `_pay`, after state has been updated (checks-effects-
///      interactions), so a reentrant receiver finds nothing left to take.
abstract contract Escrow is IEscrow {
    /// @inheritdoc IEscrow
    mapping(address account => uint256) public balanceOf;

    /// @inheritdoc IEscrow
    function withdraw(address payable to) external returns (uint256 amount) {
        amount = balanceOf[msg.sender];
        if (amount == 0) revert NothingToWithdraw();
        balanceOf[msg.sender] = 0;
        emit Withdrawn(msg.sender, to, amount);
        _pay(to, amount);
    }

    function _credit(address account, uint256 amount) internal {
        balanceOf[account] += amount;
        emit Credited(account, amount);
    }

    function _pay(address to, uint256 amount) internal {
        (bool ok,) = to.call{value: amount}("");
        if (!ok) revert TransferFailed(to, amount);
    }
}
