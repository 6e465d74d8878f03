-- The approval workflow: who submitted a revision and what the approver said, the
-- append-only audit log, the publication requests auditors ask for, and the lock that lets
-- only one instance run the publishing schedule.

ALTER TABLE content_revision ADD COLUMN submitted_by VARCHAR(100) NULL;
ALTER TABLE content_revision ADD COLUMN submitted_at DATETIME(6) NULL;
ALTER TABLE content_revision ADD COLUMN remarks VARCHAR(1000) NULL;
ALTER TABLE content_revision ADD COLUMN review_comment VARCHAR(2000) NULL;

CREATE TABLE audit_record (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    revision_id     BIGINT        NULL,
    revision_number INT           NULL,
    actor           VARCHAR(100)  NOT NULL,
    action_type     VARCHAR(32)   NOT NULL,
    from_status     VARCHAR(16)   NULL,
    to_status       VARCHAR(16)   NULL,
    comment_text    VARCHAR(2000) NULL,
    recorded_at     DATETIME(6)   NOT NULL,
    CONSTRAINT fk_audit_record_item FOREIGN KEY (item_id) REFERENCES content_item (id)
);

CREATE INDEX ix_audit_record_item ON audit_record (item_id, recorded_at);

CREATE TABLE publication_request (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id         BIGINT        NOT NULL,
    revision_id     BIGINT        NOT NULL,
    revision_number INT           NOT NULL,
    section_id      INT           NOT NULL,
    topic           VARCHAR(300)  NOT NULL,
    summary         VARCHAR(1000) NULL,
    public_path     VARCHAR(300)  NOT NULL,
    remarks         VARCHAR(1000) NULL,
    requested_by    VARCHAR(100)  NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    approved_by     VARCHAR(100)  NOT NULL,
    approved_at     DATETIME(6)   NOT NULL,
    scheduled_for   DATETIME(6)   NULL,
    published_by    VARCHAR(100)  NULL,
    published_at    DATETIME(6)   NULL,
    urgent          BOOLEAN       NOT NULL,
    urgent_reason   VARCHAR(1000) NULL,
    reviewed_by     VARCHAR(100)  NULL,
    reviewed_at     DATETIME(6)   NULL,
    CONSTRAINT uk_publication_request_revision UNIQUE (revision_id),
    CONSTRAINT fk_publication_request_item FOREIGN KEY (item_id) REFERENCES content_item (id),
    CONSTRAINT fk_publication_request_revision FOREIGN KEY (revision_id) REFERENCES content_revision (id)
);

CREATE INDEX ix_publication_request_approved ON publication_request (approved_at);

CREATE TABLE scheduler_lock (
    name         VARCHAR(64)  NOT NULL PRIMARY KEY,
    locked_until DATETIME(6)  NOT NULL,
    locked_by    VARCHAR(100) NULL
);

INSERT INTO scheduler_lock (name, locked_until, locked_by) VALUES ('publishing-schedule', '2000-01-01 00:00:00', NULL);
