// Result status codes, as the enclave signs them and the router passes them to onJobResult
// (ITeeOracleConsumer; docs/formats.md).

export const JobStatus = {
  /** The output is the program's stdout (encrypted to the output key when the input named one). */
  Ok: 0,
  /** The output is the IPFS CID (ASCII) of the program's stdout, stored by the enclave: fetchOutput. */
  OkCid: 1,
  /** The program trapped or exited non-zero. */
  ProgramError: 2,
  /** The program ran out of time. */
  Timeout: 3,
  /** The program ran out of memory. */
  MemoryLimit: 4,
  /** The program's output was larger than allowed. */
  OutputTooLarge: 5,
  /** The enclave could not open or parse the input (copied ciphertext, wrong binding, bad output key). */
  BadInput: 6,
  /** The program went over its network budget (requests, bytes or time of its egress declaration). */
  EgressBudget: 7,
} as const;

export type JobStatusCode = (typeof JobStatus)[keyof typeof JobStatus];

/** Status names as the relayer and teeo print them. */
export const STATUS_NAMES = ['ok', 'ok_cid', 'program_error', 'timeout', 'memory_limit', 'output_too_large', 'bad_input', 'egress_budget'] as const;

export type JobStatusName = (typeof STATUS_NAMES)[number];

/** The name of a status code (`status_<n>` for a code this SDK does not know). */
export function statusName(code: number): JobStatusName | `status_${number}` {
  return (STATUS_NAMES[code] as JobStatusName | undefined) ?? `status_${code}`;
}

/** True for the two success statuses. */
export const isSuccess = (code: number) => code === JobStatus.Ok || code === JobStatus.OkCid;
