-- 0001: the relayer's state. Addresses, hashes and ids are raw bytes (bytea); uint256 amounts are
-- numeric(78,0); on-chain times (deadline, expiry) stay unix seconds (bigint) as the contracts use them.

-- Indexer ------------------------------------------------------------------------------------------

-- Where each indexer has processed up to (inclusive), with the hash it saw there.
CREATE TABLE indexer_checkpoints (
    chain_id     bigint      NOT NULL,
    name         text        NOT NULL,
    block_number bigint      NOT NULL,
    block_hash   bytea       NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, name)
);

-- Hashes of the blocks the indexer processed, to detect reorgs (a stored hash that no longer matches
-- the chain) and find the common ancestor. Old rows are pruned.
CREATE TABLE blocks (
    chain_id    bigint NOT NULL,
    number      bigint NOT NULL,
    hash        bytea  NOT NULL,
    parent_hash bytea  NOT NULL,
    time        bigint NOT NULL,
    PRIMARY KEY (chain_id, number)
);

-- Every contract event indexed, raw. Inserts are idempotent on (chain, block hash, log index), so a
-- replayed range inserts nothing twice; a reorg deletes the logs of the blocks it removed.
CREATE TABLE logs (
    chain_id     bigint      NOT NULL,
    block_hash   bytea       NOT NULL,
    log_index    integer     NOT NULL,
    block_number bigint      NOT NULL,
    tx_hash      bytea       NOT NULL,
    address      bytea       NOT NULL,
    event        text        NOT NULL,
    topics       bytea[]     NOT NULL,
    data         bytea       NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, block_hash, log_index)
);
CREATE INDEX logs_block_number ON logs (chain_id, block_number);

-- Registry projections (rebuilt from logs when a reorg removes events) ---------------------------

CREATE TABLE enclaves (
    chain_id        bigint      NOT NULL,
    signer          bytea       NOT NULL,
    measurement     bytea       NOT NULL, -- allowlist key it was registered under
    payee           bytea       NOT NULL,
    expires_at      bigint      NOT NULL, -- unix seconds
    simulated       boolean     NOT NULL,
    evidence_digest bytea       NOT NULL,
    encryption_key  bytea       NOT NULL,
    status          text        NOT NULL DEFAULT 'active'
                    CHECK (status IN ('active', 'revoked', 'deactivated')),
    block_number    bigint      NOT NULL,
    updated_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, signer)
);

CREATE TABLE measurements (
    chain_id     bigint      NOT NULL,
    key          bytea       NOT NULL,
    kind         smallint    NOT NULL, -- 1 MRENCLAVE, 2 MRSIGNER
    value        bytea       NOT NULL,
    product_id   integer     NOT NULL,
    min_svn      integer     NOT NULL,
    allowed      boolean     NOT NULL,
    block_number bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, key)
);

CREATE TABLE programs (
    chain_id     bigint      NOT NULL,
    program_id   bytea       NOT NULL,
    author       bytea       NOT NULL,
    enabled      boolean     NOT NULL DEFAULT true,
    block_number bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, program_id)
);

-- Where the module of a program, encrypted to one enclave's key, is on IPFS.
CREATE TABLE program_cids (
    chain_id     bigint      NOT NULL,
    program_id   bytea       NOT NULL,
    enclave      bytea       NOT NULL,
    cid          text        NOT NULL,
    block_number bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, program_id, enclave)
);

-- Jobs -------------------------------------------------------------------------------------------

-- One row per JobRequested. State machine:
--   requested -> dispatched (leased by a relayer, running on a worker) -> result_ready
--             -> submitted (in a transaction) -> confirmed
--   any open state -> expired | cancelled | fulfilled_by_other | failed
-- A dispatched job whose lease expired (relayer died) is claimable again.
CREATE TABLE jobs (
    job_id             bytea       PRIMARY KEY CHECK (length(job_id) = 32),
    chain_id           bigint      NOT NULL,
    router             bytea       NOT NULL,
    requester          bytea       NOT NULL,
    program_id         bytea       NOT NULL,
    input              bytea       NOT NULL,
    input_hash         bytea       NOT NULL,
    callback_gas_limit bigint      NOT NULL,
    fee                numeric(78,0) NOT NULL,
    deadline           bigint      NOT NULL,
    program_cid        text,        -- CID used for the last dispatch
    worker             text,        -- worker of the last dispatch
    block_number       bigint      NOT NULL,
    block_hash         bytea       NOT NULL,
    tx_hash            bytea       NOT NULL,
    log_index          integer     NOT NULL,
    state              text        NOT NULL DEFAULT 'requested'
                       CHECK (state IN ('requested', 'dispatched', 'result_ready', 'submitted', 'confirmed',
                                        'failed', 'expired', 'cancelled', 'fulfilled_by_other')),
    attempts           integer     NOT NULL DEFAULT 0, -- dispatches to a worker
    submit_attempts    integer     NOT NULL DEFAULT 0, -- transactions that failed to settle it
    next_attempt_at    timestamptz NOT NULL DEFAULT now(),
    lease_owner        text,
    lease_expires_at   timestamptz,
    last_error         text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    finished_at        timestamptz,
    closed_block       bigint       -- block of the event that settled it (fulfilled, cancelled), for reorg rollback
);
CREATE INDEX jobs_claimable ON jobs (next_attempt_at) WHERE state = 'requested';
CREATE INDEX jobs_leased ON jobs (lease_expires_at) WHERE state = 'dispatched';
CREATE INDEX jobs_result_ready ON jobs (updated_at) WHERE state = 'result_ready';
CREATE INDEX jobs_state_updated ON jobs (state, updated_at);
CREATE INDEX jobs_block ON jobs (chain_id, block_number);

-- The signed result a worker returned for a job.
CREATE TABLE job_results (
    job_id     bytea       PRIMARY KEY REFERENCES jobs (job_id) ON DELETE CASCADE,
    status     smallint    NOT NULL,
    output     bytea       NOT NULL,
    signature  bytea       NOT NULL CHECK (length(signature) = 64), -- r || vs (EIP-2098)
    signer     bytea       NOT NULL,
    worker     text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Transactions (txmgr) ---------------------------------------------------------------------------

-- One row per logical transaction (calldata to an address). The nonce is assigned when it is first
-- signed; every signed attempt (fee bumps) is kept in tx_attempts, and the raw bytes are stored before
-- they are broadcast so that a restarted relayer rebroadcasts instead of signing anew.
CREATE TABLE txs (
    id                  bigserial   PRIMARY KEY,
    chain_id            bigint      NOT NULL,
    from_address        bytea       NOT NULL,
    to_address          bytea       NOT NULL,
    data                bytea       NOT NULL,
    value               numeric(78,0) NOT NULL DEFAULT 0,
    gas_limit           bigint      NOT NULL DEFAULT 0,
    kind                text        NOT NULL DEFAULT '',
    state               text        NOT NULL DEFAULT 'queued'
                        CHECK (state IN ('queued', 'pending', 'included', 'confirmed', 'failed', 'abandoned')),
    nonce               bigint,
    gas_tip_cap         numeric(78,0),
    gas_fee_cap         numeric(78,0),
    tx_hash             bytea,
    raw_tx              bytea,
    bumps               integer     NOT NULL DEFAULT 0,
    noop                boolean     NOT NULL DEFAULT false, -- replace by a 0-value self-transfer (abandon / dry-run failed)
    bump_requested      boolean     NOT NULL DEFAULT false, -- an operator asked for a fee bump now
    first_sent_at       timestamptz,
    broadcast_at        timestamptz, -- last successful broadcast of the current attempt; NULL: (re)broadcast now
    included_hash       bytea,
    block_number        bigint,
    block_hash          bytea,
    receipt_status      smallint,
    gas_used            bigint,
    effective_gas_price numeric(78,0),
    error               text,
    created_at          timestamptz NOT NULL DEFAULT now(),
    updated_at          timestamptz NOT NULL DEFAULT now(),
    finished_at         timestamptz
);
-- Two transactions in flight never share a nonce. Final ones may: a reorg deeper than the confirmation
-- depth can free the nonce of a confirmed transaction, and the next one then reuses it.
CREATE UNIQUE INDEX txs_sender_nonce ON txs (chain_id, from_address, nonce) WHERE state IN ('pending', 'included');
CREATE INDEX txs_queued ON txs (chain_id, from_address, id) WHERE state = 'queued';
CREATE INDEX txs_in_flight ON txs (chain_id, from_address, nonce) WHERE state IN ('pending', 'included');

CREATE TABLE tx_attempts (
    tx_hash     bytea       PRIMARY KEY,
    tx_id       bigint      NOT NULL REFERENCES txs (id) ON DELETE CASCADE,
    nonce       bigint      NOT NULL,
    gas_limit   bigint      NOT NULL,
    noop        boolean     NOT NULL DEFAULT false,
    raw_tx      bytea       NOT NULL,
    gas_tip_cap numeric(78,0) NOT NULL,
    gas_fee_cap numeric(78,0) NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tx_attempts_tx ON tx_attempts (tx_id);

-- The single process that signs and broadcasts for a sender address (a lease; others take over when
-- it lapses). Other processes only enqueue.
CREATE TABLE tx_senders (
    chain_id         bigint      NOT NULL,
    address          bytea       NOT NULL,
    owner            text        NOT NULL,
    lease_expires_at timestamptz NOT NULL,
    PRIMARY KEY (chain_id, address)
);

-- Which jobs a transaction fulfils (a batch holds many; a job may be in several over its life).
CREATE TABLE tx_jobs (
    tx_id  bigint NOT NULL REFERENCES txs (id) ON DELETE CASCADE,
    job_id bytea  NOT NULL REFERENCES jobs (job_id) ON DELETE CASCADE,
    PRIMARY KEY (tx_id, job_id)
);
CREATE INDEX tx_jobs_job ON tx_jobs (job_id);
