-- Issue 30, "praktijkvoorbeelden": a practice example written by a professional or facilitator (a concept), submitted
-- for review, published by an editor other than its author, sent back to concept or withdrawn; with its gemeenten or
-- arbeidsmarktregio, themes and target groups. "Ook bij ons toegepast": once per organisation that adopted it.
CREATE SEQUENCE practice_example_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE practice_example (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    title               VARCHAR(300)  NOT NULL,
    region_code         VARCHAR(10)   REFERENCES labour_market_region (code),
    approach            ${text}       NOT NULL,
    partners            VARCHAR(1000),
    results             ${text},
    points_of_attention ${text},
    status              VARCHAR(20)   NOT NULL,
    period_from         DATE,
    period_to           DATE,
    contact_role        VARCHAR(200),
    stage               VARCHAR(20)   NOT NULL,
    review_note         VARCHAR(1000),
    author_id           BIGINT        NOT NULL REFERENCES user_profile (id),
    outcome_id          BIGINT        REFERENCES cop_outcome (id),
    published_by        BIGINT        REFERENCES user_profile (id),
    published_at        TIMESTAMP,
    created_at          TIMESTAMP     NOT NULL,
    changed_at          TIMESTAMP     NOT NULL,
    version             BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX practice_example_stage ON practice_example (stage, published_at);
CREATE INDEX practice_example_region_code_fk ON practice_example (region_code);
CREATE INDEX practice_example_author_id_fk ON practice_example (author_id);
CREATE INDEX practice_example_outcome_id_fk ON practice_example (outcome_id);
CREATE INDEX practice_example_published_by_fk ON practice_example (published_by);

CREATE TABLE practice_example_gemeente (
    practice_id   BIGINT      NOT NULL REFERENCES practice_example (id),
    gemeente_code VARCHAR(20) NOT NULL REFERENCES organisation (code),
    PRIMARY KEY (practice_id, gemeente_code)
);
CREATE INDEX practice_example_gemeente_code ON practice_example_gemeente (gemeente_code);

CREATE TABLE practice_example_theme (
    practice_id BIGINT      NOT NULL REFERENCES practice_example (id),
    theme_code  VARCHAR(40) NOT NULL REFERENCES theme (code),
    PRIMARY KEY (practice_id, theme_code)
);
CREATE INDEX practice_example_theme_code ON practice_example_theme (theme_code);

CREATE TABLE practice_example_target_group (
    practice_id  BIGINT      NOT NULL REFERENCES practice_example (id),
    target_group VARCHAR(40) NOT NULL,
    PRIMARY KEY (practice_id, target_group)
);
CREATE INDEX practice_example_target_group_group ON practice_example_target_group (target_group);

CREATE SEQUENCE practice_adoption_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE practice_adoption (
    id                BIGINT      NOT NULL PRIMARY KEY,
    practice_id       BIGINT      NOT NULL REFERENCES practice_example (id),
    organisation_code VARCHAR(20) NOT NULL REFERENCES organisation (code),
    adopted_by        BIGINT      NOT NULL REFERENCES user_profile (id),
    adopted_at        TIMESTAMP   NOT NULL,
    CONSTRAINT practice_adoption_once UNIQUE (practice_id, organisation_code)
);
CREATE INDEX practice_adoption_organisation_code_fk ON practice_adoption (organisation_code);
CREATE INDEX practice_adoption_adopted_by_fk ON practice_adoption (adopted_by);
