-- Comments on knelpunten, followers, in-app notifications (also the e-mail outbox) and delivery preferences.
CREATE SEQUENCE bottleneck_comment_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE bottleneck_comment (
    id            BIGINT      NOT NULL PRIMARY KEY,
    bottleneck_id BIGINT      NOT NULL REFERENCES bottleneck (id),
    author_id     BIGINT      NOT NULL REFERENCES user_profile (id),
    body          ${text}     NOT NULL,
    created_at    TIMESTAMP   NOT NULL
);
CREATE INDEX bottleneck_comment_bottleneck ON bottleneck_comment (bottleneck_id, created_at);

CREATE TABLE bottleneck_follower (
    bottleneck_id BIGINT    NOT NULL REFERENCES bottleneck (id),
    user_id       BIGINT    NOT NULL REFERENCES user_profile (id),
    since         TIMESTAMP NOT NULL,
    PRIMARY KEY (bottleneck_id, user_id)
);
CREATE INDEX bottleneck_follower_user ON bottleneck_follower (user_id);

CREATE SEQUENCE notification_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE notification (
    id              BIGINT       NOT NULL PRIMARY KEY,
    recipient_id    BIGINT       NOT NULL REFERENCES user_profile (id),
    kind            VARCHAR(20)  NOT NULL,
    reference       VARCHAR(20)  NOT NULL,
    title           VARCHAR(300) NOT NULL,
    body            ${text},
    created_at      TIMESTAMP    NOT NULL,
    read_at         TIMESTAMP,
    email_status    VARCHAR(10)  NOT NULL,
    email_attempts  INTEGER      DEFAULT 0 NOT NULL,
    email_due_at    TIMESTAMP,
    emailed_at      TIMESTAMP,
    version         BIGINT       DEFAULT 0 NOT NULL
);
CREATE INDEX notification_recipient ON notification (recipient_id, created_at);
CREATE INDEX notification_outbox ON notification (email_status, email_due_at);

CREATE TABLE notification_preference (
    user_id  BIGINT      NOT NULL REFERENCES user_profile (id),
    kind     VARCHAR(20) NOT NULL,
    delivery VARCHAR(10) NOT NULL,
    PRIMARY KEY (user_id, kind)
);
