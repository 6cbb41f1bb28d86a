-- Optimistic locking, as the workstation's V17: every change of an exemplar counts up its version; a save that
-- read an older one is refused (two officers editing one exemplar never overwrite each other silently).
ALTER TABLE exemplar ADD COLUMN version integer NOT NULL DEFAULT 0;
