-- Staff accounts: never deleted (the audit keeps their names), only deactivated.
CREATE TABLE staff_account (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL,
    display_name   VARCHAR(200) NOT NULL,
    position_title VARCHAR(200) NOT NULL,
    roles          VARCHAR(100) NOT NULL,
    password_hash  VARCHAR(255) NOT NULL,
    active         BOOLEAN      NOT NULL,
    failed_logins  INT          NOT NULL DEFAULT 0,
    locked_until   DATETIME(6)  NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_staff_account_username UNIQUE (username)
);
