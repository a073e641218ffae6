-- Communities of Practice: spaces and membership, discussions with moderation, meetings and outcomes; knelpunten
-- may belong to one CoP.
CREATE SEQUENCE cop_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop (
    id              BIGINT       NOT NULL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    description     ${text}      NOT NULL,
    membership_mode VARCHAR(20)  NOT NULL,
    nationwide      SMALLINT     DEFAULT 1 NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT cop_name_unique UNIQUE (name)
);
CREATE TABLE cop_theme (
    cop_id     BIGINT      NOT NULL REFERENCES cop (id),
    theme_code VARCHAR(40) NOT NULL REFERENCES theme (code),
    PRIMARY KEY (cop_id, theme_code)
);
CREATE INDEX cop_theme_theme ON cop_theme (theme_code);
CREATE TABLE cop_region (
    cop_id      BIGINT      NOT NULL REFERENCES cop (id),
    region_code VARCHAR(10) NOT NULL REFERENCES labour_market_region (code),
    PRIMARY KEY (cop_id, region_code)
);
CREATE INDEX cop_region_region ON cop_region (region_code);

CREATE SEQUENCE cop_membership_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_membership (
    id          BIGINT       NOT NULL PRIMARY KEY,
    cop_id      BIGINT       NOT NULL REFERENCES cop (id),
    user_id     BIGINT       NOT NULL REFERENCES user_profile (id),
    member_role VARCHAR(20)  NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    reason      VARCHAR(1000),
    changed_at  TIMESTAMP    NOT NULL,
    changed_by  BIGINT       REFERENCES user_profile (id),
    version     BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT cop_membership_unique UNIQUE (cop_id, user_id)
);
CREATE INDEX cop_membership_user ON cop_membership (user_id, status);
CREATE INDEX cop_membership_cop ON cop_membership (cop_id, status);

CREATE SEQUENCE cop_thread_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_thread (
    id           BIGINT       NOT NULL PRIMARY KEY,
    cop_id       BIGINT       NOT NULL REFERENCES cop (id),
    title        VARCHAR(200) NOT NULL,
    author_id    BIGINT       NOT NULL REFERENCES user_profile (id),
    created_at   TIMESTAMP    NOT NULL,
    last_post_at TIMESTAMP    NOT NULL,
    post_count   INTEGER      DEFAULT 0 NOT NULL,
    pinned       SMALLINT     DEFAULT 0 NOT NULL,
    locked       SMALLINT     DEFAULT 0 NOT NULL,
    version      BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX cop_thread_cop ON cop_thread (cop_id, pinned, last_post_at);

CREATE SEQUENCE cop_post_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_post (
    id            BIGINT        NOT NULL PRIMARY KEY,
    thread_id     BIGINT        NOT NULL REFERENCES cop_thread (id),
    author_id     BIGINT        NOT NULL REFERENCES user_profile (id),
    body          ${text}       NOT NULL,
    body_html     ${text}       NOT NULL,
    created_at    TIMESTAMP     NOT NULL,
    edited_at     TIMESTAMP,
    deleted_at    TIMESTAMP,
    status        VARCHAR(20)   NOT NULL,
    status_reason VARCHAR(1000),
    open_flags    INTEGER       DEFAULT 0 NOT NULL,
    version       BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX cop_post_thread ON cop_post (thread_id, created_at);
CREATE INDEX cop_post_flagged ON cop_post (open_flags);

CREATE SEQUENCE cop_post_revision_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_post_revision (
    id         BIGINT    NOT NULL PRIMARY KEY,
    post_id    BIGINT    NOT NULL REFERENCES cop_post (id),
    body       ${text}   NOT NULL,
    body_html  ${text}   NOT NULL,
    written_at TIMESTAMP NOT NULL
);
CREATE INDEX cop_post_revision_post ON cop_post_revision (post_id, written_at);

CREATE SEQUENCE cop_post_flag_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_post_flag (
    id          BIGINT        NOT NULL PRIMARY KEY,
    post_id     BIGINT        NOT NULL REFERENCES cop_post (id),
    flagger_id  BIGINT        NOT NULL REFERENCES user_profile (id),
    reason      VARCHAR(20)   NOT NULL,
    note        VARCHAR(1000),
    created_at  TIMESTAMP     NOT NULL,
    resolved_at TIMESTAMP,
    resolution  VARCHAR(20),
    resolved_by BIGINT        REFERENCES user_profile (id),
    CONSTRAINT cop_post_flag_unique UNIQUE (post_id, flagger_id)
);
CREATE INDEX cop_post_flag_open ON cop_post_flag (post_id, resolved_at);

CREATE TABLE cop_thread_follower (
    thread_id BIGINT    NOT NULL REFERENCES cop_thread (id),
    user_id   BIGINT    NOT NULL REFERENCES user_profile (id),
    since     TIMESTAMP NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);
CREATE INDEX cop_thread_follower_user ON cop_thread_follower (user_id);

CREATE TABLE cop_thread_read (
    thread_id BIGINT    NOT NULL REFERENCES cop_thread (id),
    user_id   BIGINT    NOT NULL REFERENCES user_profile (id),
    read_at   TIMESTAMP NOT NULL,
    PRIMARY KEY (thread_id, user_id)
);

CREATE SEQUENCE cop_meeting_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_meeting (
    id          BIGINT        NOT NULL PRIMARY KEY,
    cop_id      BIGINT        NOT NULL REFERENCES cop (id),
    kind        VARCHAR(20)   NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    starts_at   TIMESTAMP     NOT NULL,
    ends_at     TIMESTAMP     NOT NULL,
    location    VARCHAR(300),
    online_link VARCHAR(1000),
    agenda      ${text},
    notes       ${text},
    created_by  BIGINT        NOT NULL REFERENCES user_profile (id),
    created_at  TIMESTAMP     NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL
);
CREATE INDEX cop_meeting_cop ON cop_meeting (cop_id, starts_at);

CREATE TABLE cop_meeting_rsvp (
    meeting_id BIGINT      NOT NULL REFERENCES cop_meeting (id),
    user_id    BIGINT      NOT NULL REFERENCES user_profile (id),
    answer     VARCHAR(10) NOT NULL,
    answered_at TIMESTAMP  NOT NULL,
    PRIMARY KEY (meeting_id, user_id)
);

CREATE SEQUENCE cop_outcome_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE cop_outcome (
    id            BIGINT       NOT NULL PRIMARY KEY,
    cop_id        BIGINT       NOT NULL REFERENCES cop (id),
    kind          VARCHAR(20)  NOT NULL,
    title         VARCHAR(200) NOT NULL,
    description   ${text}      NOT NULL,
    meeting_id    BIGINT       REFERENCES cop_meeting (id),
    thread_id     BIGINT       REFERENCES cop_thread (id),
    bottleneck_id BIGINT       REFERENCES bottleneck (id),
    shared        SMALLINT     DEFAULT 0 NOT NULL,
    shared_at     TIMESTAMP,
    created_by    BIGINT       NOT NULL REFERENCES user_profile (id),
    created_at    TIMESTAMP    NOT NULL,
    version       BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX cop_outcome_cop ON cop_outcome (cop_id, created_at);
CREATE INDEX cop_outcome_shared ON cop_outcome (shared, shared_at);

ALTER TABLE bottleneck ADD COLUMN cop_id BIGINT REFERENCES cop (id);
CREATE INDEX bottleneck_cop ON bottleneck (cop_id);
