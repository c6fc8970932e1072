-- Course catalogue (issue 4): courses by functional area, the competencies they raise, prerequisites, eligible positions.
CREATE TABLE courses (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,29}$'),
  title_en text NOT NULL,
  title_pt text NOT NULL,
  summary_en text NOT NULL DEFAULT '',
  summary_pt text NOT NULL DEFAULT '',
  functional_area text NOT NULL,
  -- [{"en": "...", "pt": "..."}, …] in display order.
  learning_outcomes jsonb NOT NULL DEFAULT '[]',
  methods text[] NOT NULL CHECK (cardinality(methods) >= 1
    AND methods <@ ARRAY['lecture','case-study','simulation','e-learning','on-the-job','study-visit']),
  delivery text NOT NULL CHECK (delivery IN ('classroom','online','blended')),
  days numeric(5,1) NOT NULL CHECK (days > 0 AND days * 2 = trunc(days * 2)),
  capacity integer NOT NULL CHECK (capacity >= 1),
  min_participants integer NOT NULL CHECK (min_participants >= 1),
  trainer_qualification text NOT NULL DEFAULT '',
  trainer_competency_code text,
  trainer_min_level integer CHECK (trainer_min_level BETWEEN 1 AND 4),
  trainers_per_run integer NOT NULL DEFAULT 1 CHECK (trainers_per_run >= 1),
  -- NULL: days × trainers_per_run, so the default follows a change of length.
  trainer_days numeric(6,1) CHECK (trainer_days > 0),
  fixed_trainer_fees numeric(12,2) NOT NULL DEFAULT 0 CHECK (fixed_trainer_fees >= 0),
  fixed_venue numeric(12,2) NOT NULL DEFAULT 0 CHECK (fixed_venue >= 0),
  fixed_travel_per_diem numeric(12,2) NOT NULL DEFAULT 0 CHECK (fixed_travel_per_diem >= 0),
  fixed_materials numeric(12,2) NOT NULL DEFAULT 0 CHECK (fixed_materials >= 0),
  participant_trainer_fees numeric(12,2) NOT NULL DEFAULT 0 CHECK (participant_trainer_fees >= 0),
  participant_venue numeric(12,2) NOT NULL DEFAULT 0 CHECK (participant_venue >= 0),
  participant_travel_per_diem numeric(12,2) NOT NULL DEFAULT 0 CHECK (participant_travel_per_diem >= 0),
  participant_materials numeric(12,2) NOT NULL DEFAULT 0 CHECK (participant_materials >= 0),
  languages text[] NOT NULL DEFAULT '{}',
  max_runs_per_year integer CHECK (max_runs_per_year >= 1),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','archived')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  CHECK (min_participants <= capacity),
  CHECK ((trainer_competency_code IS NULL) = (trainer_min_level IS NULL))
);
-- Codes are unique per administration whatever their case: "hs-101" and "HS-101" are one course.
CREATE UNIQUE INDEX courses_code ON courses (administration_id, lower(code));

-- Competency codes, not ids: codes are stable across framework versions, ids are per version.
CREATE TABLE course_competencies (
  administration_id uuid NOT NULL,
  course_id uuid NOT NULL,
  competency_code text NOT NULL,
  levels numeric(2,1) NOT NULL CHECK (levels >= 0.5 AND levels <= 4 AND levels * 2 = trunc(levels * 2)),
  to_level integer CHECK (to_level BETWEEN 1 AND 4),
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (administration_id, course_id, competency_code),
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id) ON DELETE CASCADE
);

CREATE TABLE course_prerequisites (
  administration_id uuid NOT NULL,
  course_id uuid NOT NULL,
  prerequisite_id uuid NOT NULL,
  PRIMARY KEY (administration_id, course_id, prerequisite_id),
  CHECK (course_id <> prerequisite_id),
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id) ON DELETE CASCADE,
  -- No cascade: a course that others require cannot be deleted.
  FOREIGN KEY (administration_id, prerequisite_id) REFERENCES courses(administration_id, id)
);
CREATE INDEX course_prerequisites_prerequisite ON course_prerequisites (administration_id, prerequisite_id);

CREATE TABLE course_positions (
  administration_id uuid NOT NULL,
  course_id uuid NOT NULL,
  position_id uuid NOT NULL,
  PRIMARY KEY (administration_id, course_id, position_id),
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id) ON DELETE CASCADE,
  -- No cascade: deleting a position must not silently open a course to every position.
  FOREIGN KEY (administration_id, position_id) REFERENCES positions(administration_id, id)
);
CREATE INDEX course_positions_position ON course_positions (administration_id, position_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON courses, course_competencies, course_prerequisites, course_positions TO formasaun_app;

DO $$
DECLARE
  t text;
  visible constant text := $e$(SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid)$e$;
BEGIN
  FOREACH t IN ARRAY ARRAY['courses', 'course_competencies', 'course_prerequisites', 'course_positions'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (%s) WITH CHECK (%s)', t, visible, visible);
  END LOOP;
END $$;
