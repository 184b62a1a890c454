-- 0003: what became of a settled job, as its JobFulfilled event says, so that a failure shows as a
-- failure (the API, `relayer jobs`, the metrics): the status the enclave signed (0 ok, 1 ok_cid,
-- others the program's or the input's failure, protocol.Status), whether the requester's callback
-- succeeded, and the enclave whose signature settled it (it earns the fee). NULL while not fulfilled.
ALTER TABLE jobs
    ADD COLUMN result_status smallint,
    ADD COLUMN callback_ok   boolean,
    ADD COLUMN fulfilled_by  bytea;

-- The oldest open job (metrics) and open jobs past their deadline (expiry sweep) are read often.
CREATE INDEX jobs_open_created ON jobs (created_at)
    WHERE state IN ('requested', 'dispatched', 'result_ready', 'submitted');
