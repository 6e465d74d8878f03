-- Website visits, counted without personal data: only numbers per day (and per page per day).
-- Unique visitors are counted in memory from a keyed hash whose key changes every day and is
-- never stored; only the count reaches this table.
CREATE TABLE visit_daily (
    stat_date       DATE   NOT NULL PRIMARY KEY,
    page_views      BIGINT NOT NULL DEFAULT 0,
    unique_visitors BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE visit_page_daily (
    stat_date DATE         NOT NULL,
    path      VARCHAR(255) NOT NULL,
    views     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT pk_visit_page_daily PRIMARY KEY (stat_date, path)
);

-- The LINE channel per day, from the bot's own events (no user ids, no message text).
CREATE TABLE line_daily (
    stat_date         DATE   NOT NULL PRIMARY KEY,
    followers_gained  BIGINT NOT NULL DEFAULT 0,
    followers_lost    BIGINT NOT NULL DEFAULT 0,
    messages_received BIGINT NOT NULL DEFAULT 0
);

-- Questions put to the assistant per day and channel (LINE, WEB, API), by outcome.
CREATE TABLE question_daily (
    stat_date    DATE        NOT NULL,
    channel      VARCHAR(10) NOT NULL,
    answered     BIGINT      NOT NULL DEFAULT 0,
    suggested    BIGINT      NOT NULL DEFAULT 0,
    not_answered BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT pk_question_daily PRIMARY KEY (stat_date, channel)
);
