-- The registry: units, fields, exemplars with their deeds, lifecycle and evaluations.
-- Dates are ISO text (YYYY-MM-DD); enums are their Java names.

CREATE TABLE cluster (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE unit (
    id            INTEGER PRIMARY KEY,
    parent_id     INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    name          TEXT    NOT NULL,
    type          TEXT,
    cluster_id    INTEGER REFERENCES cluster (id) ON DELETE SET NULL,
    contact_name  TEXT,
    contact_phone TEXT,
    contact_email TEXT,
    active_from   TEXT,
    active        INTEGER NOT NULL DEFAULT 1,
    note          TEXT,
    sort_key      TEXT    NOT NULL,
    name_fold     TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_unit_name ON unit (name_fold, IFNULL(parent_id, 0));
CREATE INDEX ix_unit_parent ON unit (parent_id);

CREATE TABLE field (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL,
    short_name  TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0,
    active_from TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    name_fold   TEXT    NOT NULL UNIQUE
);

CREATE TABLE exemplar (
    id           INTEGER PRIMARY KEY,
    kind         TEXT    NOT NULL CHECK (kind IN ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD')),
    category     TEXT    NOT NULL DEFAULT 'ADVANCED',
    name         TEXT    NOT NULL,
    gender       TEXT,
    birth_year   INTEGER,
    birth_date   TEXT,
    position     TEXT,
    workplace    TEXT,
    residence    TEXT,
    phone        TEXT,
    id_number    TEXT,
    head_name    TEXT,
    member_count INTEGER,
    address      TEXT,
    unit_id      INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    new_model    TEXT,
    summary      TEXT,
    account      TEXT,
    discovery    TEXT,
    found_on     TEXT,
    found_year   INTEGER,
    status       TEXT    NOT NULL DEFAULT 'FOUND',
    note         TEXT,
    sort_key     TEXT    NOT NULL,
    name_fold    TEXT    NOT NULL,
    created_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    updated_at   TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
);
CREATE INDEX ix_exemplar_sort ON exemplar (sort_key, id);
CREATE INDEX ix_exemplar_unit ON exemplar (unit_id, sort_key);
CREATE INDEX ix_exemplar_kind ON exemplar (kind, sort_key);
CREATE INDEX ix_exemplar_status ON exemplar (status, sort_key);
CREATE INDEX ix_exemplar_year ON exemplar (found_year, sort_key);
CREATE INDEX ix_exemplar_dupe ON exemplar (name_fold, birth_year);

CREATE TABLE exemplar_field (
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    field_id    INTEGER NOT NULL REFERENCES field (id) ON DELETE RESTRICT,
    PRIMARY KEY (exemplar_id, field_id)
) WITHOUT ROWID;
CREATE INDEX ix_exemplar_field_field ON exemplar_field (field_id, exemplar_id);

CREATE TABLE deed (
    id          INTEGER PRIMARY KEY,
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    deed_date   TEXT,
    title       TEXT    NOT NULL,
    description TEXT
);
CREATE INDEX ix_deed_exemplar ON deed (exemplar_id, deed_date);

CREATE TABLE status_change (
    id          INTEGER PRIMARY KEY,
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    changed_on  TEXT    NOT NULL,
    reason      TEXT
);
CREATE INDEX ix_status_change_exemplar ON status_change (exemplar_id, id);

CREATE TABLE evaluation (
    id          INTEGER PRIMARY KEY,
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    eval_date   TEXT    NOT NULL,
    period      TEXT,
    rating      TEXT    NOT NULL,
    content     TEXT,
    evaluator   TEXT
);
CREATE INDEX ix_evaluation_exemplar ON evaluation (exemplar_id, eval_date);

-- Search over folded text (lower case, no diacritics, đ to d), kept by the exemplar repository.
CREATE VIRTUAL TABLE exemplar_fts USING fts5(
    name, unit, body,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

-- The 14 fields of the provincial plan (seed 002, III.3); editable data, not code.
INSERT INTO field (name, short_name, sort_order, name_fold) VALUES
 ('Xây dựng Đảng, chính quyền, đoàn thể', 'Xây dựng Đảng', 1, 'xay dung dang, chinh quyen, doan the'),
 ('Quốc phòng, an ninh', 'QP-AN', 2, 'quoc phong, an ninh'),
 ('Công thương, xây dựng, giao thông vận tải', 'Công thương, XD, GTVT', 3, 'cong thuong, xay dung, giao thong van tai'),
 ('Nông nghiệp', 'Nông nghiệp', 4, 'nong nghiep'),
 ('Tài chính, ngân hàng, thuế, bảo hiểm xã hội', 'Tài chính, ngân hàng', 5, 'tai chinh, ngan hang, thue, bao hiem xa hoi'),
 ('Y tế', 'Y tế', 6, 'y te'),
 ('Giáo dục và đào tạo', 'GD&ĐT', 7, 'giao duc va dao tao'),
 ('Khoa học và công nghệ', 'KH&CN', 8, 'khoa hoc va cong nghe'),
 ('Văn hóa, nghệ thuật, thể dục, thể thao', 'VH-NT, TDTT', 9, 'van hoa, nghe thuat, the duc, the thao'),
 ('Đối ngoại', 'Đối ngoại', 10, 'doi ngoai'),
 ('Thông tin và truyền thông', 'TT&TT', 11, 'thong tin va truyen thong'),
 ('Cải cách hành chính', 'CCHC', 12, 'cai cach hanh chinh'),
 ('An sinh xã hội', 'An sinh xã hội', 13, 'an sinh xa hoi'),
 ('Đời sống xã hội', 'Đời sống xã hội', 14, 'doi song xa hoi');
