-- Change history for commendations and nominations (V3 came from another line of work than V5's
-- triggers): a commendation recorded or deleted, a nominee added, judged or removed, and each change
-- of a nomination's state, all in the exemplar's history where there is an exemplar.

CREATE TRIGGER log_commendation_insert AFTER INSERT ON commendation
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'commendation', NEW.id, NEW.exemplar_id, 'INSERT', (SELECT name FROM award_form WHERE id = NEW.form_id),
           json_array(json_array('award', NULL, (SELECT name FROM award_form WHERE id = NEW.form_id)),
                      json_array('level', NULL, (SELECT name FROM award_level WHERE code = NEW.level_code)),
                      json_array('decision_number', NULL, NEW.decision_number),
                      json_array('decision_date', NULL, NEW.decision_date),
                      json_array('issuing_body', NULL, NEW.issuing_body));
END;

CREATE TRIGGER log_commendation_delete AFTER DELETE ON commendation
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'commendation', OLD.id, OLD.exemplar_id, 'DELETE', (SELECT name FROM award_form WHERE id = OLD.form_id),
           json_array(json_array('award', (SELECT name FROM award_form WHERE id = OLD.form_id), NULL),
                      json_array('decision_number', OLD.decision_number, NULL),
                      json_array('decision_date', OLD.decision_date, NULL));
END;

CREATE TRIGGER log_nominee_insert AFTER INSERT ON nominee
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'nominee', NEW.id, NEW.exemplar_id, 'INSERT', 'Đề nghị số ' || NEW.nomination_id,
           json_array(json_array('nomination', NULL, NEW.nomination_id));
END;

CREATE TRIGGER log_nominee_update AFTER UPDATE OF outcome ON nominee WHEN OLD.outcome IS NOT NEW.outcome
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'nominee', NEW.id, NEW.exemplar_id, 'UPDATE', 'Đề nghị số ' || NEW.nomination_id,
           json_array(json_array('outcome', OLD.outcome, NEW.outcome));
END;

CREATE TRIGGER log_nominee_delete AFTER DELETE ON nominee
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'nominee', OLD.id, OLD.exemplar_id, 'DELETE', 'Đề nghị số ' || OLD.nomination_id,
           json_array(json_array('nomination', OLD.nomination_id, NULL));
END;

CREATE TRIGGER log_nomination_status AFTER UPDATE OF status ON nomination WHEN OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'nomination', NEW.id, NULL, 'UPDATE', 'Đề nghị số ' || NEW.id,
           json_array(json_array('status', OLD.status, NEW.status));
END;
