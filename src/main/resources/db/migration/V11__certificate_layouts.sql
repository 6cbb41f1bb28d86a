-- Certificates printed onto pre-printed blanks (phôi giấy khen, phôi bằng khen), issue 14: one layout per
-- kind of blank with its page in millimetres and where each slot goes; the printer's offset measured on
-- the calibration page, set once; and which residence confirmation letters of a nomination came back.
--
-- The default pages are A4 landscape (297 x 210 mm) for the giấy khen and A3 landscape (420 x 297 mm) for
-- the bằng khen. No legal text giving the size of the blanks was found; these are the usual paper sizes
-- and a starting point: the officer measures the blank and corrects the page and the positions.

CREATE TABLE certificate_layout (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL,
    name_fold      TEXT    NOT NULL UNIQUE,
    form_id        INTEGER REFERENCES award_form (id) ON DELETE SET NULL,
    page_width_mm  REAL    NOT NULL CHECK (page_width_mm BETWEEN 50 AND 1000),
    page_height_mm REAL    NOT NULL CHECK (page_height_mm BETWEEN 50 AND 1000),
    scan_image     TEXT,
    updated_at     TEXT
);

-- x: left edge of the box; y: baseline of the first line; both from the blank's top-left corner, in mm
CREATE TABLE certificate_field (
    layout_id  INTEGER NOT NULL REFERENCES certificate_layout (id) ON DELETE CASCADE,
    slot       TEXT    NOT NULL,
    printed    INTEGER NOT NULL DEFAULT 1,
    x_mm       REAL    NOT NULL,
    y_mm       REAL    NOT NULL,
    width_mm   REAL    NOT NULL CHECK (width_mm > 0),
    font_size  REAL    NOT NULL CHECK (font_size > 0),
    bold       INTEGER NOT NULL DEFAULT 0,
    italic     INTEGER NOT NULL DEFAULT 0,
    align      TEXT    NOT NULL DEFAULT 'CENTER' CHECK (align IN ('LEFT', 'CENTER', 'RIGHT')),
    fit        TEXT    NOT NULL DEFAULT 'WRAP' CHECK (fit IN ('WRAP', 'SHRINK')),
    max_lines  INTEGER NOT NULL DEFAULT 1 CHECK (max_lines >= 1),
    PRIMARY KEY (layout_id, slot)
) WITHOUT ROWID;

CREATE TABLE certificate_printer (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    offset_x_mm REAL NOT NULL DEFAULT 0,
    offset_y_mm REAL NOT NULL DEFAULT 0
);
INSERT INTO certificate_printer (id) VALUES (1);

CREATE TABLE residence_letter (
    nomination_id INTEGER NOT NULL REFERENCES nomination (id) ON DELETE CASCADE,
    exemplar_id   INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    received_on   TEXT    NOT NULL,
    PRIMARY KEY (nomination_id, exemplar_id)
) WITHOUT ROWID;

INSERT INTO certificate_layout (id, name, name_fold, form_id, page_width_mm, page_height_mm)
VALUES (1, 'Phôi giấy khen (A4 ngang)', 'phoi giay khen (a4 ngang)',
        (SELECT id FROM award_form WHERE name_fold = 'giay khen'), 297, 210);
INSERT INTO certificate_field (layout_id, slot, printed, x_mm, y_mm, width_mm, font_size, bold, italic, align, fit, max_lines) VALUES
 (1, 'ISSUER',       1,  40,  62, 217, 16, 1, 0, 'CENTER', 'WRAP',   2),
 (1, 'RECIPIENT',    1,  30, 100, 237, 22, 1, 0, 'CENTER', 'WRAP',   2),
 (1, 'DETAIL',       1,  30, 113, 237, 15, 0, 0, 'CENTER', 'WRAP',   2),
 (1, 'ACHIEVEMENT',  1,  35, 128, 227, 15, 0, 0, 'CENTER', 'WRAP',   3),
 (1, 'DECISION',     1,  22, 190, 110, 12, 0, 1, 'LEFT',   'WRAP',   2),
 (1, 'PLACE_DATE',   1, 150, 158, 130, 14, 0, 1, 'CENTER', 'SHRINK', 1),
 (1, 'SIGNER_TITLE', 1, 150, 166, 130, 14, 1, 0, 'CENTER', 'WRAP',   3),
 (1, 'SIGNER_NAME',  1, 150, 196, 130, 15, 1, 0, 'CENTER', 'SHRINK', 1);

INSERT INTO certificate_layout (id, name, name_fold, form_id, page_width_mm, page_height_mm)
VALUES (2, 'Phôi bằng khen (A3 ngang)', 'phoi bang khen (a3 ngang)',
        (SELECT id FROM award_form WHERE name_fold = 'bang khen'), 420, 297);
INSERT INTO certificate_field (layout_id, slot, printed, x_mm, y_mm, width_mm, font_size, bold, italic, align, fit, max_lines) VALUES
 (2, 'ISSUER',       1,  57,  88, 307, 20, 1, 0, 'CENTER', 'WRAP',   2),
 (2, 'RECIPIENT',    1,  42, 141, 336, 30, 1, 0, 'CENTER', 'WRAP',   2),
 (2, 'DETAIL',       1,  42, 160, 336, 20, 0, 0, 'CENTER', 'WRAP',   2),
 (2, 'ACHIEVEMENT',  1,  49, 181, 322, 20, 0, 0, 'CENTER', 'WRAP',   3),
 (2, 'DECISION',     1,  31, 269, 156, 15, 0, 1, 'LEFT',   'WRAP',   2),
 (2, 'PLACE_DATE',   1, 212, 223, 184, 18, 0, 1, 'CENTER', 'SHRINK', 1),
 (2, 'SIGNER_TITLE', 1, 212, 235, 184, 18, 1, 0, 'CENTER', 'WRAP',   3),
 (2, 'SIGNER_NAME',  1, 212, 277, 184, 20, 1, 0, 'CENTER', 'SHRINK', 1);
