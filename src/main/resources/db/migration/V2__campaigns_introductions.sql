-- Campaigns (phong trào thi đua) with phases and targets, the quarterly introduction quota,
-- quarterly introductions and propaganda activities.

CREATE TABLE campaign (
    id                  INTEGER PRIMARY KEY,
    name                TEXT    NOT NULL,
    kind                TEXT    NOT NULL DEFAULT 'REGULAR',
    plan_number         TEXT,
    plan_date           TEXT,
    issuing_body        TEXT,
    legal_bases         TEXT,
    year_from           INTEGER,
    year_to             INTEGER,
    purposes            TEXT,
    requirements        TEXT,
    content             TEXT,
    criteria_collective TEXT,
    criteria_individual TEXT,
    organisation        TEXT,
    quota_mode          TEXT    NOT NULL DEFAULT 'NONE' CHECK (quota_mode IN ('NONE', 'PER_FIELD', 'PER_UNIT')),
    quota_per_cell      INTEGER NOT NULL DEFAULT 1,
    status              TEXT    NOT NULL DEFAULT 'DRAFT',
    note                TEXT,
    sort_key            TEXT    NOT NULL
);

CREATE TABLE campaign_phase (
    id                  INTEGER PRIMARY KEY,
    campaign_id         INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    name                TEXT    NOT NULL,
    start_date          TEXT    NOT NULL,
    end_date            TEXT    NOT NULL,
    target_individuals  INTEGER NOT NULL DEFAULT 0,
    target_collectives  INTEGER NOT NULL DEFAULT 0,
    target_households   INTEGER NOT NULL DEFAULT 0,
    tasks               TEXT
);
CREATE INDEX ix_phase_campaign ON campaign_phase (campaign_id, start_date);

-- Units that take part; for a quota campaign, the units that owe introductions (from joined_on).
CREATE TABLE campaign_unit (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    unit_id     INTEGER NOT NULL REFERENCES unit (id) ON DELETE CASCADE,
    joined_on   TEXT,
    PRIMARY KEY (campaign_id, unit_id)
) WITHOUT ROWID;

-- Fields the quota covers (PER_FIELD mode), from added_on.
CREATE TABLE campaign_field (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    field_id    INTEGER NOT NULL REFERENCES field (id) ON DELETE CASCADE,
    added_on    TEXT,
    PRIMARY KEY (campaign_id, field_id)
) WITHOUT ROWID;

CREATE TABLE campaign_exemplar (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    phase_id    INTEGER REFERENCES campaign_phase (id) ON DELETE SET NULL,
    linked_on   TEXT    NOT NULL,
    PRIMARY KEY (campaign_id, exemplar_id)
) WITHOUT ROWID;
CREATE INDEX ix_campaign_exemplar_exemplar ON campaign_exemplar (exemplar_id);

CREATE TABLE introduction (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
    exemplar_id     INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    field_id        INTEGER REFERENCES field (id) ON DELETE SET NULL,
    campaign_id     INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
    year            INTEGER NOT NULL,
    quarter         INTEGER NOT NULL CHECK (quarter BETWEEN 1 AND 4),
    received_on     TEXT    NOT NULL,
    withdrawn_on    TEXT,
    withdrawn_reason TEXT,
    note            TEXT
);
CREATE INDEX ix_introduction_quarter ON introduction (year, quarter, unit_id, field_id);
CREATE INDEX ix_introduction_exemplar ON introduction (exemplar_id);

CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    form        TEXT    NOT NULL,
    held_on     TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    link        TEXT,
    unit_id     INTEGER REFERENCES unit (id) ON DELETE SET NULL,
    campaign_id INTEGER REFERENCES campaign (id) ON DELETE SET NULL,
    note        TEXT
);
CREATE INDEX ix_activity_date ON activity (held_on);

CREATE TABLE activity_exemplar (
    activity_id INTEGER NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, exemplar_id)
) WITHOUT ROWID;
CREATE INDEX ix_activity_exemplar_exemplar ON activity_exemplar (exemplar_id);
