-- The web satisfaction survey: five-level answers (5 = มากที่สุด … 1 = น้อยที่สุด) per aspect.
-- No IP address, no user agent, nothing that identifies the respondent.
CREATE TABLE survey_response (
    id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    submitted_at       DATETIME(6)   NOT NULL,
    submitted_on       DATE          NOT NULL,
    fiscal_year        INT           NOT NULL,
    respondent_group   VARCHAR(20)   NULL,
    content_score      INT           NOT NULL,
    findability_score  INT           NOT NULL,
    speed_score        INT           NOT NULL,
    design_score       INT           NOT NULL,
    overall_score      INT           NOT NULL,
    comment            VARCHAR(1000) NULL
);

CREATE INDEX ix_survey_response_submitted_on ON survey_response (submitted_on);
