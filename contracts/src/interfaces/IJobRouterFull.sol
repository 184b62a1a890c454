// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {IJobRouter} from "./IJobRouter.sol";
import {IJobRouterAdmin} from "./IJobRouterAdmin.sol";

/// @title IJobRouterFull
/// @notice Everything a JobRouter address answers: the hot paths it runs itself (`IJobRouter`) and the
///         cold functions its fallback delegates to JobRouterAdmin (`IJobRouterAdmin`). One ABI for
///         calls, events and errors (the Go binding `bindings.JobRouter` is this union).
interface IJobRouterFull is IJobRouter, IJobRouterAdmin {}
