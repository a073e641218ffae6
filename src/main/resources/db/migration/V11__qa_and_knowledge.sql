-- Vraag & antwoord (entries with versions, sign-off per partner, law references, feedback, asked questions, links to
-- knelpunten) and the kennisbank.
CREATE SEQUENCE qa_entry_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE SEQUENCE qa_version_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE qa_entry (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    theme_code         VARCHAR(40) NOT NULL REFERENCES theme (code),
    current_version_id BIGINT,
    latest_number      INTEGER     DEFAULT 0 NOT NULL,
    created_at         TIMESTAMP   NOT NULL,
    changed_at         TIMESTAMP   NOT NULL,
    version            BIGINT      DEFAULT 0 NOT NULL
);
CREATE INDEX qa_entry_theme ON qa_entry (theme_code, current_version_id);
CREATE TABLE qa_entry_partner (
    entry_id BIGINT      NOT NULL REFERENCES qa_entry (id),
    partner  VARCHAR(10) NOT NULL,
    PRIMARY KEY (entry_id, partner)
);
CREATE TABLE qa_version (
    id           BIGINT       NOT NULL PRIMARY KEY,
    entry_id     BIGINT       NOT NULL REFERENCES qa_entry (id),
    number       INTEGER      NOT NULL,
    question     VARCHAR(300) NOT NULL,
    answer       ${text}      NOT NULL,
    valid_from   DATE,
    valid_until  DATE,
    status       VARCHAR(20)  NOT NULL,
    change_note  VARCHAR(500),
    author       VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP    NOT NULL,
    published_at TIMESTAMP,
    version      BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT qa_version_number UNIQUE (entry_id, number)
);
CREATE INDEX qa_version_status ON qa_version (status);
CREATE INDEX qa_version_published ON qa_version (published_at);
ALTER TABLE qa_entry ADD CONSTRAINT qa_entry_current FOREIGN KEY (current_version_id) REFERENCES qa_version (id);
CREATE TABLE qa_version_law (
    version_id BIGINT      NOT NULL REFERENCES qa_version (id),
    position   INTEGER     NOT NULL,
    law        VARCHAR(10) NOT NULL,
    article    VARCHAR(10) NOT NULL,
    paragraph  INTEGER,
    PRIMARY KEY (version_id, position)
);
CREATE TABLE qa_approval (
    version_id  BIGINT       NOT NULL REFERENCES qa_version (id),
    partner     VARCHAR(10)  NOT NULL,
    editor      VARCHAR(200) NOT NULL,
    approved_at TIMESTAMP    NOT NULL,
    PRIMARY KEY (version_id, partner)
);

CREATE SEQUENCE qa_feedback_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE qa_feedback (
    id           BIGINT        NOT NULL PRIMARY KEY,
    entry_id     BIGINT        NOT NULL REFERENCES qa_entry (id),
    version_id   BIGINT        NOT NULL REFERENCES qa_version (id),
    useful       SMALLINT      NOT NULL,
    comment_text VARCHAR(1000),
    created_at   TIMESTAMP     NOT NULL
);
CREATE INDEX qa_feedback_entry ON qa_feedback (entry_id);

CREATE SEQUENCE qa_question_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE qa_question (
    id         BIGINT        NOT NULL PRIMARY KEY,
    asked_by   BIGINT        NOT NULL REFERENCES user_profile (id),
    theme_code VARCHAR(40)   REFERENCES theme (code),
    text       ${text}       NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    entry_id   BIGINT        REFERENCES qa_entry (id),
    reason     VARCHAR(1000),
    created_at TIMESTAMP     NOT NULL,
    version    BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX qa_question_status ON qa_question (status, created_at);

CREATE TABLE qa_entry_bottleneck (
    entry_id      BIGINT NOT NULL REFERENCES qa_entry (id),
    bottleneck_id BIGINT NOT NULL REFERENCES bottleneck (id),
    PRIMARY KEY (entry_id, bottleneck_id)
);
CREATE INDEX qa_entry_bottleneck_b ON qa_entry_bottleneck (bottleneck_id);

CREATE SEQUENCE knowledge_item_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE knowledge_item (
    id                  BIGINT        NOT NULL PRIMARY KEY,
    title               VARCHAR(300)  NOT NULL,
    source_organisation VARCHAR(200)  NOT NULL,
    published_on        DATE          NOT NULL,
    summary             ${text}       NOT NULL,
    link                VARCHAR(1000),
    type                VARCHAR(20)   NOT NULL,
    changed_at          TIMESTAMP     NOT NULL,
    version             BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX knowledge_item_date ON knowledge_item (published_on);
CREATE TABLE knowledge_item_theme (
    item_id    BIGINT      NOT NULL REFERENCES knowledge_item (id),
    theme_code VARCHAR(40) NOT NULL REFERENCES theme (code),
    PRIMARY KEY (item_id, theme_code)
);
