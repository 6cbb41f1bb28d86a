-- The abbreviation of the unit that drafts the office's letters, as the workstation's V19: a công văn is
-- numbered "03/UBND-NV" (Nghị định 30/2020/NĐ-CP, Phụ lục III). Empty: "03/UBND" as before.
ALTER TABLE office_profile ADD COLUMN drafting_unit text NOT NULL DEFAULT '';
