-- e-Services (category 8): service types as data, citizens' requests with gap-free tracking
-- numbers, their answers, attachments and status history, appointment slots, and the audit
-- of staff reading confidential requests. Nothing here is deleted by staff; personal data of
-- closed requests is anonymised by the retention job (dho.eservice.retention-after-closing).

CREATE TABLE eservice_type (
    id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code              VARCHAR(40)   NOT NULL,
    name_th           VARCHAR(200)  NOT NULL,
    description_th    VARCHAR(1000) NOT NULL,
    target_days       INT           NOT NULL,
    anonymous_allowed BOOLEAN       NOT NULL,
    confidential      BOOLEAN       NOT NULL,
    appointment       BOOLEAN       NOT NULL,
    handler_role      VARCHAR(20)   NOT NULL,
    active            BOOLEAN       NOT NULL,
    sort_order        INT           NOT NULL,
    updated_by        VARCHAR(64)   NULL,
    updated_at        DATETIME(6)   NULL,
    version           INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_eservice_type_code UNIQUE (code)
);

-- One question of a service type. kind: TEXT, LONG_TEXT, CHOICE, DATE, PHONE, LOCATION,
-- PHOTO, FILE. personal = the answer identifies the citizen (never stored for an anonymous
-- report; erased by the retention job). choices: the options of a CHOICE, separated by |.
CREATE TABLE eservice_field (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_type_id BIGINT        NOT NULL,
    field_key       VARCHAR(40)   NOT NULL,
    label_th        VARCHAR(200)  NOT NULL,
    hint_th         VARCHAR(500)  NULL,
    kind            VARCHAR(16)   NOT NULL,
    required        BOOLEAN       NOT NULL,
    personal        BOOLEAN       NOT NULL,
    max_length      INT           NULL,
    choices         VARCHAR(2000) NULL,
    sort_order      INT           NOT NULL,
    CONSTRAINT uk_eservice_field_key UNIQUE (service_type_id, field_key),
    CONSTRAINT fk_eservice_field_type FOREIGN KEY (service_type_id) REFERENCES eservice_type (id)
);

-- The last tracking number given per Buddhist-era year; incremented under the row lock in
-- the transaction that saves the request, so a rollback gives the number back (no gaps).
CREATE TABLE eservice_tracking_counter (
    year_be     INT NOT NULL PRIMARY KEY,
    last_number INT NOT NULL
);

-- Times staff open at a health unit for an appointment service; booked never exceeds
-- capacity (a conditional UPDATE books a seat).
CREATE TABLE eservice_slot (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    service_type_id BIGINT        NOT NULL,
    slot_date       DATE          NOT NULL,
    start_time      TIME          NOT NULL,
    end_time        TIME          NOT NULL,
    place_th        VARCHAR(200)  NOT NULL,
    capacity        INT           NOT NULL,
    booked          INT           NOT NULL DEFAULT 0,
    active          BOOLEAN       NOT NULL,
    created_by      VARCHAR(64)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT fk_eservice_slot_type FOREIGN KEY (service_type_id) REFERENCES eservice_type (id),
    CONSTRAINT ck_eservice_slot_booked CHECK (booked >= 0 AND booked <= capacity)
);

CREATE INDEX ix_eservice_slot_date ON eservice_slot (service_type_id, slot_date);

CREATE TABLE eservice_request (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tracking_number  VARCHAR(20)   NOT NULL,
    service_type_id  BIGINT        NOT NULL,
    status           VARCHAR(24)   NOT NULL,
    channel          VARCHAR(8)    NOT NULL,
    line_user_id     VARCHAR(64)   NULL,
    anonymous        BOOLEAN       NOT NULL,
    confidential     BOOLEAN       NOT NULL,
    access_code_hash VARCHAR(255)  NULL,
    assigned_to      VARCHAR(64)   NULL,
    forwarded_to     VARCHAR(300)  NULL,
    slot_id          BIGINT        NULL,
    submitted_at     DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    target_date      DATE          NULL,
    closed_at        DATETIME(6)   NULL,
    anonymised_at    DATETIME(6)   NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_eservice_request_tracking UNIQUE (tracking_number),
    CONSTRAINT fk_eservice_request_type FOREIGN KEY (service_type_id) REFERENCES eservice_type (id),
    CONSTRAINT fk_eservice_request_slot FOREIGN KEY (slot_id) REFERENCES eservice_slot (id)
);

CREATE INDEX ix_eservice_request_line_user ON eservice_request (line_user_id, submitted_at);
CREATE INDEX ix_eservice_request_status ON eservice_request (status, submitted_at);
CREATE INDEX ix_eservice_request_closed ON eservice_request (closed_at);

-- The citizen's answers, with the question's label as it was asked.
CREATE TABLE eservice_answer (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    field_key   VARCHAR(40)   NOT NULL,
    label_th    VARCHAR(200)  NOT NULL,
    kind        VARCHAR(16)   NOT NULL,
    personal    BOOLEAN       NOT NULL,
    value_text  VARCHAR(2000) NULL,
    sort_order  INT           NOT NULL,
    CONSTRAINT fk_eservice_answer_request FOREIGN KEY (request_id) REFERENCES eservice_request (id)
);

CREATE INDEX ix_eservice_answer_request ON eservice_answer (request_id);

-- Files the citizen sent, kept by publishing.AttachmentStorage under a generated key.
CREATE TABLE eservice_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id    BIGINT        NOT NULL,
    field_key     VARCHAR(40)   NULL,
    storage_key   VARCHAR(32)   NULL,
    original_name VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        VARCHAR(64)   NOT NULL,
    added_at      DATETIME(6)   NOT NULL,
    removed_at    DATETIME(6)   NULL,
    CONSTRAINT fk_eservice_attachment_request FOREIGN KEY (request_id) REFERENCES eservice_request (id)
);

CREATE INDEX ix_eservice_attachment_request ON eservice_attachment (request_id);

-- Append-only history: every filing, status change, forward, assignment, note and addition
-- by the citizen, with who, when, the note for the citizen and the internal note. subject:
-- what the action names (the agency of a forward, the staff member of an assignment).
CREATE TABLE eservice_history (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    change_id       CHAR(36)      NOT NULL,
    request_id      BIGINT        NOT NULL,
    action_type     VARCHAR(24)   NOT NULL,
    from_status     VARCHAR(24)   NULL,
    to_status       VARCHAR(24)   NOT NULL,
    actor           VARCHAR(64)   NOT NULL,
    subject         VARCHAR(300)  NULL,
    citizen_message VARCHAR(2000) NULL,
    internal_note   VARCHAR(2000) NULL,
    changed_at      DATETIME(6)   NOT NULL,
    CONSTRAINT uk_eservice_history_change UNIQUE (change_id),
    CONSTRAINT fk_eservice_history_request FOREIGN KEY (request_id) REFERENCES eservice_request (id)
);

CREATE INDEX ix_eservice_history_request ON eservice_history (request_id, id);

-- Every time staff open a confidential request (corruption and misconduct reports).
CREATE TABLE eservice_view_audit (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    request_id BIGINT       NOT NULL,
    actor      VARCHAR(64)  NOT NULL,
    viewed_at  DATETIME(6)  NOT NULL,
    CONSTRAINT fk_eservice_view_audit_request FOREIGN KEY (request_id) REFERENCES eservice_request (id)
);

CREATE INDEX ix_eservice_view_audit_request ON eservice_view_audit (request_id, viewed_at);

INSERT INTO scheduler_lock (name, locked_until, locked_by) VALUES ('eservice-retention', '2000-01-01 00:00:00', NULL);

-- The service types every office starts with (editable later by staff with the admin role).
INSERT INTO eservice_type (code, name_th, description_th, target_days, anonymous_allowed, confidential, appointment, handler_role, active, sort_order) VALUES
('complaint', 'ร้องเรียน/ร้องทุกข์',
 'แจ้งเรื่องร้องเรียน ร้องทุกข์ หรือข้อเสนอแนะเกี่ยวกับการให้บริการหรือการปฏิบัติงานของเจ้าหน้าที่ สำนักงานจะแจ้งผลการดำเนินการให้ทราบ',
 15, FALSE, FALSE, FALSE, 'ESERVICE', TRUE, 1),
('corruption', 'แจ้งเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ',
 'ช่องทางเฉพาะสำหรับแจ้งเบาะแสการทุจริตหรือการประพฤติมิชอบของเจ้าหน้าที่ ไม่ต้องระบุชื่อก็ได้ เรื่องจะถูกเก็บเป็นความลับ เฉพาะหัวหน้าส่วนราชการและผู้ได้รับมอบสิทธิ์เท่านั้นที่เห็น และจะไม่เปิดเผยต่อผู้ถูกร้องเรียน',
 30, TRUE, TRUE, FALSE, 'INTEGRITY', TRUE, 2),
('nuisance', 'แจ้งเหตุรำคาญ',
 'แจ้งเหตุรำคาญ เช่น เสียงดัง กลิ่นเหม็น ควันหรือฝุ่น น้ำเสีย พร้อมตำแหน่งและภาพถ่าย อำนาจตามกฎหมายเป็นของราชการส่วนท้องถิ่น (อบต./เทศบาล) สำนักงานจะประสานและส่งต่อเรื่องให้ท้องถิ่นดำเนินการ',
 15, FALSE, FALSE, FALSE, 'ESERVICE', TRUE, 3),
('information', 'ขอข้อมูลข่าวสารของราชการ',
 'ยื่นคำขอข้อมูลข่าวสารของราชการตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540',
 15, FALSE, FALSE, FALSE, 'ESERVICE', TRUE, 4),
('home-care', 'ขอรับบริการเยี่ยมบ้าน / ลงทะเบียนผู้ป่วยติดบ้านติดเตียง',
 'ขอให้เจ้าหน้าที่สาธารณสุขเยี่ยมบ้าน หรือลงทะเบียนผู้ป่วยติดบ้านติดเตียงเพื่อรับการดูแลต่อเนื่อง',
 7, FALSE, FALSE, FALSE, 'ESERVICE', TRUE, 5),
('appointment', 'นัดหมายรับบริการ',
 'จองวันและเวลารับบริการที่หน่วยบริการสาธารณสุข เลือกจากช่วงเวลาที่เจ้าหน้าที่เปิดให้จอง',
 0, FALSE, FALSE, TRUE, 'ESERVICE', TRUE, 6);

INSERT INTO eservice_field (service_type_id, field_key, label_th, hint_th, kind, required, personal, max_length, choices, sort_order) VALUES
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'topic', 'เรื่องที่ร้องเรียน', NULL, 'CHOICE', TRUE, FALSE, NULL, 'การให้บริการ|พฤติกรรมของเจ้าหน้าที่|สถานที่และความสะอาด|ข้อเสนอแนะ|อื่น ๆ', 1),
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'detail', 'รายละเอียด', 'เล่าเหตุการณ์ วัน เวลา และสิ่งที่ต้องการให้สำนักงานดำเนินการ', 'LONG_TEXT', TRUE, FALSE, 2000, NULL, 2),
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'place', 'หน่วยบริการหรือสถานที่', 'เช่น รพ.สต.บ้านนา', 'TEXT', FALSE, FALSE, 200, NULL, 3),
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'incident_date', 'วันที่เกิดเหตุ', NULL, 'DATE', FALSE, FALSE, NULL, NULL, 4),
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'evidence', 'เอกสารหรือภาพประกอบ', 'ไฟล์ PDF, Word หรือรูปภาพ', 'FILE', FALSE, FALSE, NULL, NULL, 5),
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'full_name', 'ชื่อ-นามสกุลผู้ร้องเรียน', NULL, 'TEXT', TRUE, TRUE, 200, NULL, 6),
((SELECT id FROM eservice_type WHERE code = 'complaint'), 'phone', 'เบอร์โทรศัพท์ติดต่อกลับ', 'ตัวเลข 9-10 หลัก', 'PHONE', TRUE, TRUE, NULL, NULL, 7),

((SELECT id FROM eservice_type WHERE code = 'corruption'), 'accused', 'ผู้ถูกร้องเรียนหรือหน่วยงาน', 'ชื่อ ตำแหน่ง หรือหน่วยงานของผู้ถูกร้องเรียน', 'TEXT', TRUE, FALSE, 200, NULL, 1),
((SELECT id FROM eservice_type WHERE code = 'corruption'), 'detail', 'พฤติการณ์ที่พบ', 'เล่าว่าเกิดอะไรขึ้น ที่ไหน เมื่อใด และมีใครรู้เห็น', 'LONG_TEXT', TRUE, FALSE, 2000, NULL, 2),
((SELECT id FROM eservice_type WHERE code = 'corruption'), 'incident_date', 'วันที่เกิดเหตุ', NULL, 'DATE', FALSE, FALSE, NULL, NULL, 3),
((SELECT id FROM eservice_type WHERE code = 'corruption'), 'place', 'สถานที่เกิดเหตุ', NULL, 'TEXT', FALSE, FALSE, 200, NULL, 4),
((SELECT id FROM eservice_type WHERE code = 'corruption'), 'evidence', 'หลักฐานประกอบ', 'ไฟล์ PDF, Word หรือรูปภาพ', 'FILE', FALSE, FALSE, NULL, NULL, 5),
((SELECT id FROM eservice_type WHERE code = 'corruption'), 'full_name', 'ชื่อ-นามสกุลผู้แจ้ง (ไม่บังคับ)', 'เว้นว่างได้ หากแจ้งโดยไม่ระบุตัวตนระบบจะไม่บันทึก', 'TEXT', FALSE, TRUE, 200, NULL, 6),
((SELECT id FROM eservice_type WHERE code = 'corruption'), 'phone', 'เบอร์โทรศัพท์ (ไม่บังคับ)', NULL, 'PHONE', FALSE, TRUE, NULL, NULL, 7),

((SELECT id FROM eservice_type WHERE code = 'nuisance'), 'nuisance_kind', 'ประเภทเหตุรำคาญ', NULL, 'CHOICE', TRUE, FALSE, NULL, 'เสียงดัง|กลิ่นเหม็น|ควันหรือฝุ่นละออง|น้ำเสีย|อื่น ๆ', 1),
((SELECT id FROM eservice_type WHERE code = 'nuisance'), 'detail', 'รายละเอียด', 'แหล่งที่มา ช่วงเวลาที่เกิด และผลกระทบต่อท่าน', 'LONG_TEXT', TRUE, FALSE, 2000, NULL, 2),
((SELECT id FROM eservice_type WHERE code = 'nuisance'), 'location', 'ตำแหน่งที่เกิดเหตุ', 'พิกัดจากแผนที่ หรือบ้านเลขที่ หมู่ ตำบล', 'LOCATION', TRUE, FALSE, 300, NULL, 3),
((SELECT id FROM eservice_type WHERE code = 'nuisance'), 'photos', 'ภาพถ่าย', 'รูปภาพ JPG, PNG หรือ WEBP', 'PHOTO', FALSE, FALSE, NULL, NULL, 4),
((SELECT id FROM eservice_type WHERE code = 'nuisance'), 'full_name', 'ชื่อ-นามสกุลผู้แจ้ง', NULL, 'TEXT', TRUE, TRUE, 200, NULL, 5),
((SELECT id FROM eservice_type WHERE code = 'nuisance'), 'phone', 'เบอร์โทรศัพท์ติดต่อกลับ', 'ตัวเลข 9-10 หลัก', 'PHONE', TRUE, TRUE, NULL, NULL, 6),

((SELECT id FROM eservice_type WHERE code = 'information'), 'information', 'ข้อมูลข่าวสารที่ต้องการ', 'ระบุเรื่อง ช่วงเวลา หรือชื่อเอกสารให้ชัดเจน', 'LONG_TEXT', TRUE, FALSE, 2000, NULL, 1),
((SELECT id FROM eservice_type WHERE code = 'information'), 'purpose', 'วัตถุประสงค์การนำไปใช้', NULL, 'TEXT', FALSE, FALSE, 200, NULL, 2),
((SELECT id FROM eservice_type WHERE code = 'information'), 'delivery', 'วิธีรับข้อมูล', NULL, 'CHOICE', TRUE, FALSE, NULL, 'รับด้วยตนเองที่สำนักงาน|ทางอีเมล|ทางไปรษณีย์', 3),
((SELECT id FROM eservice_type WHERE code = 'information'), 'address', 'ที่อยู่หรืออีเมลสำหรับส่งข้อมูล', NULL, 'LONG_TEXT', FALSE, TRUE, 500, NULL, 4),
((SELECT id FROM eservice_type WHERE code = 'information'), 'full_name', 'ชื่อ-นามสกุลผู้ขอ', NULL, 'TEXT', TRUE, TRUE, 200, NULL, 5),
((SELECT id FROM eservice_type WHERE code = 'information'), 'phone', 'เบอร์โทรศัพท์ติดต่อ', 'ตัวเลข 9-10 หลัก', 'PHONE', TRUE, TRUE, NULL, NULL, 6),

((SELECT id FROM eservice_type WHERE code = 'home-care'), 'patient_name', 'ชื่อ-นามสกุลผู้ป่วย', NULL, 'TEXT', TRUE, TRUE, 200, NULL, 1),
((SELECT id FROM eservice_type WHERE code = 'home-care'), 'condition', 'กลุ่มผู้รับบริการ', NULL, 'CHOICE', TRUE, FALSE, NULL, 'ผู้ป่วยติดเตียง|ผู้ป่วยติดบ้าน|ผู้สูงอายุที่ต้องการการดูแล|มารดาหลังคลอด|อื่น ๆ', 2),
((SELECT id FROM eservice_type WHERE code = 'home-care'), 'detail', 'อาการและความต้องการ', 'โรคประจำตัว อาการ และความช่วยเหลือที่ต้องการ', 'LONG_TEXT', TRUE, TRUE, 2000, NULL, 3),
((SELECT id FROM eservice_type WHERE code = 'home-care'), 'location', 'ที่อยู่หรือพิกัดบ้าน', 'บ้านเลขที่ หมู่ ตำบล หรือพิกัดจากแผนที่', 'LOCATION', TRUE, TRUE, 300, NULL, 4),
((SELECT id FROM eservice_type WHERE code = 'home-care'), 'full_name', 'ชื่อ-นามสกุลผู้แจ้ง', NULL, 'TEXT', TRUE, TRUE, 200, NULL, 5),
((SELECT id FROM eservice_type WHERE code = 'home-care'), 'phone', 'เบอร์โทรศัพท์ติดต่อ', 'ตัวเลข 9-10 หลัก', 'PHONE', TRUE, TRUE, NULL, NULL, 6),

((SELECT id FROM eservice_type WHERE code = 'appointment'), 'reason', 'บริการที่ต้องการ', NULL, 'CHOICE', TRUE, FALSE, NULL, 'ฉีดวัคซีน|ตรวจสุขภาพ|ฝากครรภ์|รับยาโรคเรื้อรัง|ปรึกษาปัญหาสุขภาพ|อื่น ๆ', 1),
((SELECT id FROM eservice_type WHERE code = 'appointment'), 'note', 'รายละเอียดเพิ่มเติม', NULL, 'LONG_TEXT', FALSE, TRUE, 500, NULL, 2),
((SELECT id FROM eservice_type WHERE code = 'appointment'), 'full_name', 'ชื่อ-นามสกุลผู้รับบริการ', NULL, 'TEXT', TRUE, TRUE, 200, NULL, 3),
((SELECT id FROM eservice_type WHERE code = 'appointment'), 'phone', 'เบอร์โทรศัพท์ติดต่อ', 'ตัวเลข 9-10 หลัก', 'PHONE', TRUE, TRUE, NULL, NULL, 4);
