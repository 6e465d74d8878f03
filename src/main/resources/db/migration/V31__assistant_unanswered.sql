-- assistant: questions answered with suggestions only or not at all, for staff to learn from.
-- Only the normalised text (at most 300 characters), the time and the channel; never who asked.
-- Rows older than dho.assistant.unanswered-retention-days (365 by default) are deleted daily.

CREATE TABLE assistant_unanswered (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    question   VARCHAR(300) NOT NULL,
    channel    VARCHAR(16)  NOT NULL,
    outcome    VARCHAR(16)  NOT NULL,
    asked_at   DATETIME(6)  NOT NULL
);

CREATE INDEX ix_assistant_unanswered_asked_at ON assistant_unanswered (asked_at);
