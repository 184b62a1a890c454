// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// @title IEscrow
/// @notice Pull payments of the router: refunds (and later private-payment claims) wait here until
///         their owner withdraws them.
interface IEscrow {
    /// @notice The account has nothing to withdraw.
    error NothingToWithdraw();
    /// @notice Sending Ether to `to` failed.
    error TransferFailed(address to, uint256 amount);

    /// @notice Emitted when `amount` wei becomes withdrawable by `account`.
    event Credited(address indexed account, uint256 amount);
    /// @notice Emitted when `account` withdraws `amount` wei to `to`.
    event Withdrawn(address indexed account, address indexed to, uint256 amount);

    /// @notice Wei that `account` may withdraw.
    /// @param account The account.
    /// @return The balance.
    function balanceOf(address account) external view returns (uint256);

    /// @notice Sends the caller's whole balance to `to`.
    /// @param to The receiver.
    /// @return amount The amount sent.
    function withdraw(address payable to) external returns (uint256 amount);
}
