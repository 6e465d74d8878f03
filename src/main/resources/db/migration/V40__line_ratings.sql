-- Satisfaction ratings given in LINE: one per citizen (pseudonymous key) per topic per day.
CREATE TABLE line_rating (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_key    VARCHAR(64)  NOT NULL,
    topic       VARCHAR(120) NOT NULL,
    topic_title VARCHAR(300) NOT NULL,
    helpful     BOOLEAN      NULL,
    score       INT          NULL,
    rated_on    DATE         NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    CONSTRAINT uk_line_rating_user_topic_day UNIQUE (user_key, topic, rated_on)
);

CREATE INDEX ix_line_rating_rated_on ON line_rating (rated_on);
