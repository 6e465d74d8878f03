-- Content items of every kind, their revisions (full content each), steps and attachments.

CREATE TABLE content_item (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    section_id         INT          NOT NULL,
    slug               VARCHAR(120) NULL,
    status             VARCHAR(16)  NOT NULL,
    live_revision_id   BIGINT       NULL,
    publish_at         DATETIME(6)  NULL,
    unpublish_at       DATETIME(6)  NULL,
    first_published_at DATETIME(6)  NULL,
    last_published_at  DATETIME(6)  NULL,
    withdrawn_at       DATETIME(6)  NULL,
    withdrawn_reason   VARCHAR(1000) NULL,
    created_at         DATETIME(6)  NOT NULL,
    created_by         VARCHAR(100) NOT NULL,
    version            INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_content_item_slug UNIQUE (slug),
    CONSTRAINT fk_content_item_section FOREIGN KEY (section_id) REFERENCES catalog_section (id)
);

CREATE INDEX ix_content_item_visible ON content_item (status, section_id, publish_at);

CREATE TABLE content_revision (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    item_id            BIGINT        NOT NULL,
    revision_number    INT           NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    title              VARCHAR(300)  NOT NULL,
    summary            VARCHAR(1000) NULL,
    body_markdown      LONGTEXT      NULL,
    source_name        VARCHAR(500)  NULL,
    source_url         VARCHAR(1000) NULL,
    information_at     DATETIME(6)   NULL,
    fiscal_year        INT           NULL,
    link_url           VARCHAR(1000) NULL,
    person_name        VARCHAR(255)  NULL,
    person_position    VARCHAR(255)  NULL,
    person_phone       VARCHAR(64)   NULL,
    procurement_method VARCHAR(100)  NULL,
    budget_amount      DECIMAL(15,2) NULL,
    winner_name        VARCHAR(500)  NULL,
    contract_amount    DECIMAL(15,2) NULL,
    announced_on       DATE          NULL,
    contract_date      DATE          NULL,
    faq_keywords       VARCHAR(2000) NULL,
    faq_questions      LONGTEXT      NULL,
    publish_at         DATETIME(6)   NULL,
    unpublish_at       DATETIME(6)   NULL,
    author             VARCHAR(100)  NOT NULL,
    created_at         DATETIME(6)   NOT NULL,
    updated_at         DATETIME(6)   NOT NULL,
    version            INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_content_revision_number UNIQUE (item_id, revision_number),
    CONSTRAINT fk_content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id)
);

CREATE TABLE revision_step (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id BIGINT        NOT NULL,
    position    INT           NOT NULL,
    title       VARCHAR(300)  NOT NULL,
    description VARCHAR(2000) NULL,
    duration    VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_revision_step_revision FOREIGN KEY (revision_id) REFERENCES content_revision (id)
);

CREATE TABLE attachment (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revision_id   BIGINT       NOT NULL,
    position      INT          NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    storage_key   VARCHAR(64)  NOT NULL,
    original_name VARCHAR(255) NOT NULL,
    media_type    VARCHAR(100) NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    sha256        VARCHAR(64)     NOT NULL,
    alt_text      VARCHAR(500) NULL,
    created_at    DATETIME(6)  NOT NULL,
    CONSTRAINT fk_attachment_revision FOREIGN KEY (revision_id) REFERENCES content_revision (id)
);

CREATE INDEX ix_attachment_revision ON attachment (revision_id);
