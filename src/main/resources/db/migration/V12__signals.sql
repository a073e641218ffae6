-- Signals to SZW (signalering aan stelselniveau): the signal with its response and follow-up, the knelpunten it
-- bundles, its history, the clarification thread between ministry and coordinator, and follow-up progress.
-- Tables are prefixed szw_ because SIGNAL is a reserved word in several SQL dialects.
CREATE SEQUENCE szw_signal_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE szw_signal (
    id                BIGINT       NOT NULL PRIMARY KEY,
    reference         VARCHAR(20)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    problem           ${text}      NOT NULL,
    analysis          ${text}      NOT NULL,
    urgency           VARCHAR(20)  NOT NULL,
    proposal          VARCHAR(40)  NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    author_id         BIGINT       NOT NULL REFERENCES user_profile (id),
    created_at        TIMESTAMP    NOT NULL,
    changed_at        TIMESTAMP    NOT NULL,
    submitted_at      TIMESTAMP,
    submitted_on      DATE,
    acknowledge_due   DATE,
    answer_due        DATE,
    acknowledged_at   TIMESTAMP,
    answered_at       TIMESTAMP,
    closed_at         TIMESTAMP,
    decision          VARCHAR(30),
    response          ${text},
    forum             VARCHAR(200),
    responder_id      BIGINT       REFERENCES user_profile (id),
    followup_change   ${text},
    followup_expected DATE,
    version           BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT szw_signal_reference UNIQUE (reference)
);
CREATE INDEX szw_signal_status ON szw_signal (status, answer_due);
CREATE INDEX szw_signal_submitted ON szw_signal (submitted_on);

CREATE TABLE szw_signal_bottleneck (
    signal_id     BIGINT NOT NULL REFERENCES szw_signal (id),
    bottleneck_id BIGINT NOT NULL REFERENCES bottleneck (id),
    PRIMARY KEY (signal_id, bottleneck_id)
);
CREATE INDEX szw_signal_bottleneck_b ON szw_signal_bottleneck (bottleneck_id);

CREATE SEQUENCE szw_signal_event_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE szw_signal_event (
    id          BIGINT      NOT NULL PRIMARY KEY,
    signal_id   BIGINT      NOT NULL REFERENCES szw_signal (id),
    occurred_at TIMESTAMP   NOT NULL,
    actor_id    BIGINT      REFERENCES user_profile (id),
    action_code VARCHAR(30) NOT NULL,
    from_status VARCHAR(20),
    to_status   VARCHAR(20) NOT NULL,
    event_text  ${text}
);
CREATE INDEX szw_signal_event_history ON szw_signal_event (signal_id, occurred_at);

CREATE SEQUENCE szw_signal_message_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE szw_signal_message (
    id         BIGINT      NOT NULL PRIMARY KEY,
    signal_id  BIGINT      NOT NULL REFERENCES szw_signal (id),
    author_id  BIGINT      NOT NULL REFERENCES user_profile (id),
    side       VARCHAR(20) NOT NULL,
    kind       VARCHAR(20) NOT NULL,
    body       ${text}     NOT NULL,
    created_at TIMESTAMP   NOT NULL
);
CREATE INDEX szw_signal_message_thread ON szw_signal_message (signal_id, created_at);

CREATE SEQUENCE szw_signal_progress_seq AS BIGINT START WITH 50 INCREMENT BY 50;
CREATE TABLE szw_signal_progress (
    id         BIGINT    NOT NULL PRIMARY KEY,
    signal_id  BIGINT    NOT NULL REFERENCES szw_signal (id),
    author_id  BIGINT    NOT NULL REFERENCES user_profile (id),
    body       ${text}   NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX szw_signal_progress_signal ON szw_signal_progress (signal_id, created_at);
