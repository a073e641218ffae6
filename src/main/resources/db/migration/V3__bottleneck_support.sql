-- "Ook bij ons": one support per organisation per knelpunt, with the gemeente where it plays and an optional note.
CREATE SEQUENCE bottleneck_support_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE bottleneck_support (
    id                BIGINT       NOT NULL PRIMARY KEY,
    bottleneck_id     BIGINT       NOT NULL REFERENCES bottleneck (id),
    supporter_id      BIGINT       NOT NULL REFERENCES user_profile (id),
    organisation_code VARCHAR(20)  NOT NULL REFERENCES organisation (code),
    gemeente_code     VARCHAR(20)  REFERENCES organisation (code),
    note              VARCHAR(1000),
    supported_at      TIMESTAMP    NOT NULL,
    CONSTRAINT bottleneck_support_once UNIQUE (bottleneck_id, organisation_code)
);
CREATE INDEX bottleneck_support_gemeente ON bottleneck_support (gemeente_code);
