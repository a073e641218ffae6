-- Issue 29: monitor rounds (uitvraag). A coordinator drafts a round with its questions and opens it to its target
-- organisations (all gemeenten, some regions or provinces, or partner organisations); each organisation answers once.
CREATE SEQUENCE monitor_round_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE monitor_round (
    id                BIGINT       NOT NULL PRIMARY KEY,
    title             VARCHAR(200) NOT NULL,
    introduction      ${text},
    opens_on          DATE         NOT NULL,
    closes_on         DATE         NOT NULL,
    target_kind       VARCHAR(20)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    previous_round_id BIGINT       REFERENCES monitor_round (id),
    created_by        BIGINT       NOT NULL REFERENCES user_profile (id),
    created_at        TIMESTAMP    NOT NULL,
    opened_at         TIMESTAMP,
    closed_at         TIMESTAMP,
    version           BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX monitor_round_status ON monitor_round (status, closes_on);
CREATE INDEX monitor_round_previous_round_id_fk ON monitor_round (previous_round_id);
CREATE INDEX monitor_round_created_by_fk ON monitor_round (created_by);

-- Which regions, provinces or partner organisations a round asks (none for all gemeenten).
CREATE TABLE monitor_round_target (
    round_id BIGINT      NOT NULL REFERENCES monitor_round (id),
    code     VARCHAR(40) NOT NULL,
    PRIMARY KEY (round_id, code)
);

CREATE SEQUENCE monitor_question_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE monitor_question (
    id          BIGINT           NOT NULL PRIMARY KEY,
    round_id    BIGINT           NOT NULL REFERENCES monitor_round (id),
    position    INTEGER          NOT NULL,
    kind        VARCHAR(30)      NOT NULL,
    question    VARCHAR(500)     NOT NULL,
    options     VARCHAR(2000),
    unit        VARCHAR(40),
    min_value   DOUBLE PRECISION,
    max_value   DOUBLE PRECISION,
    required    SMALLINT         DEFAULT 0 NOT NULL,
    copied_from BIGINT           REFERENCES monitor_question (id)
);
CREATE INDEX monitor_question_round ON monitor_question (round_id, position);
CREATE INDEX monitor_question_copied_from_fk ON monitor_question (copied_from);

-- One response per organisation per round: the unique key refuses a second one, also when two people start at once.
CREATE SEQUENCE monitor_response_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE monitor_response (
    id                BIGINT      NOT NULL PRIMARY KEY,
    round_id          BIGINT      NOT NULL REFERENCES monitor_round (id),
    organisation_code VARCHAR(20) NOT NULL REFERENCES organisation (code),
    status            VARCHAR(20) NOT NULL,
    updated_by        BIGINT      NOT NULL REFERENCES user_profile (id),
    updated_at        TIMESTAMP   NOT NULL,
    submitted_by      BIGINT      REFERENCES user_profile (id),
    submitted_at      TIMESTAMP,
    version           BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT monitor_response_once UNIQUE (round_id, organisation_code)
);
CREATE INDEX monitor_response_organisation ON monitor_response (organisation_code);
CREATE INDEX monitor_response_updated_by_fk ON monitor_response (updated_by);
CREATE INDEX monitor_response_submitted_by_fk ON monitor_response (submitted_by);

CREATE SEQUENCE monitor_answer_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE monitor_answer (
    id           BIGINT           NOT NULL PRIMARY KEY,
    response_id  BIGINT           NOT NULL REFERENCES monitor_response (id),
    question_id  BIGINT           NOT NULL REFERENCES monitor_question (id),
    choices      VARCHAR(2000),
    number_value DOUBLE PRECISION,
    text_value   ${text},
    CONSTRAINT monitor_answer_once UNIQUE (response_id, question_id)
);
CREATE INDEX monitor_answer_question ON monitor_answer (question_id);

INSERT INTO job_lease (name, holder, lease_until, runs) VALUES ('monitor-reminders', '-', 0, 0);
