-- Tags (trefwoorden) on knelpunten: free labels, normalised to lower case, filterable.
CREATE TABLE bottleneck_tag (
    bottleneck_id BIGINT      NOT NULL REFERENCES bottleneck (id),
    tag           VARCHAR(40) NOT NULL,
    PRIMARY KEY (bottleneck_id, tag)
);
CREATE INDEX bottleneck_tag_tag ON bottleneck_tag (tag);
