-- Commendations and nominations: levels and forms are data (the law changes), commendations rest
-- on deeds, nominations carry nominees with their deeds, every state change, and the dossier papers.

CREATE TABLE award_level (
    code       TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,
    rank       INTEGER NOT NULL
);
INSERT INTO award_level (code, name, rank) VALUES
 ('COMMUNE', 'Cấp xã, phường', 1),
 ('DISTRICT', 'Cấp huyện, quận', 2),
 ('PROVINCE', 'Cấp tỉnh, thành phố', 3),
 ('MINISTRY', 'Cấp bộ, ngành, đoàn thể trung ương', 4),
 ('PRIME_MINISTER', 'Thủ tướng Chính phủ', 5),
 ('STATE', 'Nhà nước', 6);

CREATE TABLE award_form (
    id              INTEGER PRIMARY KEY,
    name            TEXT    NOT NULL,
    is_title        INTEGER NOT NULL DEFAULT 0,
    for_individual  INTEGER NOT NULL DEFAULT 1,
    for_collective  INTEGER NOT NULL DEFAULT 0,
    for_household   INTEGER NOT NULL DEFAULT 0,
    levels          TEXT    NOT NULL,
    repeatable      INTEGER NOT NULL DEFAULT 1,
    active          INTEGER NOT NULL DEFAULT 1,
    sort_order      INTEGER NOT NULL DEFAULT 0,
    name_fold       TEXT    NOT NULL UNIQUE
);
INSERT INTO award_form (name, is_title, for_individual, for_collective, for_household, levels, repeatable, sort_order, name_fold) VALUES
 ('Giấy khen', 0, 1, 1, 1, 'COMMUNE,DISTRICT', 1, 1, 'giay khen'),
 ('Bằng khen', 0, 1, 1, 1, 'PROVINCE,MINISTRY,PRIME_MINISTER', 1, 2, 'bang khen'),
 ('Người tốt, việc tốt', 1, 1, 0, 0, 'DISTRICT,PROVINCE', 1, 3, 'nguoi tot, viec tot'),
 ('Lao động tiên tiến', 1, 1, 0, 0, 'COMMUNE,DISTRICT', 1, 4, 'lao dong tien tien'),
 ('Chiến sĩ thi đua cơ sở', 1, 1, 0, 0, 'COMMUNE,DISTRICT', 1, 5, 'chien si thi dua co so'),
 ('Tập thể lao động tiên tiến', 1, 0, 1, 0, 'COMMUNE,DISTRICT', 1, 6, 'tap the lao dong tien tien'),
 ('Tập thể lao động xuất sắc', 1, 0, 1, 0, 'DISTRICT,PROVINCE', 1, 7, 'tap the lao dong xuat sac'),
 ('Gia đình văn hóa', 1, 0, 0, 1, 'COMMUNE', 1, 8, 'gia dinh van hoa');

CREATE TABLE nomination (
    id                INTEGER PRIMARY KEY,
    form_id           INTEGER NOT NULL REFERENCES award_form (id) ON DELETE RESTRICT,
    level_code        TEXT    NOT NULL REFERENCES award_level (code) ON DELETE RESTRICT,
    proposing_unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    authority         TEXT,
    campaign_id       INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
    doc_number        INTEGER,
    title             TEXT,
    status            TEXT    NOT NULL DEFAULT 'DRAFT',
    created_on        TEXT    NOT NULL,
    decision_number   TEXT,
    decision_date     TEXT,
    decision_body     TEXT,
    note              TEXT
);
CREATE INDEX ix_nomination_status ON nomination (status);

CREATE TABLE nominee (
    id            INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    exemplar_id   INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE RESTRICT,
    outcome       TEXT    NOT NULL DEFAULT 'PENDING',
    UNIQUE (nomination_id, exemplar_id)
);
CREATE INDEX ix_nominee_exemplar ON nominee (exemplar_id);

CREATE TABLE nominee_deed (
    nominee_id INTEGER NOT NULL REFERENCES nominee (id) ON DELETE CASCADE,
    deed_id    INTEGER NOT NULL REFERENCES deed (id) ON DELETE RESTRICT,
    PRIMARY KEY (nominee_id, deed_id)
) WITHOUT ROWID;
CREATE INDEX ix_nominee_deed_deed ON nominee_deed (deed_id);

CREATE TABLE nomination_step (
    id            INTEGER PRIMARY KEY,
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    from_status   TEXT,
    to_status     TEXT    NOT NULL,
    on_date       TEXT    NOT NULL,
    reason        TEXT
);

CREATE TABLE nomination_paper (
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    paper         TEXT    NOT NULL,
    received_on   TEXT,
    PRIMARY KEY (nomination_id, paper)
) WITHOUT ROWID;

CREATE TABLE commendation (
    id              INTEGER PRIMARY KEY,
    exemplar_id     INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    form_id         INTEGER NOT NULL REFERENCES award_form (id) ON DELETE RESTRICT,
    level_code      TEXT    NOT NULL REFERENCES award_level (code) ON DELETE RESTRICT,
    decision_number TEXT,
    decision_date   TEXT    NOT NULL,
    decision_year   INTEGER NOT NULL,
    issuing_body    TEXT,
    campaign_id     INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
    nomination_id   INTEGER REFERENCES nomination (id) ON DELETE SET NULL,
    note            TEXT
);
CREATE INDEX ix_commendation_exemplar ON commendation (exemplar_id, decision_date);
CREATE INDEX ix_commendation_form_year ON commendation (form_id, decision_year, exemplar_id);

CREATE TABLE commendation_deed (
    commendation_id INTEGER NOT NULL REFERENCES commendation (id) ON DELETE CASCADE,
    deed_id         INTEGER NOT NULL REFERENCES deed (id) ON DELETE RESTRICT,
    PRIMARY KEY (commendation_id, deed_id)
) WITHOUT ROWID;
CREATE INDEX ix_commendation_deed_deed ON commendation_deed (deed_id);
