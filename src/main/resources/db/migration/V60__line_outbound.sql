-- LINE: the durable outbound queue (status pushes and news multicasts) and followers'
-- news topics. A message or multicast group is one row with its own retry key, so a retry
-- or a restart never sends it twice; recipients are follower rows (never LINE user ids here).
CREATE TABLE line_outbound (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    retry_key CHAR(36) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    topic VARCHAR(20),
    ref VARCHAR(100) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    messages_json LONGTEXT NOT NULL,
    recipient_count INT NOT NULL,
    sent_count INT,
    status VARCHAR(20) NOT NULL,
    attempts INT NOT NULL,
    last_error_status INT,
    last_error VARCHAR(200),
    quiet_hours BOOLEAN NOT NULL,
    not_before DATETIME(6) NOT NULL,
    claim_token VARCHAR(40),
    claimed_at DATETIME(6),
    created_at DATETIME(6) NOT NULL,
    updated_at DATETIME(6) NOT NULL,
    sent_at DATETIME(6),
    CONSTRAINT uk_line_outbound_retry_key UNIQUE (retry_key)
);
CREATE INDEX ix_line_outbound_due ON line_outbound (status, not_before);
CREATE INDEX ix_line_outbound_ref ON line_outbound (ref);
CREATE INDEX ix_line_outbound_created ON line_outbound (created_at);

CREATE TABLE line_outbound_recipient (
    outbound_id BIGINT NOT NULL,
    follower_id BIGINT NOT NULL,
    PRIMARY KEY (outbound_id, follower_id),
    CONSTRAINT fk_line_outbound_recipient_outbound FOREIGN KEY (outbound_id) REFERENCES line_outbound (id),
    CONSTRAINT fk_line_outbound_recipient_follower FOREIGN KEY (follower_id) REFERENCES line_follower (id)
);

CREATE TABLE line_subscription (
    follower_id BIGINT NOT NULL,
    topic VARCHAR(20) NOT NULL,
    subscribed_at DATETIME(6) NOT NULL,
    PRIMARY KEY (follower_id, topic),
    CONSTRAINT fk_line_subscription_follower FOREIGN KEY (follower_id) REFERENCES line_follower (id)
);
CREATE INDEX ix_line_subscription_topic ON line_subscription (topic, follower_id);
