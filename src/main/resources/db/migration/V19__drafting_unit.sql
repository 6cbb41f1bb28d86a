-- The abbreviation of the unit that drafts the office's letters: a công văn is numbered "03/UBND-NV", the
-- agency's symbol then the drafting unit's (Nghị định 30/2020/NĐ-CP, Phụ lục III). Empty: "03/UBND" as before.
ALTER TABLE office_profile ADD COLUMN drafting_unit TEXT NOT NULL DEFAULT '';
