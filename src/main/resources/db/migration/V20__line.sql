-- LINE: inbound webhook events (stored once per webhookEventId, processed by a worker),
-- followers, and a per-install secret for the pseudonymous user key.
CREATE TABLE line_inbound_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    webhook_event_id VARCHAR(64) NOT NULL,
    event_type VARCHAR(40) NOT NULL,
    user_key VARCHAR(64),
    event_json LONGTEXT,
    occurred_at DATETIME(6) NOT NULL,
    received_at DATETIME(6) NOT NULL,
    redelivery BOOLEAN NOT NULL,
    status VARCHAR(20) NOT NULL,
    claim_token VARCHAR(40),
    claimed_at DATETIME(6),
    attempts INT NOT NULL,
    processed_at DATETIME(6),
    outcome VARCHAR(40),
    CONSTRAINT uk_line_inbound_event_webhook_event_id UNIQUE (webhook_event_id)
);
CREATE INDEX ix_line_inbound_event_status ON line_inbound_event (status, id);
CREATE INDEX ix_line_inbound_event_claim ON line_inbound_event (claim_token);
CREATE INDEX ix_line_inbound_event_received ON line_inbound_event (received_at);

CREATE TABLE line_follower (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_key VARCHAR(64) NOT NULL,
    line_user_id VARCHAR(64) NOT NULL,
    status VARCHAR(20) NOT NULL,
    followed_at DATETIME(6),
    unfollowed_at DATETIME(6),
    rating_asked_on DATE,
    rating_topic VARCHAR(100),
    rating_topic_title VARCHAR(300),
    CONSTRAINT uk_line_follower_user_key UNIQUE (user_key)
);

CREATE TABLE line_install_secret (
    name VARCHAR(60) PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL,
    created_at DATETIME(6) NOT NULL
);
