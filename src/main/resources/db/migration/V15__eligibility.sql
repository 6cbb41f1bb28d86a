-- Who may be proposed for what: the results of each year the registry cannot know by itself
-- (how the exemplar completed its tasks, the initiatives recognised), and the conditions of each
-- title or form as data, each with the article it comes from. A change of law is a change of rows.

CREATE TABLE yearly_result (
    id          INTEGER PRIMARY KEY,
    exemplar_id INTEGER NOT NULL REFERENCES exemplar (id) ON DELETE CASCADE,
    year        INTEGER NOT NULL,
    task_rating TEXT,
    initiatives INTEGER NOT NULL DEFAULT 0,
    note        TEXT,
    UNIQUE (exemplar_id, year)
);
CREATE INDEX ix_yearly_result_year ON yearly_result (year, exemplar_id);

CREATE TRIGGER log_yearly_result_insert AFTER INSERT ON yearly_result
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'yearly_result', NEW.id, NEW.exemplar_id, 'INSERT', 'Năm ' || NEW.year, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch FROM (
        SELECT 'task_rating' AS f, NULL AS o, NEW.task_rating AS n WHERE NEW.task_rating IS NOT NULL
        UNION ALL
        SELECT 'initiatives' AS f, NULL AS o, NEW.initiatives AS n WHERE NEW.initiatives <> 0
        UNION ALL
        SELECT 'note' AS f, NULL AS o, NEW.note AS n WHERE NEW.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_yearly_result_update AFTER UPDATE ON yearly_result
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'yearly_result', NEW.id, NEW.exemplar_id, 'UPDATE', 'Năm ' || NEW.year, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'year' AS f, OLD.year AS o, NEW.year AS n WHERE OLD.year IS NOT NEW.year
        UNION ALL
        SELECT 'task_rating' AS f, OLD.task_rating AS o, NEW.task_rating AS n WHERE OLD.task_rating IS NOT NEW.task_rating
        UNION ALL
        SELECT 'initiatives' AS f, OLD.initiatives AS o, NEW.initiatives AS n WHERE OLD.initiatives IS NOT NEW.initiatives
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NEW.note AS n WHERE OLD.note IS NOT NEW.note
    )) WHERE k > 0;
END;

CREATE TRIGGER log_yearly_result_delete AFTER DELETE ON yearly_result
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'yearly_result', OLD.id, OLD.exemplar_id, 'DELETE', 'Năm ' || OLD.year, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch FROM (
        SELECT 'task_rating' AS f, OLD.task_rating AS o, NULL AS n WHERE OLD.task_rating IS NOT NULL
        UNION ALL
        SELECT 'initiatives' AS f, OLD.initiatives AS o, NULL AS n WHERE OLD.initiatives <> 0
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NULL AS n WHERE OLD.note IS NOT NULL
    ));
END;

-- The provincial title the registry's basic titles lead to.
INSERT INTO award_form (name, is_title, for_individual, for_collective, for_household, levels, repeatable, sort_order, name_fold)
SELECT 'Chiến sĩ thi đua cấp tỉnh', 1, 1, 0, 0, 'PROVINCE', 1, 9, 'chien si thi dua cap tinh'
WHERE NOT EXISTS (SELECT 1 FROM award_form WHERE name_fold = 'chien si thi dua cap tinh');

-- One condition of a title or form. kind: TITLE (ref_form held `years` years in a row, the run ending
-- in the year considered or up to `slack` years before it), RATING (task_rating at least `rating` in
-- `years` years in a row up to the year), INITIATIVES (at least `amount` initiatives within the last
-- `years` years), SHARE (at most `amount` per cent of the unit's holders of ref_form that year, rounded
-- down), INTERVAL (at least `years` years since the last commendation with the same form).
-- applies_to: the kinds of exemplar the condition is for (comma-separated; NULL: every kind the form allows).
CREATE TABLE eligibility_rule (
    id          INTEGER PRIMARY KEY,
    form_id     INTEGER NOT NULL REFERENCES award_form (id) ON DELETE CASCADE,
    kind        TEXT    NOT NULL,
    ref_form_id INTEGER REFERENCES award_form (id) ON DELETE RESTRICT,
    years       INTEGER NOT NULL DEFAULT 1,
    amount      INTEGER NOT NULL DEFAULT 1,
    rating      TEXT,
    slack       INTEGER NOT NULL DEFAULT 0,
    applies_to  TEXT,
    active      INTEGER NOT NULL DEFAULT 1,
    basis       TEXT    NOT NULL,
    note        TEXT,
    sort_order  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_eligibility_rule_form ON eligibility_rule (form_id, sort_order);

INSERT INTO eligibility_rule (form_id, kind, years, rating, basis, note, sort_order)
SELECT id, 'RATING', 1, 'GOOD', 'Điều 24 Luật Thi đua, khen thưởng số 06/2022/QH15',
       'Hoàn thành tốt nhiệm vụ trở lên trong năm (tiêu chuẩn chi tiết do bộ, ngành, tỉnh hướng dẫn).', 1
FROM award_form WHERE name_fold = 'lao dong tien tien';

INSERT INTO eligibility_rule (form_id, kind, ref_form_id, years, basis, note, sort_order)
SELECT f.id, 'TITLE', r.id, 1, 'Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15',
       'Đạt danh hiệu "Lao động tiên tiến" (hoặc "Chiến sĩ tiên tiến") trong năm xét.', 1
FROM award_form f, award_form r WHERE f.name_fold = 'chien si thi dua co so' AND r.name_fold = 'lao dong tien tien';

INSERT INTO eligibility_rule (form_id, kind, years, amount, basis, note, sort_order)
SELECT id, 'INITIATIVES', 1, 1, 'Điều 23 Luật Thi đua, khen thưởng số 06/2022/QH15',
       'Có sáng kiến được công nhận (hoặc đề tài, đề án khoa học đã nghiệm thu và áp dụng) trong năm xét.', 2
FROM award_form WHERE name_fold = 'chien si thi dua co so';

INSERT INTO eligibility_rule (form_id, kind, ref_form_id, amount, basis, note, sort_order)
SELECT f.id, 'SHARE', r.id, 15, 'Khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP (đã được thay thế)',
       'Không quá 15% số cá nhân đạt "Lao động tiên tiến" của đơn vị, làm tròn xuống. Tỷ lệ này tra được ở Nghị định 91/2017/NĐ-CP, nay đã được Nghị định 98/2023/NĐ-CP thay thế; điều khoản tương ứng của văn bản hiện hành chưa tra được: đối chiếu quy chế thi đua của bộ, ngành, tỉnh và sửa tỷ lệ tại đây nếu khác.', 3
FROM award_form f, award_form r WHERE f.name_fold = 'chien si thi dua co so' AND r.name_fold = 'lao dong tien tien';

INSERT INTO eligibility_rule (form_id, kind, ref_form_id, years, basis, note, sort_order)
SELECT f.id, 'TITLE', r.id, 3, 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15',
       'Được lựa chọn trong số những cá nhân có 03 lần liên tục được tặng danh hiệu "Chiến sĩ thi đua cơ sở"; năm xét là năm đạt lần thứ ba.', 1
FROM award_form f, award_form r WHERE f.name_fold = 'chien si thi dua cap tinh' AND r.name_fold = 'chien si thi dua co so';

INSERT INTO eligibility_rule (form_id, kind, years, amount, basis, note, sort_order)
SELECT id, 'INITIATIVES', 3, 1, 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15',
       'Có sáng kiến áp dụng hiệu quả, có khả năng nhân rộng trong bộ, ngành, tỉnh. Phạm vi ảnh hưởng do người đứng đầu công nhận; chương trình chỉ đếm sáng kiến đã ghi trong 3 năm.', 2
FROM award_form WHERE name_fold = 'chien si thi dua cap tinh';

INSERT INTO eligibility_rule (form_id, kind, years, rating, applies_to, basis, note, sort_order)
SELECT id, 'RATING', 2, 'EXCELLENT', 'INDIVIDUAL', 'Điều 24 Nghị định số 65/2014/NĐ-CP (đã được thay thế)',
       'Khen thường xuyên: 02 năm trở lên liên tục hoàn thành xuất sắc nhiệm vụ. Đây là một trong các tiêu chuẩn (người có thành tích xuất sắc được bình xét trong phong trào thi đua vẫn được đề nghị); tra được ở Nghị định 65/2014/NĐ-CP, chưa tra được điều khoản tương ứng của Nghị định 98/2023/NĐ-CP.', 1
FROM award_form WHERE name_fold = 'bang khen';

INSERT INTO eligibility_rule (form_id, kind, years, amount, applies_to, basis, note, sort_order)
SELECT id, 'INITIATIVES', 2, 2, 'INDIVIDUAL', 'Điều 24 Nghị định số 65/2014/NĐ-CP (đã được thay thế)',
       'Trong 02 năm đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi cơ sở (cùng nguồn và cùng lưu ý như điều kiện trên).', 2
FROM award_form WHERE name_fold = 'bang khen';

INSERT INTO eligibility_rule (form_id, kind, years, active, basis, note, sort_order)
SELECT id, 'INTERVAL', 1, 0, 'Không có quy định chung',
       'Luật không đặt khoảng cách tối thiểu giữa hai lần Giấy khen; bật điều kiện này nếu quy chế thi đua của đơn vị có.', 1
FROM award_form WHERE name_fold = 'giay khen';
