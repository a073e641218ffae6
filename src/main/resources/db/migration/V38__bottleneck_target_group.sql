-- Issue 29: which inburgeraars a knelpunt concerns (doelgroep), as a structured field: none, one or several of
-- STATUSHOUDERS, GEZINSMIGRANTEN, OVERIGE_INBURGERINGSPLICHTIGEN, VRIJWILLIGE_INBURGERAARS. The free text stays.
CREATE TABLE bottleneck_target_group (
    bottleneck_id BIGINT      NOT NULL REFERENCES bottleneck (id),
    target_group  VARCHAR(40) NOT NULL,
    PRIMARY KEY (bottleneck_id, target_group)
);
CREATE INDEX bottleneck_target_group_group ON bottleneck_target_group (target_group);
