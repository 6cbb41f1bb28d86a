-- The issuing office, set once in Cài đặt and used by every document: agency names, place, document
-- symbol, signer and how they sign, the usual recipients (one per line). One row, id 1; empty text
-- until the officer fills it in. The folder documents were last exported to is kept beside it.

CREATE TABLE office_profile (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    parent_agency      TEXT    NOT NULL DEFAULT '',
    agency             TEXT    NOT NULL DEFAULT '',
    place              TEXT    NOT NULL DEFAULT '',
    symbol             TEXT    NOT NULL DEFAULT '',
    signer_name        TEXT    NOT NULL DEFAULT '',
    signer_title       TEXT    NOT NULL DEFAULT '',
    on_behalf_of       TEXT    NOT NULL DEFAULT '',
    authority          TEXT    NOT NULL DEFAULT 'OWN'
        CHECK (authority IN ('OWN', 'DEPUTY', 'ACTING', 'BY_ORDER', 'BY_DELEGATION')),
    principal_title    TEXT    NOT NULL DEFAULT '',
    default_recipients TEXT    NOT NULL DEFAULT '',
    export_folder      TEXT,
    updated_at         TEXT
);

INSERT INTO office_profile (id) VALUES (1);
