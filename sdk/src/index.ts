// @teeoracle/sdk: seal inputs to the TEE oracle's fleet key, request jobs and wait for their results.
export * from './abi.js';
export * from './bytes.js';
export * from './hpke.js';
export * from './input.js';
export * from './output.js';
export * from './fleet.js';
export * from './status.js';
export * from './errors.js';
export * from './jobs.js';
export * from './secrets.js';
export * from './voucher.js';
