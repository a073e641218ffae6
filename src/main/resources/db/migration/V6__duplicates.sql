-- Similar knelpunten: normalised terms per knelpunt (title weighs more than description), looked up by term.
CREATE TABLE bottleneck_term (
    bottleneck_id BIGINT      NOT NULL REFERENCES bottleneck (id),
    term          VARCHAR(40) NOT NULL,
    weight        INTEGER     NOT NULL,
    PRIMARY KEY (bottleneck_id, term)
);
CREATE INDEX bottleneck_term_term ON bottleneck_term (term);

-- Merging duplicates: the closed duplicate points to the surviving knelpunt; moved history lines remember where
-- they came from.
ALTER TABLE bottleneck ADD COLUMN merged_into VARCHAR(20);
ALTER TABLE bottleneck_event ADD COLUMN origin_reference VARCHAR(20);
