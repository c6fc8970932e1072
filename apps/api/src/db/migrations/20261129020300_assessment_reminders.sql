-- In-app reminders are recorded as form events, beside 'submitted' and 'reopened' (RLS policy already on the table).
ALTER TABLE assessment_form_events DROP CONSTRAINT assessment_form_events_kind_check;
ALTER TABLE assessment_form_events ADD CONSTRAINT assessment_form_events_kind_check CHECK (kind IN ('submitted','reopened','reminded'));
CREATE INDEX assessment_form_events_form ON assessment_form_events (administration_id, form_id, kind);
