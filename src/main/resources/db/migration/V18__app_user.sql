-- The officers of a shared registry and what each may see: the office's officer sees all, a unit's clerk only the
-- exemplars of that unit and the units below it, and their introductions. Kept on the file too, so both engines
-- have one schema; a workstation's file has one officer and no sign-in, and leaves the table empty.
-- Passwords are not here: the server checks them (each officer signs in with their own login).
CREATE TABLE app_user (
    id         INTEGER PRIMARY KEY,
    login      TEXT    NOT NULL UNIQUE,
    full_name  TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('OFFICE', 'UNIT_CLERK')),
    unit_id    INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    CHECK ((role = 'OFFICE' AND unit_id IS NULL) OR (role = 'UNIT_CLERK' AND unit_id IS NOT NULL))
);
