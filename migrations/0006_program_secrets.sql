-- 0006: the author secrets bundle of each program (ProgramSecretsSet, issue 19). Only the current
-- reference is kept: the relayer hands its CID and hash to the worker with each job of the
-- program. A zero hash (revocation) deletes the row.
CREATE TABLE program_secrets (
    chain_id     bigint      NOT NULL,
    program_id   bytea       NOT NULL,
    bundle_hash  bytea       NOT NULL,
    cid          text        NOT NULL,
    block_number bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, program_id)
);
