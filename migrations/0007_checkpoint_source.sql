-- What an indexing position belongs to: the contract addresses the indexer follows (sorted, 20 bytes
-- each, concatenated). A relayer started once with the wrong --router and then the right one used to
-- go on from the wrong router's position and index nothing; the indexer now refuses a position made
-- for other contracts. NULL: written before this column (adopted by the next start).
ALTER TABLE indexer_checkpoints ADD COLUMN addresses bytea;
