-- Issue 26: a knelpunt can name the articles of law it is about (as the Q&A does), linked to wetten.overheid.nl.
CREATE TABLE bottleneck_law (
    bottleneck_id BIGINT      NOT NULL REFERENCES bottleneck (id),
    position      INTEGER     NOT NULL,
    law           VARCHAR(10) NOT NULL,
    article       VARCHAR(10) NOT NULL,
    paragraph     INTEGER,
    PRIMARY KEY (bottleneck_id, position)
);
