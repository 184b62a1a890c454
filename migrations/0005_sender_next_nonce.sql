-- The transaction manager keeps its own next nonce per sender (as Chainlink's broadcaster does):
-- a nonce, once signed, is never handed out again, even when a reorg makes the chain's nonce go
-- back (the reorged-out transactions are sent again at their own nonces). NULL: not known yet
-- (taken from the chain and the transactions in flight at the first send).
ALTER TABLE tx_senders ADD COLUMN next_nonce bigint;
