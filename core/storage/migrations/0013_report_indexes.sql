-- Covering indexes for the dashboard, so that its one pass over the people and
-- its aggregates over referrals, placements, follow-ups and enrolments read
-- narrow index rows instead of the records with their clocks and notes.

-- The person columns the indicators read, in id order: the people pass scans
-- it once (or looks people up by id) without touching the person rows.
CREATE INDEX person_report ON person(id, intake_date, desk_id, gender, birth_date, birth_year,
    citizenships, country_of_birth, employment_status, housing, status, exit_date,
    exit_situation, education_isced, disability, minority);
CREATE INDEX referral_report ON referral(status, referred_on, person_id);
CREATE INDEX placement_report ON placement(person_id, start_date, type, stage, outcome);
CREATE INDEX followup_report ON followup(person_id, reason, done_on, due_on, situation, improved);
-- The enrolments of a path with their status, person and date: who a project
-- reached and when, and its completions.
CREATE INDEX enrolment_report ON enrolment(path_id, status, person_id, enrolled_on);
