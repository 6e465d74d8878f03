-- assistant: messages answered with a hotline (1669, 1323, 191, 1300) before any FAQ matching.
-- Only which hotline, the channel and the time: never the text, never who sent it.
-- Rows older than dho.assistant.unanswered-retention-days are deleted with the unanswered questions.

CREATE TABLE assistant_safety_event (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    hotline    VARCHAR(16)  NOT NULL,
    channel    VARCHAR(16)  NOT NULL,
    asked_at   DATETIME(6)  NOT NULL
);

CREATE INDEX ix_assistant_safety_event_asked_at ON assistant_safety_event (asked_at);
