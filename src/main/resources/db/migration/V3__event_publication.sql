-- Spring Modulith's registry of published events: a listener that fails is retried, not lost.
CREATE TABLE event_publication (
    id                     CHAR(36)      NOT NULL PRIMARY KEY,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       DATETIME(6)   NOT NULL,
    completion_date        DATETIME(6)   NULL,
    last_resubmission_date DATETIME(6)   NULL,
    completion_attempts    INT           NOT NULL DEFAULT 0,
    status                 VARCHAR(32)   NULL
);

CREATE INDEX ix_event_publication_completion ON event_publication (completion_date);
