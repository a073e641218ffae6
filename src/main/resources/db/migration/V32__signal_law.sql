-- Issue 26: a signal can name the articles of law it is about, as knelpunten and answers do.
CREATE TABLE szw_signal_law (
    signal_id BIGINT      NOT NULL REFERENCES szw_signal (id),
    position  INTEGER     NOT NULL,
    law       VARCHAR(10) NOT NULL,
    article   VARCHAR(10) NOT NULL,
    paragraph INTEGER,
    PRIMARY KEY (signal_id, position)
);
