-- Change history: every create, change and delete of a record, with the time, the workstation's
-- user name (set by the program in app_session when it opens the database) and what changed, as a
-- JSON array of [column, old value, new value]. Written by triggers, so no write path can forget
-- it; references are kept as names (unit, field) so the history reads the same after a rename or
-- a deletion. Nothing here has foreign keys: the history of a deleted record stays.

CREATE TABLE app_session (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    user_name TEXT
);
INSERT INTO app_session (id, user_name) VALUES (1, NULL);

CREATE TABLE change_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT    NOT NULL,
    user_name   TEXT,
    entity      TEXT    NOT NULL,
    entity_id   INTEGER NOT NULL,
    exemplar_id INTEGER,
    action      TEXT    NOT NULL CHECK (action IN ('INSERT', 'UPDATE', 'DELETE')),
    label       TEXT,
    changes     TEXT    NOT NULL
);
CREATE INDEX ix_change_log_exemplar ON change_log (exemplar_id, id);
CREATE INDEX ix_change_log_entity ON change_log (entity, entity_id, id);

CREATE TRIGGER log_exemplar_insert AFTER INSERT ON exemplar
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'exemplar', NEW.id, NEW.id, 'INSERT', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'kind' AS f, NULL AS o, NEW.kind AS n WHERE NEW.kind IS NOT NULL
        UNION ALL
        SELECT 'category' AS f, NULL AS o, NEW.category AS n WHERE NEW.category IS NOT NULL
        UNION ALL
        SELECT 'name' AS f, NULL AS o, NEW.name AS n WHERE NEW.name IS NOT NULL
        UNION ALL
        SELECT 'gender' AS f, NULL AS o, NEW.gender AS n WHERE NEW.gender IS NOT NULL
        UNION ALL
        SELECT 'birth_year' AS f, NULL AS o, NEW.birth_year AS n WHERE NEW.birth_year IS NOT NULL
        UNION ALL
        SELECT 'birth_date' AS f, NULL AS o, NEW.birth_date AS n WHERE NEW.birth_date IS NOT NULL
        UNION ALL
        SELECT 'position' AS f, NULL AS o, NEW.position AS n WHERE NEW.position IS NOT NULL
        UNION ALL
        SELECT 'workplace' AS f, NULL AS o, NEW.workplace AS n WHERE NEW.workplace IS NOT NULL
        UNION ALL
        SELECT 'residence' AS f, NULL AS o, NEW.residence AS n WHERE NEW.residence IS NOT NULL
        UNION ALL
        SELECT 'phone' AS f, NULL AS o, NEW.phone AS n WHERE NEW.phone IS NOT NULL
        UNION ALL
        SELECT 'id_number' AS f, NULL AS o, CASE WHEN NEW.id_number IS NULL THEN NULL ELSE '•••' || substr(NEW.id_number, -4) END AS n WHERE NEW.id_number IS NOT NULL
        UNION ALL
        SELECT 'head_name' AS f, NULL AS o, NEW.head_name AS n WHERE NEW.head_name IS NOT NULL
        UNION ALL
        SELECT 'member_count' AS f, NULL AS o, NEW.member_count AS n WHERE NEW.member_count IS NOT NULL
        UNION ALL
        SELECT 'address' AS f, NULL AS o, NEW.address AS n WHERE NEW.address IS NOT NULL
        UNION ALL
        SELECT 'unit' AS f, NULL AS o, (SELECT name FROM unit WHERE id = NEW.unit_id) AS n WHERE NEW.unit_id IS NOT NULL
        UNION ALL
        SELECT 'new_model' AS f, NULL AS o, NEW.new_model AS n WHERE NEW.new_model IS NOT NULL
        UNION ALL
        SELECT 'summary' AS f, NULL AS o, NEW.summary AS n WHERE NEW.summary IS NOT NULL
        UNION ALL
        SELECT 'account' AS f, NULL AS o, NEW.account AS n WHERE NEW.account IS NOT NULL
        UNION ALL
        SELECT 'discovery' AS f, NULL AS o, NEW.discovery AS n WHERE NEW.discovery IS NOT NULL
        UNION ALL
        SELECT 'found_on' AS f, NULL AS o, NEW.found_on AS n WHERE NEW.found_on IS NOT NULL
        UNION ALL
        SELECT 'status' AS f, NULL AS o, NEW.status AS n WHERE NEW.status IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, NULL AS o, NEW.note AS n WHERE NEW.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_exemplar_update AFTER UPDATE ON exemplar
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'exemplar', NEW.id, NEW.id, 'UPDATE', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'kind' AS f, OLD.kind AS o, NEW.kind AS n WHERE OLD.kind IS NOT NEW.kind
        UNION ALL
        SELECT 'category' AS f, OLD.category AS o, NEW.category AS n WHERE OLD.category IS NOT NEW.category
        UNION ALL
        SELECT 'name' AS f, OLD.name AS o, NEW.name AS n WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'gender' AS f, OLD.gender AS o, NEW.gender AS n WHERE OLD.gender IS NOT NEW.gender
        UNION ALL
        SELECT 'birth_year' AS f, OLD.birth_year AS o, NEW.birth_year AS n WHERE OLD.birth_year IS NOT NEW.birth_year
        UNION ALL
        SELECT 'birth_date' AS f, OLD.birth_date AS o, NEW.birth_date AS n WHERE OLD.birth_date IS NOT NEW.birth_date
        UNION ALL
        SELECT 'position' AS f, OLD.position AS o, NEW.position AS n WHERE OLD.position IS NOT NEW.position
        UNION ALL
        SELECT 'workplace' AS f, OLD.workplace AS o, NEW.workplace AS n WHERE OLD.workplace IS NOT NEW.workplace
        UNION ALL
        SELECT 'residence' AS f, OLD.residence AS o, NEW.residence AS n WHERE OLD.residence IS NOT NEW.residence
        UNION ALL
        SELECT 'phone' AS f, OLD.phone AS o, NEW.phone AS n WHERE OLD.phone IS NOT NEW.phone
        UNION ALL
        SELECT 'id_number' AS f, CASE WHEN OLD.id_number IS NULL THEN NULL ELSE '•••' || substr(OLD.id_number, -4) END AS o, CASE WHEN NEW.id_number IS NULL THEN NULL ELSE '•••' || substr(NEW.id_number, -4) END AS n WHERE OLD.id_number IS NOT NEW.id_number
        UNION ALL
        SELECT 'head_name' AS f, OLD.head_name AS o, NEW.head_name AS n WHERE OLD.head_name IS NOT NEW.head_name
        UNION ALL
        SELECT 'member_count' AS f, OLD.member_count AS o, NEW.member_count AS n WHERE OLD.member_count IS NOT NEW.member_count
        UNION ALL
        SELECT 'address' AS f, OLD.address AS o, NEW.address AS n WHERE OLD.address IS NOT NEW.address
        UNION ALL
        SELECT 'unit' AS f, (SELECT name FROM unit WHERE id = OLD.unit_id) AS o, (SELECT name FROM unit WHERE id = NEW.unit_id) AS n WHERE OLD.unit_id IS NOT NEW.unit_id
        UNION ALL
        SELECT 'new_model' AS f, OLD.new_model AS o, NEW.new_model AS n WHERE OLD.new_model IS NOT NEW.new_model
        UNION ALL
        SELECT 'summary' AS f, OLD.summary AS o, NEW.summary AS n WHERE OLD.summary IS NOT NEW.summary
        UNION ALL
        SELECT 'account' AS f, OLD.account AS o, NEW.account AS n WHERE OLD.account IS NOT NEW.account
        UNION ALL
        SELECT 'discovery' AS f, OLD.discovery AS o, NEW.discovery AS n WHERE OLD.discovery IS NOT NEW.discovery
        UNION ALL
        SELECT 'found_on' AS f, OLD.found_on AS o, NEW.found_on AS n WHERE OLD.found_on IS NOT NEW.found_on
        UNION ALL
        SELECT 'status' AS f, OLD.status AS o, NEW.status AS n WHERE OLD.status IS NOT NEW.status
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NEW.note AS n WHERE OLD.note IS NOT NEW.note
    )) WHERE k > 0;
END;

CREATE TRIGGER log_exemplar_delete AFTER DELETE ON exemplar
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'exemplar', OLD.id, OLD.id, 'DELETE', OLD.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'kind' AS f, OLD.kind AS o, NULL AS n WHERE OLD.kind IS NOT NULL
        UNION ALL
        SELECT 'category' AS f, OLD.category AS o, NULL AS n WHERE OLD.category IS NOT NULL
        UNION ALL
        SELECT 'name' AS f, OLD.name AS o, NULL AS n WHERE OLD.name IS NOT NULL
        UNION ALL
        SELECT 'gender' AS f, OLD.gender AS o, NULL AS n WHERE OLD.gender IS NOT NULL
        UNION ALL
        SELECT 'birth_year' AS f, OLD.birth_year AS o, NULL AS n WHERE OLD.birth_year IS NOT NULL
        UNION ALL
        SELECT 'birth_date' AS f, OLD.birth_date AS o, NULL AS n WHERE OLD.birth_date IS NOT NULL
        UNION ALL
        SELECT 'position' AS f, OLD.position AS o, NULL AS n WHERE OLD.position IS NOT NULL
        UNION ALL
        SELECT 'workplace' AS f, OLD.workplace AS o, NULL AS n WHERE OLD.workplace IS NOT NULL
        UNION ALL
        SELECT 'residence' AS f, OLD.residence AS o, NULL AS n WHERE OLD.residence IS NOT NULL
        UNION ALL
        SELECT 'phone' AS f, OLD.phone AS o, NULL AS n WHERE OLD.phone IS NOT NULL
        UNION ALL
        SELECT 'id_number' AS f, CASE WHEN OLD.id_number IS NULL THEN NULL ELSE '•••' || substr(OLD.id_number, -4) END AS o, NULL AS n WHERE OLD.id_number IS NOT NULL
        UNION ALL
        SELECT 'head_name' AS f, OLD.head_name AS o, NULL AS n WHERE OLD.head_name IS NOT NULL
        UNION ALL
        SELECT 'member_count' AS f, OLD.member_count AS o, NULL AS n WHERE OLD.member_count IS NOT NULL
        UNION ALL
        SELECT 'address' AS f, OLD.address AS o, NULL AS n WHERE OLD.address IS NOT NULL
        UNION ALL
        SELECT 'unit' AS f, (SELECT name FROM unit WHERE id = OLD.unit_id) AS o, NULL AS n WHERE OLD.unit_id IS NOT NULL
        UNION ALL
        SELECT 'new_model' AS f, OLD.new_model AS o, NULL AS n WHERE OLD.new_model IS NOT NULL
        UNION ALL
        SELECT 'summary' AS f, OLD.summary AS o, NULL AS n WHERE OLD.summary IS NOT NULL
        UNION ALL
        SELECT 'account' AS f, OLD.account AS o, NULL AS n WHERE OLD.account IS NOT NULL
        UNION ALL
        SELECT 'discovery' AS f, OLD.discovery AS o, NULL AS n WHERE OLD.discovery IS NOT NULL
        UNION ALL
        SELECT 'found_on' AS f, OLD.found_on AS o, NULL AS n WHERE OLD.found_on IS NOT NULL
        UNION ALL
        SELECT 'status' AS f, OLD.status AS o, NULL AS n WHERE OLD.status IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NULL AS n WHERE OLD.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_exemplar_field_insert AFTER INSERT ON exemplar_field
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'exemplar_field', NEW.field_id, NEW.exemplar_id, 'INSERT', (SELECT name FROM exemplar WHERE id = NEW.exemplar_id), ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'field' AS f, NULL AS o, (SELECT name FROM field WHERE id = NEW.field_id) AS n WHERE NEW.field_id IS NOT NULL
    ));
END;

CREATE TRIGGER log_exemplar_field_update AFTER UPDATE ON exemplar_field
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'exemplar_field', NEW.field_id, NEW.exemplar_id, 'UPDATE', (SELECT name FROM exemplar WHERE id = NEW.exemplar_id), ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'field' AS f, (SELECT name FROM field WHERE id = OLD.field_id) AS o, (SELECT name FROM field WHERE id = NEW.field_id) AS n WHERE OLD.field_id IS NOT NEW.field_id
    )) WHERE k > 0;
END;

CREATE TRIGGER log_exemplar_field_delete AFTER DELETE ON exemplar_field
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'exemplar_field', OLD.field_id, OLD.exemplar_id, 'DELETE', (SELECT name FROM exemplar WHERE id = OLD.exemplar_id), ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'field' AS f, (SELECT name FROM field WHERE id = OLD.field_id) AS o, NULL AS n WHERE OLD.field_id IS NOT NULL
    ));
END;

CREATE TRIGGER log_deed_insert AFTER INSERT ON deed
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'deed', NEW.id, NEW.exemplar_id, 'INSERT', NEW.title, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'deed_date' AS f, NULL AS o, NEW.deed_date AS n WHERE NEW.deed_date IS NOT NULL
        UNION ALL
        SELECT 'title' AS f, NULL AS o, NEW.title AS n WHERE NEW.title IS NOT NULL
        UNION ALL
        SELECT 'description' AS f, NULL AS o, NEW.description AS n WHERE NEW.description IS NOT NULL
    ));
END;

CREATE TRIGGER log_deed_update AFTER UPDATE ON deed
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'deed', NEW.id, NEW.exemplar_id, 'UPDATE', NEW.title, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'deed_date' AS f, OLD.deed_date AS o, NEW.deed_date AS n WHERE OLD.deed_date IS NOT NEW.deed_date
        UNION ALL
        SELECT 'title' AS f, OLD.title AS o, NEW.title AS n WHERE OLD.title IS NOT NEW.title
        UNION ALL
        SELECT 'description' AS f, OLD.description AS o, NEW.description AS n WHERE OLD.description IS NOT NEW.description
    )) WHERE k > 0;
END;

CREATE TRIGGER log_deed_delete AFTER DELETE ON deed
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'deed', OLD.id, OLD.exemplar_id, 'DELETE', OLD.title, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'deed_date' AS f, OLD.deed_date AS o, NULL AS n WHERE OLD.deed_date IS NOT NULL
        UNION ALL
        SELECT 'title' AS f, OLD.title AS o, NULL AS n WHERE OLD.title IS NOT NULL
        UNION ALL
        SELECT 'description' AS f, OLD.description AS o, NULL AS n WHERE OLD.description IS NOT NULL
    ));
END;

CREATE TRIGGER log_evaluation_insert AFTER INSERT ON evaluation
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'evaluation', NEW.id, NEW.exemplar_id, 'INSERT', NEW.period, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'eval_date' AS f, NULL AS o, NEW.eval_date AS n WHERE NEW.eval_date IS NOT NULL
        UNION ALL
        SELECT 'period' AS f, NULL AS o, NEW.period AS n WHERE NEW.period IS NOT NULL
        UNION ALL
        SELECT 'rating' AS f, NULL AS o, NEW.rating AS n WHERE NEW.rating IS NOT NULL
        UNION ALL
        SELECT 'content' AS f, NULL AS o, NEW.content AS n WHERE NEW.content IS NOT NULL
        UNION ALL
        SELECT 'evaluator' AS f, NULL AS o, NEW.evaluator AS n WHERE NEW.evaluator IS NOT NULL
    ));
END;

CREATE TRIGGER log_evaluation_update AFTER UPDATE ON evaluation
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'evaluation', NEW.id, NEW.exemplar_id, 'UPDATE', NEW.period, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'eval_date' AS f, OLD.eval_date AS o, NEW.eval_date AS n WHERE OLD.eval_date IS NOT NEW.eval_date
        UNION ALL
        SELECT 'period' AS f, OLD.period AS o, NEW.period AS n WHERE OLD.period IS NOT NEW.period
        UNION ALL
        SELECT 'rating' AS f, OLD.rating AS o, NEW.rating AS n WHERE OLD.rating IS NOT NEW.rating
        UNION ALL
        SELECT 'content' AS f, OLD.content AS o, NEW.content AS n WHERE OLD.content IS NOT NEW.content
        UNION ALL
        SELECT 'evaluator' AS f, OLD.evaluator AS o, NEW.evaluator AS n WHERE OLD.evaluator IS NOT NEW.evaluator
    )) WHERE k > 0;
END;

CREATE TRIGGER log_evaluation_delete AFTER DELETE ON evaluation
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'evaluation', OLD.id, OLD.exemplar_id, 'DELETE', OLD.period, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'eval_date' AS f, OLD.eval_date AS o, NULL AS n WHERE OLD.eval_date IS NOT NULL
        UNION ALL
        SELECT 'period' AS f, OLD.period AS o, NULL AS n WHERE OLD.period IS NOT NULL
        UNION ALL
        SELECT 'rating' AS f, OLD.rating AS o, NULL AS n WHERE OLD.rating IS NOT NULL
        UNION ALL
        SELECT 'content' AS f, OLD.content AS o, NULL AS n WHERE OLD.content IS NOT NULL
        UNION ALL
        SELECT 'evaluator' AS f, OLD.evaluator AS o, NULL AS n WHERE OLD.evaluator IS NOT NULL
    ));
END;

CREATE TRIGGER log_introduction_insert AFTER INSERT ON introduction
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'introduction', NEW.id, NEW.exemplar_id, 'INSERT', (SELECT name FROM exemplar WHERE id = NEW.exemplar_id), ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'unit' AS f, NULL AS o, (SELECT name FROM unit WHERE id = NEW.unit_id) AS n WHERE NEW.unit_id IS NOT NULL
        UNION ALL
        SELECT 'field' AS f, NULL AS o, (SELECT name FROM field WHERE id = NEW.field_id) AS n WHERE NEW.field_id IS NOT NULL
        UNION ALL
        SELECT 'campaign' AS f, NULL AS o, (SELECT name FROM campaign WHERE id = NEW.campaign_id) AS n WHERE NEW.campaign_id IS NOT NULL
        UNION ALL
        SELECT 'year' AS f, NULL AS o, NEW.year AS n WHERE NEW.year IS NOT NULL
        UNION ALL
        SELECT 'quarter' AS f, NULL AS o, NEW.quarter AS n WHERE NEW.quarter IS NOT NULL
        UNION ALL
        SELECT 'received_on' AS f, NULL AS o, NEW.received_on AS n WHERE NEW.received_on IS NOT NULL
        UNION ALL
        SELECT 'withdrawn_on' AS f, NULL AS o, NEW.withdrawn_on AS n WHERE NEW.withdrawn_on IS NOT NULL
        UNION ALL
        SELECT 'withdrawn_reason' AS f, NULL AS o, NEW.withdrawn_reason AS n WHERE NEW.withdrawn_reason IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, NULL AS o, NEW.note AS n WHERE NEW.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_introduction_update AFTER UPDATE ON introduction
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'introduction', NEW.id, NEW.exemplar_id, 'UPDATE', (SELECT name FROM exemplar WHERE id = NEW.exemplar_id), ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'unit' AS f, (SELECT name FROM unit WHERE id = OLD.unit_id) AS o, (SELECT name FROM unit WHERE id = NEW.unit_id) AS n WHERE OLD.unit_id IS NOT NEW.unit_id
        UNION ALL
        SELECT 'field' AS f, (SELECT name FROM field WHERE id = OLD.field_id) AS o, (SELECT name FROM field WHERE id = NEW.field_id) AS n WHERE OLD.field_id IS NOT NEW.field_id
        UNION ALL
        SELECT 'campaign' AS f, (SELECT name FROM campaign WHERE id = OLD.campaign_id) AS o, (SELECT name FROM campaign WHERE id = NEW.campaign_id) AS n WHERE OLD.campaign_id IS NOT NEW.campaign_id
        UNION ALL
        SELECT 'year' AS f, OLD.year AS o, NEW.year AS n WHERE OLD.year IS NOT NEW.year
        UNION ALL
        SELECT 'quarter' AS f, OLD.quarter AS o, NEW.quarter AS n WHERE OLD.quarter IS NOT NEW.quarter
        UNION ALL
        SELECT 'received_on' AS f, OLD.received_on AS o, NEW.received_on AS n WHERE OLD.received_on IS NOT NEW.received_on
        UNION ALL
        SELECT 'withdrawn_on' AS f, OLD.withdrawn_on AS o, NEW.withdrawn_on AS n WHERE OLD.withdrawn_on IS NOT NEW.withdrawn_on
        UNION ALL
        SELECT 'withdrawn_reason' AS f, OLD.withdrawn_reason AS o, NEW.withdrawn_reason AS n WHERE OLD.withdrawn_reason IS NOT NEW.withdrawn_reason
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NEW.note AS n WHERE OLD.note IS NOT NEW.note
    )) WHERE k > 0;
END;

CREATE TRIGGER log_introduction_delete AFTER DELETE ON introduction
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'introduction', OLD.id, OLD.exemplar_id, 'DELETE', (SELECT name FROM exemplar WHERE id = OLD.exemplar_id), ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'unit' AS f, (SELECT name FROM unit WHERE id = OLD.unit_id) AS o, NULL AS n WHERE OLD.unit_id IS NOT NULL
        UNION ALL
        SELECT 'field' AS f, (SELECT name FROM field WHERE id = OLD.field_id) AS o, NULL AS n WHERE OLD.field_id IS NOT NULL
        UNION ALL
        SELECT 'campaign' AS f, (SELECT name FROM campaign WHERE id = OLD.campaign_id) AS o, NULL AS n WHERE OLD.campaign_id IS NOT NULL
        UNION ALL
        SELECT 'year' AS f, OLD.year AS o, NULL AS n WHERE OLD.year IS NOT NULL
        UNION ALL
        SELECT 'quarter' AS f, OLD.quarter AS o, NULL AS n WHERE OLD.quarter IS NOT NULL
        UNION ALL
        SELECT 'received_on' AS f, OLD.received_on AS o, NULL AS n WHERE OLD.received_on IS NOT NULL
        UNION ALL
        SELECT 'withdrawn_on' AS f, OLD.withdrawn_on AS o, NULL AS n WHERE OLD.withdrawn_on IS NOT NULL
        UNION ALL
        SELECT 'withdrawn_reason' AS f, OLD.withdrawn_reason AS o, NULL AS n WHERE OLD.withdrawn_reason IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NULL AS n WHERE OLD.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_unit_insert AFTER INSERT ON unit
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'unit', NEW.id, NULL, 'INSERT', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, NULL AS o, NEW.name AS n WHERE NEW.name IS NOT NULL
        UNION ALL
        SELECT 'parent' AS f, NULL AS o, (SELECT name FROM unit WHERE id = NEW.parent_id) AS n WHERE NEW.parent_id IS NOT NULL
        UNION ALL
        SELECT 'type' AS f, NULL AS o, NEW.type AS n WHERE NEW.type IS NOT NULL
        UNION ALL
        SELECT 'cluster' AS f, NULL AS o, (SELECT name FROM cluster WHERE id = NEW.cluster_id) AS n WHERE NEW.cluster_id IS NOT NULL
        UNION ALL
        SELECT 'contact_name' AS f, NULL AS o, NEW.contact_name AS n WHERE NEW.contact_name IS NOT NULL
        UNION ALL
        SELECT 'contact_phone' AS f, NULL AS o, NEW.contact_phone AS n WHERE NEW.contact_phone IS NOT NULL
        UNION ALL
        SELECT 'contact_email' AS f, NULL AS o, NEW.contact_email AS n WHERE NEW.contact_email IS NOT NULL
        UNION ALL
        SELECT 'active_from' AS f, NULL AS o, NEW.active_from AS n WHERE NEW.active_from IS NOT NULL
        UNION ALL
        SELECT 'active' AS f, NULL AS o, NEW.active AS n WHERE NEW.active IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, NULL AS o, NEW.note AS n WHERE NEW.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_unit_update AFTER UPDATE ON unit
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'unit', NEW.id, NULL, 'UPDATE', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, OLD.name AS o, NEW.name AS n WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'parent' AS f, (SELECT name FROM unit WHERE id = OLD.parent_id) AS o, (SELECT name FROM unit WHERE id = NEW.parent_id) AS n WHERE OLD.parent_id IS NOT NEW.parent_id
        UNION ALL
        SELECT 'type' AS f, OLD.type AS o, NEW.type AS n WHERE OLD.type IS NOT NEW.type
        UNION ALL
        SELECT 'cluster' AS f, (SELECT name FROM cluster WHERE id = OLD.cluster_id) AS o, (SELECT name FROM cluster WHERE id = NEW.cluster_id) AS n WHERE OLD.cluster_id IS NOT NEW.cluster_id
        UNION ALL
        SELECT 'contact_name' AS f, OLD.contact_name AS o, NEW.contact_name AS n WHERE OLD.contact_name IS NOT NEW.contact_name
        UNION ALL
        SELECT 'contact_phone' AS f, OLD.contact_phone AS o, NEW.contact_phone AS n WHERE OLD.contact_phone IS NOT NEW.contact_phone
        UNION ALL
        SELECT 'contact_email' AS f, OLD.contact_email AS o, NEW.contact_email AS n WHERE OLD.contact_email IS NOT NEW.contact_email
        UNION ALL
        SELECT 'active_from' AS f, OLD.active_from AS o, NEW.active_from AS n WHERE OLD.active_from IS NOT NEW.active_from
        UNION ALL
        SELECT 'active' AS f, OLD.active AS o, NEW.active AS n WHERE OLD.active IS NOT NEW.active
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NEW.note AS n WHERE OLD.note IS NOT NEW.note
    )) WHERE k > 0;
END;

CREATE TRIGGER log_unit_delete AFTER DELETE ON unit
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'unit', OLD.id, NULL, 'DELETE', OLD.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, OLD.name AS o, NULL AS n WHERE OLD.name IS NOT NULL
        UNION ALL
        SELECT 'parent' AS f, (SELECT name FROM unit WHERE id = OLD.parent_id) AS o, NULL AS n WHERE OLD.parent_id IS NOT NULL
        UNION ALL
        SELECT 'type' AS f, OLD.type AS o, NULL AS n WHERE OLD.type IS NOT NULL
        UNION ALL
        SELECT 'cluster' AS f, (SELECT name FROM cluster WHERE id = OLD.cluster_id) AS o, NULL AS n WHERE OLD.cluster_id IS NOT NULL
        UNION ALL
        SELECT 'contact_name' AS f, OLD.contact_name AS o, NULL AS n WHERE OLD.contact_name IS NOT NULL
        UNION ALL
        SELECT 'contact_phone' AS f, OLD.contact_phone AS o, NULL AS n WHERE OLD.contact_phone IS NOT NULL
        UNION ALL
        SELECT 'contact_email' AS f, OLD.contact_email AS o, NULL AS n WHERE OLD.contact_email IS NOT NULL
        UNION ALL
        SELECT 'active_from' AS f, OLD.active_from AS o, NULL AS n WHERE OLD.active_from IS NOT NULL
        UNION ALL
        SELECT 'active' AS f, OLD.active AS o, NULL AS n WHERE OLD.active IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NULL AS n WHERE OLD.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_field_insert AFTER INSERT ON field
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'field', NEW.id, NULL, 'INSERT', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, NULL AS o, NEW.name AS n WHERE NEW.name IS NOT NULL
        UNION ALL
        SELECT 'short_name' AS f, NULL AS o, NEW.short_name AS n WHERE NEW.short_name IS NOT NULL
        UNION ALL
        SELECT 'sort_order' AS f, NULL AS o, NEW.sort_order AS n WHERE NEW.sort_order IS NOT NULL
        UNION ALL
        SELECT 'active_from' AS f, NULL AS o, NEW.active_from AS n WHERE NEW.active_from IS NOT NULL
        UNION ALL
        SELECT 'active' AS f, NULL AS o, NEW.active AS n WHERE NEW.active IS NOT NULL
    ));
END;

CREATE TRIGGER log_field_update AFTER UPDATE ON field
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'field', NEW.id, NULL, 'UPDATE', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, OLD.name AS o, NEW.name AS n WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'short_name' AS f, OLD.short_name AS o, NEW.short_name AS n WHERE OLD.short_name IS NOT NEW.short_name
        UNION ALL
        SELECT 'sort_order' AS f, OLD.sort_order AS o, NEW.sort_order AS n WHERE OLD.sort_order IS NOT NEW.sort_order
        UNION ALL
        SELECT 'active_from' AS f, OLD.active_from AS o, NEW.active_from AS n WHERE OLD.active_from IS NOT NEW.active_from
        UNION ALL
        SELECT 'active' AS f, OLD.active AS o, NEW.active AS n WHERE OLD.active IS NOT NEW.active
    )) WHERE k > 0;
END;

CREATE TRIGGER log_field_delete AFTER DELETE ON field
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'field', OLD.id, NULL, 'DELETE', OLD.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, OLD.name AS o, NULL AS n WHERE OLD.name IS NOT NULL
        UNION ALL
        SELECT 'short_name' AS f, OLD.short_name AS o, NULL AS n WHERE OLD.short_name IS NOT NULL
        UNION ALL
        SELECT 'sort_order' AS f, OLD.sort_order AS o, NULL AS n WHERE OLD.sort_order IS NOT NULL
        UNION ALL
        SELECT 'active_from' AS f, OLD.active_from AS o, NULL AS n WHERE OLD.active_from IS NOT NULL
        UNION ALL
        SELECT 'active' AS f, OLD.active AS o, NULL AS n WHERE OLD.active IS NOT NULL
    ));
END;

CREATE TRIGGER log_campaign_insert AFTER INSERT ON campaign
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'campaign', NEW.id, NULL, 'INSERT', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, NULL AS o, NEW.name AS n WHERE NEW.name IS NOT NULL
        UNION ALL
        SELECT 'kind' AS f, NULL AS o, NEW.kind AS n WHERE NEW.kind IS NOT NULL
        UNION ALL
        SELECT 'plan_number' AS f, NULL AS o, NEW.plan_number AS n WHERE NEW.plan_number IS NOT NULL
        UNION ALL
        SELECT 'plan_date' AS f, NULL AS o, NEW.plan_date AS n WHERE NEW.plan_date IS NOT NULL
        UNION ALL
        SELECT 'issuing_body' AS f, NULL AS o, NEW.issuing_body AS n WHERE NEW.issuing_body IS NOT NULL
        UNION ALL
        SELECT 'legal_bases' AS f, NULL AS o, NEW.legal_bases AS n WHERE NEW.legal_bases IS NOT NULL
        UNION ALL
        SELECT 'year_from' AS f, NULL AS o, NEW.year_from AS n WHERE NEW.year_from IS NOT NULL
        UNION ALL
        SELECT 'year_to' AS f, NULL AS o, NEW.year_to AS n WHERE NEW.year_to IS NOT NULL
        UNION ALL
        SELECT 'purposes' AS f, NULL AS o, NEW.purposes AS n WHERE NEW.purposes IS NOT NULL
        UNION ALL
        SELECT 'requirements' AS f, NULL AS o, NEW.requirements AS n WHERE NEW.requirements IS NOT NULL
        UNION ALL
        SELECT 'content' AS f, NULL AS o, NEW.content AS n WHERE NEW.content IS NOT NULL
        UNION ALL
        SELECT 'criteria_collective' AS f, NULL AS o, NEW.criteria_collective AS n WHERE NEW.criteria_collective IS NOT NULL
        UNION ALL
        SELECT 'criteria_individual' AS f, NULL AS o, NEW.criteria_individual AS n WHERE NEW.criteria_individual IS NOT NULL
        UNION ALL
        SELECT 'organisation' AS f, NULL AS o, NEW.organisation AS n WHERE NEW.organisation IS NOT NULL
        UNION ALL
        SELECT 'quota_mode' AS f, NULL AS o, NEW.quota_mode AS n WHERE NEW.quota_mode IS NOT NULL
        UNION ALL
        SELECT 'quota_per_cell' AS f, NULL AS o, NEW.quota_per_cell AS n WHERE NEW.quota_per_cell IS NOT NULL
        UNION ALL
        SELECT 'status' AS f, NULL AS o, NEW.status AS n WHERE NEW.status IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, NULL AS o, NEW.note AS n WHERE NEW.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_campaign_update AFTER UPDATE ON campaign
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'campaign', NEW.id, NULL, 'UPDATE', NEW.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, OLD.name AS o, NEW.name AS n WHERE OLD.name IS NOT NEW.name
        UNION ALL
        SELECT 'kind' AS f, OLD.kind AS o, NEW.kind AS n WHERE OLD.kind IS NOT NEW.kind
        UNION ALL
        SELECT 'plan_number' AS f, OLD.plan_number AS o, NEW.plan_number AS n WHERE OLD.plan_number IS NOT NEW.plan_number
        UNION ALL
        SELECT 'plan_date' AS f, OLD.plan_date AS o, NEW.plan_date AS n WHERE OLD.plan_date IS NOT NEW.plan_date
        UNION ALL
        SELECT 'issuing_body' AS f, OLD.issuing_body AS o, NEW.issuing_body AS n WHERE OLD.issuing_body IS NOT NEW.issuing_body
        UNION ALL
        SELECT 'legal_bases' AS f, OLD.legal_bases AS o, NEW.legal_bases AS n WHERE OLD.legal_bases IS NOT NEW.legal_bases
        UNION ALL
        SELECT 'year_from' AS f, OLD.year_from AS o, NEW.year_from AS n WHERE OLD.year_from IS NOT NEW.year_from
        UNION ALL
        SELECT 'year_to' AS f, OLD.year_to AS o, NEW.year_to AS n WHERE OLD.year_to IS NOT NEW.year_to
        UNION ALL
        SELECT 'purposes' AS f, OLD.purposes AS o, NEW.purposes AS n WHERE OLD.purposes IS NOT NEW.purposes
        UNION ALL
        SELECT 'requirements' AS f, OLD.requirements AS o, NEW.requirements AS n WHERE OLD.requirements IS NOT NEW.requirements
        UNION ALL
        SELECT 'content' AS f, OLD.content AS o, NEW.content AS n WHERE OLD.content IS NOT NEW.content
        UNION ALL
        SELECT 'criteria_collective' AS f, OLD.criteria_collective AS o, NEW.criteria_collective AS n WHERE OLD.criteria_collective IS NOT NEW.criteria_collective
        UNION ALL
        SELECT 'criteria_individual' AS f, OLD.criteria_individual AS o, NEW.criteria_individual AS n WHERE OLD.criteria_individual IS NOT NEW.criteria_individual
        UNION ALL
        SELECT 'organisation' AS f, OLD.organisation AS o, NEW.organisation AS n WHERE OLD.organisation IS NOT NEW.organisation
        UNION ALL
        SELECT 'quota_mode' AS f, OLD.quota_mode AS o, NEW.quota_mode AS n WHERE OLD.quota_mode IS NOT NEW.quota_mode
        UNION ALL
        SELECT 'quota_per_cell' AS f, OLD.quota_per_cell AS o, NEW.quota_per_cell AS n WHERE OLD.quota_per_cell IS NOT NEW.quota_per_cell
        UNION ALL
        SELECT 'status' AS f, OLD.status AS o, NEW.status AS n WHERE OLD.status IS NOT NEW.status
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NEW.note AS n WHERE OLD.note IS NOT NEW.note
    )) WHERE k > 0;
END;

CREATE TRIGGER log_campaign_delete AFTER DELETE ON campaign
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'campaign', OLD.id, NULL, 'DELETE', OLD.name, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'name' AS f, OLD.name AS o, NULL AS n WHERE OLD.name IS NOT NULL
        UNION ALL
        SELECT 'kind' AS f, OLD.kind AS o, NULL AS n WHERE OLD.kind IS NOT NULL
        UNION ALL
        SELECT 'plan_number' AS f, OLD.plan_number AS o, NULL AS n WHERE OLD.plan_number IS NOT NULL
        UNION ALL
        SELECT 'plan_date' AS f, OLD.plan_date AS o, NULL AS n WHERE OLD.plan_date IS NOT NULL
        UNION ALL
        SELECT 'issuing_body' AS f, OLD.issuing_body AS o, NULL AS n WHERE OLD.issuing_body IS NOT NULL
        UNION ALL
        SELECT 'legal_bases' AS f, OLD.legal_bases AS o, NULL AS n WHERE OLD.legal_bases IS NOT NULL
        UNION ALL
        SELECT 'year_from' AS f, OLD.year_from AS o, NULL AS n WHERE OLD.year_from IS NOT NULL
        UNION ALL
        SELECT 'year_to' AS f, OLD.year_to AS o, NULL AS n WHERE OLD.year_to IS NOT NULL
        UNION ALL
        SELECT 'purposes' AS f, OLD.purposes AS o, NULL AS n WHERE OLD.purposes IS NOT NULL
        UNION ALL
        SELECT 'requirements' AS f, OLD.requirements AS o, NULL AS n WHERE OLD.requirements IS NOT NULL
        UNION ALL
        SELECT 'content' AS f, OLD.content AS o, NULL AS n WHERE OLD.content IS NOT NULL
        UNION ALL
        SELECT 'criteria_collective' AS f, OLD.criteria_collective AS o, NULL AS n WHERE OLD.criteria_collective IS NOT NULL
        UNION ALL
        SELECT 'criteria_individual' AS f, OLD.criteria_individual AS o, NULL AS n WHERE OLD.criteria_individual IS NOT NULL
        UNION ALL
        SELECT 'organisation' AS f, OLD.organisation AS o, NULL AS n WHERE OLD.organisation IS NOT NULL
        UNION ALL
        SELECT 'quota_mode' AS f, OLD.quota_mode AS o, NULL AS n WHERE OLD.quota_mode IS NOT NULL
        UNION ALL
        SELECT 'quota_per_cell' AS f, OLD.quota_per_cell AS o, NULL AS n WHERE OLD.quota_per_cell IS NOT NULL
        UNION ALL
        SELECT 'status' AS f, OLD.status AS o, NULL AS n WHERE OLD.status IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NULL AS n WHERE OLD.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_activity_insert AFTER INSERT ON activity
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'activity', NEW.id, NULL, 'INSERT', NEW.title, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'form' AS f, NULL AS o, NEW.form AS n WHERE NEW.form IS NOT NULL
        UNION ALL
        SELECT 'held_on' AS f, NULL AS o, NEW.held_on AS n WHERE NEW.held_on IS NOT NULL
        UNION ALL
        SELECT 'title' AS f, NULL AS o, NEW.title AS n WHERE NEW.title IS NOT NULL
        UNION ALL
        SELECT 'link' AS f, NULL AS o, NEW.link AS n WHERE NEW.link IS NOT NULL
        UNION ALL
        SELECT 'unit' AS f, NULL AS o, (SELECT name FROM unit WHERE id = NEW.unit_id) AS n WHERE NEW.unit_id IS NOT NULL
        UNION ALL
        SELECT 'campaign' AS f, NULL AS o, (SELECT name FROM campaign WHERE id = NEW.campaign_id) AS n WHERE NEW.campaign_id IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, NULL AS o, NEW.note AS n WHERE NEW.note IS NOT NULL
    ));
END;

CREATE TRIGGER log_activity_update AFTER UPDATE ON activity
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'activity', NEW.id, NULL, 'UPDATE', NEW.title, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'form' AS f, OLD.form AS o, NEW.form AS n WHERE OLD.form IS NOT NEW.form
        UNION ALL
        SELECT 'held_on' AS f, OLD.held_on AS o, NEW.held_on AS n WHERE OLD.held_on IS NOT NEW.held_on
        UNION ALL
        SELECT 'title' AS f, OLD.title AS o, NEW.title AS n WHERE OLD.title IS NOT NEW.title
        UNION ALL
        SELECT 'link' AS f, OLD.link AS o, NEW.link AS n WHERE OLD.link IS NOT NEW.link
        UNION ALL
        SELECT 'unit' AS f, (SELECT name FROM unit WHERE id = OLD.unit_id) AS o, (SELECT name FROM unit WHERE id = NEW.unit_id) AS n WHERE OLD.unit_id IS NOT NEW.unit_id
        UNION ALL
        SELECT 'campaign' AS f, (SELECT name FROM campaign WHERE id = OLD.campaign_id) AS o, (SELECT name FROM campaign WHERE id = NEW.campaign_id) AS n WHERE OLD.campaign_id IS NOT NEW.campaign_id
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NEW.note AS n WHERE OLD.note IS NOT NEW.note
    )) WHERE k > 0;
END;

CREATE TRIGGER log_activity_delete AFTER DELETE ON activity
BEGIN
    INSERT INTO change_log (at, user_name, entity, entity_id, exemplar_id, action, label, changes)
    SELECT strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), (SELECT user_name FROM app_session WHERE id = 1),
           'activity', OLD.id, NULL, 'DELETE', OLD.title, ch
    FROM (SELECT json_group_array(json_array(f, o, n)) AS ch, count(*) AS k FROM (
        SELECT 'form' AS f, OLD.form AS o, NULL AS n WHERE OLD.form IS NOT NULL
        UNION ALL
        SELECT 'held_on' AS f, OLD.held_on AS o, NULL AS n WHERE OLD.held_on IS NOT NULL
        UNION ALL
        SELECT 'title' AS f, OLD.title AS o, NULL AS n WHERE OLD.title IS NOT NULL
        UNION ALL
        SELECT 'link' AS f, OLD.link AS o, NULL AS n WHERE OLD.link IS NOT NULL
        UNION ALL
        SELECT 'unit' AS f, (SELECT name FROM unit WHERE id = OLD.unit_id) AS o, NULL AS n WHERE OLD.unit_id IS NOT NULL
        UNION ALL
        SELECT 'campaign' AS f, (SELECT name FROM campaign WHERE id = OLD.campaign_id) AS o, NULL AS n WHERE OLD.campaign_id IS NOT NULL
        UNION ALL
        SELECT 'note' AS f, OLD.note AS o, NULL AS n WHERE OLD.note IS NOT NULL
    ));
END;
