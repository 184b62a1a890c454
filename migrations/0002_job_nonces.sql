-- 0002: where the events handler's job-nonce continuity check stands, so that it does not count every
-- JobRequested log stored so far at each range (a cost that grew with the table).

-- The router's next job nonce after block_number (requests of blocks up to block_number counted). Valid
-- only for a range that starts at block_number + 1; otherwise (replay, reorg rollback) the handler
-- counts the stored JobRequested logs once and starts over from there.
CREATE TABLE job_nonces (
    chain_id     bigint NOT NULL,
    router       bytea  NOT NULL,
    block_number bigint NOT NULL,
    next_nonce   bigint NOT NULL,
    PRIMARY KEY (chain_id, router)
);
