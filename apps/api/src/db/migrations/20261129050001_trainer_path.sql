-- The train-the-trainer path can also move down (after an observation below standard): such a step is recorded
-- as a 'demoted' event with its note, never silently.
ALTER TABLE trainer_path_events DROP CONSTRAINT trainer_path_events_kind_check;
ALTER TABLE trainer_path_events ADD CONSTRAINT trainer_path_events_kind_check
  CHECK (kind IN ('course_attended', 'co_delivered', 'observation', 'promoted', 'demoted'));
