-- Two or more application nodes (issue 9). V18: V16 and V17 are taken by other work of issue 9.
-- A lease per scheduled job, so a job runs on one node of a cluster, not on every node (JobLeases). The node that holds
-- an unexpired lease renews it at each run; another node takes it over only once it has expired. Times are epoch
-- milliseconds from the application's clock (the nodes' clocks must agree within seconds: NTP).
CREATE TABLE job_lease (
    name        VARCHAR(40)  NOT NULL PRIMARY KEY,
    holder      VARCHAR(100) NOT NULL,
    lease_until BIGINT       NOT NULL,
    runs        BIGINT       NOT NULL
);
INSERT INTO job_lease (name, holder, lease_until, runs) VALUES ('mail-outbox', '-', 0, 0);
INSERT INTO job_lease (name, holder, lease_until, runs) VALUES ('mail-digest', '-', 0, 0);
INSERT INTO job_lease (name, holder, lease_until, runs) VALUES ('waiting-period', '-', 0, 0);
-- What changed for the search index, written in the transaction of the change when clustering is on
-- (lerendstelsel.cluster=true): every node reads the lines of the other nodes every few seconds and re-indexes those
-- items in its own index (SearchChangeFeed). Lines older than an hour are deleted.
CREATE TABLE search_change (
    id         VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind       VARCHAR(20)  NOT NULL,
    item       VARCHAR(40)  NOT NULL,
    node       VARCHAR(100) NOT NULL,
    changed_ms BIGINT       NOT NULL
);
CREATE INDEX search_change_time ON search_change (changed_ms);
