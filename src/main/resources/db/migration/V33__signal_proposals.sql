-- Issue 26: a signal can carry several kinds of proposal: the main one (szw_signal.proposal) and further ones.
CREATE TABLE szw_signal_proposal (
    signal_id BIGINT      NOT NULL REFERENCES szw_signal (id),
    proposal  VARCHAR(40) NOT NULL,
    PRIMARY KEY (signal_id, proposal)
);
