-- 0010: the router of issues 10-12. Requests carry the end user, the resolved program version, the
-- fleet epoch and the author fee; programs live in the router with versions and a policy; enclaves
-- carry their MRENCLAVE and SVN; the fleet's epoch keys are indexed.

ALTER TABLE jobs
    ADD COLUMN user_address bytea         NOT NULL DEFAULT '\x0000000000000000000000000000000000000000',
    ADD COLUMN version      bigint        NOT NULL DEFAULT 0,  -- resolved program version (0: pre-version router)
    ADD COLUMN epoch        bigint        NOT NULL DEFAULT 0,  -- fleet epoch the request committed to
    ADD COLUMN author_fee   numeric(78,0) NOT NULL DEFAULT 0;  -- part of fee owed to the author

-- Program records of the router (ProgramCreated, PolicySet, VersionsRetired, VersionPublished).
ALTER TABLE programs
    ADD COLUMN name_hash       bytea,
    ADD COLUMN current_version bigint        NOT NULL DEFAULT 0,
    ADD COLUMN min_version     bigint        NOT NULL DEFAULT 1,
    ADD COLUMN author_fee      numeric(78,0) NOT NULL DEFAULT 0,
    ADD COLUMN allowlist_only  boolean       NOT NULL DEFAULT false;

-- One row per published version: what the enclave must run for it (the CID of the author-signed
-- program blob sealed to a fleet epoch).
CREATE TABLE program_versions (
    chain_id     bigint      NOT NULL,
    program_id   bytea       NOT NULL,
    version      bigint      NOT NULL,
    code_hash    bytea       NOT NULL,
    cid          text        NOT NULL,
    block_number bigint      NOT NULL,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, program_id, version)
);

ALTER TABLE enclaves
    ADD COLUMN mr_enclave   bytea,
    ADD COLUMN svn          integer,
    ADD COLUMN fees_settled numeric(78,0) NOT NULL DEFAULT 0; -- fees settled to old payees on payee changes

ALTER TABLE measurements
    ADD COLUMN denied boolean NOT NULL DEFAULT false;

-- Fleet epochs (FleetKeys events): opened by the owner, keys published by an enclave, retired.
CREATE TABLE fleet_epochs (
    chain_id       bigint      NOT NULL,
    epoch          bigint      NOT NULL,
    status         text        NOT NULL CHECK (status IN ('pending', 'active', 'retired')),
    x25519_key     bytea,
    xwing_key_hash bytea,
    signer         bytea,
    block_number   bigint      NOT NULL,
    updated_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (chain_id, epoch)
);
