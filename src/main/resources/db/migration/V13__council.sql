-- The emulation council (Hội đồng Thi đua - Khen thưởng): one meeting takes one or more approved
-- nominations; its members with who was present, the votes per nominee and the council's conclusion.
-- The share of votes a nominee needs is the office's setting, kept on each meeting as it was applied;
-- 70% of all members is only a starting value (see CouncilThreshold for what was and was not found in law).
CREATE TABLE council_setting (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    share_num    INTEGER NOT NULL DEFAULT 70,
    share_den    INTEGER NOT NULL DEFAULT 100,
    of_present   INTEGER NOT NULL DEFAULT 0,
    base_salary  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO council_setting (id) VALUES (1);

CREATE TABLE council_meeting (
    id          INTEGER PRIMARY KEY,
    held_at     TEXT    NOT NULL,
    place       TEXT    NOT NULL,
    chair       TEXT    NOT NULL,
    secretary   TEXT    NOT NULL,
    content     TEXT,
    share_num   INTEGER NOT NULL,
    share_den   INTEGER NOT NULL,
    of_present  INTEGER NOT NULL
);

CREATE TABLE council_member (
    meeting_id INTEGER NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    name       TEXT    NOT NULL,
    position   TEXT    NOT NULL DEFAULT '',
    present    INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (meeting_id, seq)
) WITHOUT ROWID;

CREATE TABLE council_nomination (
    nomination_id INTEGER PRIMARY KEY REFERENCES nomination (id) ON DELETE CASCADE,
    meeting_id    INTEGER NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE
);
CREATE INDEX ix_council_nomination_meeting ON council_nomination (meeting_id);

CREATE TABLE council_vote (
    nominee_id  INTEGER PRIMARY KEY REFERENCES nominee (id) ON DELETE CASCADE,
    meeting_id  INTEGER NOT NULL REFERENCES council_meeting (id) ON DELETE CASCADE,
    agree       INTEGER NOT NULL,
    disagree    INTEGER NOT NULL,
    recommended INTEGER NOT NULL,
    conclusion  TEXT
);
CREATE INDEX ix_council_vote_meeting ON council_vote (meeting_id);

-- Reward money as a multiple of the mức lương cơ sở (Nghị định 98/2023/NĐ-CP, Điều 54 for the titles of
-- emulation); forms without a row carry no money in the decision unless the officer gives an amount.
CREATE TABLE reward_rate (
    form_id     INTEGER PRIMARY KEY REFERENCES award_form (id) ON DELETE CASCADE,
    individual  REAL,
    collective  REAL,
    basis       TEXT NOT NULL
);
INSERT INTO reward_rate (form_id, individual, collective, basis)
SELECT id, 0.3, NULL, 'Điều 54 Nghị định số 98/2023/NĐ-CP' FROM award_form WHERE name_fold = 'lao dong tien tien';
INSERT INTO reward_rate (form_id, individual, collective, basis)
SELECT id, 1.0, NULL, 'Điều 54 Nghị định số 98/2023/NĐ-CP' FROM award_form WHERE name_fold = 'chien si thi dua co so';
INSERT INTO reward_rate (form_id, individual, collective, basis)
SELECT id, NULL, 0.8, 'Điều 54 Nghị định số 98/2023/NĐ-CP' FROM award_form WHERE name_fold = 'tap the lao dong tien tien';
INSERT INTO reward_rate (form_id, individual, collective, basis)
SELECT id, NULL, 1.5, 'Điều 54 Nghị định số 98/2023/NĐ-CP' FROM award_form WHERE name_fold = 'tap the lao dong xuat sac';
