-- Who issues a dossier's papers. A nomination's tờ trình comes from the proposing unit, on its own
-- letterhead and signed by its head; each nominee's báo cáo thành tích is certified by the head of the
-- nominee's own unit. The office profile says to whom the office's units submit (the decider, through
-- the advisory body) and to whom the office itself submits when the level is above it.
CREATE TABLE unit_signer (
    unit_id      INTEGER PRIMARY KEY REFERENCES unit (id) ON DELETE CASCADE,
    formal_name  TEXT NOT NULL DEFAULT '',
    place        TEXT NOT NULL DEFAULT '',
    symbol       TEXT NOT NULL DEFAULT '',
    head_name    TEXT NOT NULL DEFAULT '',
    head_title   TEXT NOT NULL DEFAULT '',
    on_behalf_of TEXT NOT NULL DEFAULT ''
);

ALTER TABLE office_profile ADD COLUMN decider TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN advisory_body TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN superior_decider TEXT NOT NULL DEFAULT '';
ALTER TABLE office_profile ADD COLUMN superior_via TEXT NOT NULL DEFAULT '';
