-- Percorsi schema 17: assessment_span keeps a person's sums on her first and
-- latest day of assessment as one blob (span_sums(), see core/storage/SpanSums.h)
-- instead of 48 columns. The dashboard adds up the spans of every person in
-- scope, and reading 48 columns a row cost it more than the rest of the row;
-- the blob is one column, a byte a value as a rule. The spans are counted
-- again from the assessments, by the same function the triggers now use.

DROP TRIGGER assessment_span_insert;
DROP TRIGGER assessment_span_delete;
DROP TRIGGER assessment_span_update;
DROP TABLE assessment_span;

CREATE TABLE assessment_span (
    person_id INTEGER PRIMARY KEY,
    first_on  TEXT NOT NULL,
    latest_on TEXT NOT NULL,
    sums      BLOB NOT NULL
);

INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           span_sums(x.assessed_on = d.lo, x.assessed_on = d.hi,
                     x.need_language, x.need_work, x.need_housing, x.need_legal,
                     x.need_health, x.need_childcare, x.need_digital, x.need_social,
                     x.need_income, x.self_esteem, x.autonomy, x.services_knowledge)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE 1 GROUP BY x.person_id;

CREATE TRIGGER assessment_span_insert AFTER INSERT ON assessment
BEGIN
    DELETE FROM assessment_span WHERE person_id = NEW.person_id;
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           span_sums(x.assessed_on = d.lo, x.assessed_on = d.hi,
                     x.need_language, x.need_work, x.need_housing, x.need_legal,
                     x.need_health, x.need_childcare, x.need_digital, x.need_social,
                     x.need_income, x.self_esteem, x.autonomy, x.services_knowledge)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = NEW.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = NEW.person_id GROUP BY x.person_id;
END;

CREATE TRIGGER assessment_span_delete AFTER DELETE ON assessment
BEGIN
    DELETE FROM assessment_span WHERE person_id = OLD.person_id;
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           span_sums(x.assessed_on = d.lo, x.assessed_on = d.hi,
                     x.need_language, x.need_work, x.need_housing, x.need_legal,
                     x.need_health, x.need_childcare, x.need_digital, x.need_social,
                     x.need_income, x.self_esteem, x.autonomy, x.services_knowledge)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = OLD.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = OLD.person_id GROUP BY x.person_id;
END;

CREATE TRIGGER assessment_span_update AFTER UPDATE ON assessment
BEGIN
    DELETE FROM assessment_span WHERE person_id IN (OLD.person_id, NEW.person_id);
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           span_sums(x.assessed_on = d.lo, x.assessed_on = d.hi,
                     x.need_language, x.need_work, x.need_housing, x.need_legal,
                     x.need_health, x.need_childcare, x.need_digital, x.need_social,
                     x.need_income, x.self_esteem, x.autonomy, x.services_knowledge)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = OLD.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = OLD.person_id GROUP BY x.person_id;
    INSERT INTO assessment_span
    SELECT x.person_id, d.lo, d.hi,
           span_sums(x.assessed_on = d.lo, x.assessed_on = d.hi,
                     x.need_language, x.need_work, x.need_housing, x.need_legal,
                     x.need_health, x.need_childcare, x.need_digital, x.need_social,
                     x.need_income, x.self_esteem, x.autonomy, x.services_knowledge)
    FROM (SELECT person_id, min(assessed_on) AS lo, max(assessed_on) AS hi FROM assessment WHERE person_id = NEW.person_id
          GROUP BY person_id) d
    JOIN assessment x ON x.person_id = d.person_id
    WHERE x.person_id = NEW.person_id AND NEW.person_id <> OLD.person_id GROUP BY x.person_id;
END;
