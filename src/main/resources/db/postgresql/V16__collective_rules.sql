-- The default conditions of the collective titles, as the workstation's V16 (see db/migration/V16__collective_rules.sql
-- for the sources and what the registry cannot judge).

INSERT INTO eligibility_rule (form_id, kind, years, rating, applies_to, basis, note, sort_order)
SELECT id, 'RATING', 1, 'GOOD', 'COLLECTIVE', 'Điều 28 Luật Thi đua, khen thưởng 2003 (văn bản Luật 2022 chưa tra được)',
       'Hoàn thành tốt nhiệm vụ và kế hoạch được giao; có phong trào thi đua thường xuyên, thiết thực, hiệu quả; có trên 50% cá nhân trong tập thể đạt "Lao động tiên tiến" và không có cá nhân bị kỷ luật từ cảnh cáo trở lên; nội bộ đoàn kết. Tiêu chuẩn này tra được ở Điều 28 Luật Thi đua, khen thưởng 2003 (trang thi đua - khen thưởng tỉnh Lạng Sơn); điều tương ứng của Luật số 06/2022/QH15 chưa tra được: đối chiếu và sửa tại đây nếu khác. Chương trình chỉ xét mức hoàn thành nhiệm vụ của tập thể; tỷ lệ cá nhân đạt "Lao động tiên tiến" và kỷ luật do cán bộ đối chiếu.', 1
FROM award_form WHERE name_fold = 'tap the lao dong tien tien';

INSERT INTO eligibility_rule (form_id, kind, years, rating, applies_to, basis, note, sort_order)
SELECT id, 'RATING', 1, 'EXCELLENT', 'COLLECTIVE', 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 98/2023/NĐ-CP (số điều chưa đối chiếu)',
       'Hoàn thành xuất sắc nhiệm vụ được giao; tích cực tham gia phong trào thi đua; 100% cá nhân trong tập thể hoàn thành nhiệm vụ, trong đó ít nhất 70% đạt "Lao động tiên tiến"; có cá nhân đạt "Chiến sĩ thi đua cơ sở"; nội bộ đoàn kết. Tiêu chuẩn như thủ tục hành chính theo Nghị định 98/2023/NĐ-CP do UBND tỉnh Thừa Thiên Huế công bố (Quyết định số 362/QĐ-UBND ngày 02/02/2024); chưa đối chiếu được với văn bản gốc của Luật. Chương trình chỉ xét mức hoàn thành nhiệm vụ của tập thể; các tỷ lệ về cá nhân do cán bộ đối chiếu.', 1
FROM award_form WHERE name_fold = 'tap the lao dong xuat sac';
