-- Optimistic locking: every change of an exemplar counts up its version; a save that read an older one is refused.
ALTER TABLE exemplar ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
