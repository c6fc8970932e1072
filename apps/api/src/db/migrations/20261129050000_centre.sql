-- The training centre's daily work: venues and rooms, the trainer pool and its train-the-trainer path, sessions
-- (one run of a course), nominations and enrolment with a waitlist, attendance, results, certificates, training
-- evidence; calendar feeds and the notification outbox.

-- The course's completion rule (catalogue): minimum attendance share, and whether an assessment must be passed.
ALTER TABLE courses ADD COLUMN completion_min_attendance numeric(4,3) NOT NULL DEFAULT 0.800
  CHECK (completion_min_attendance >= 0 AND completion_min_attendance <= 1);
ALTER TABLE courses ADD COLUMN completion_pass_score numeric(5,1) CHECK (completion_pass_score BETWEEN 0 AND 100);
-- Weeks after completion when the supervisor's follow-up is due (evaluation level 3).
ALTER TABLE courses ADD COLUMN follow_up_weeks integer NOT NULL DEFAULT 12 CHECK (follow_up_weeks BETWEEN 1 AND 104);

CREATE TABLE public_holidays (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  day date NOT NULL,
  name text NOT NULL CHECK (length(name) > 0),
  PRIMARY KEY (administration_id, day)
);

CREATE TABLE venues (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) > 0),
  location_id uuid,
  address text,
  notes text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, location_id) REFERENCES locations(administration_id, id)
);
CREATE UNIQUE INDEX venues_name ON venues (administration_id, lower(name));

CREATE TABLE rooms (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  venue_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) > 0),
  capacity integer NOT NULL CHECK (capacity >= 1),
  -- Codes of ROOM_EQUIPMENT (packages/shared).
  equipment text[] NOT NULL DEFAULT '{}',
  active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, venue_id) REFERENCES venues(administration_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX rooms_name ON rooms (administration_id, venue_id, lower(name));

-- Days a room cannot be used (works, another event).
CREATE TABLE room_closures (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  room_id uuid NOT NULL,
  from_day date NOT NULL,
  to_day date NOT NULL,
  reason text,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, room_id) REFERENCES rooms(administration_id, id) ON DELETE CASCADE,
  CHECK (to_day >= from_day)
);
CREATE INDEX room_closures_room ON room_closures (administration_id, room_id);

CREATE TABLE trainers (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('internal', 'external')),
  -- Internal trainers are officers; their name and contact come from the officer record.
  officer_id uuid,
  name text,
  organisation text,
  email text,
  phone text,
  -- External experts' fee per training day, in the administration's currency.
  daily_fee numeric(12,2) CHECK (daily_fee >= 0),
  languages text[] NOT NULL DEFAULT '{}',
  -- Training days the trainer can give per quarter (released from other duties).
  days_per_quarter numeric(5,1) NOT NULL DEFAULT 10 CHECK (days_per_quarter >= 0 AND days_per_quarter <= 92),
  active boolean NOT NULL DEFAULT true,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id),
  CHECK ((kind = 'internal') = (officer_id IS NOT NULL)),
  CHECK (kind = 'internal' OR length(name) > 0)
);
CREATE UNIQUE INDEX trainers_officer ON trainers (administration_id, officer_id) WHERE officer_id IS NOT NULL;

-- A qualification to train one course (or every course raising a competency), with its step on the
-- train-the-trainer path: trained → co_trainer → lead → master.
CREATE TABLE trainer_qualifications (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  trainer_id uuid NOT NULL,
  course_id uuid,
  competency_code text,
  status text NOT NULL CHECK (status IN ('trained', 'co_trainer', 'lead', 'master')),
  since date NOT NULL,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, trainer_id) REFERENCES trainers(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id),
  CHECK ((course_id IS NULL) <> (competency_code IS NULL))
);
CREATE UNIQUE INDEX trainer_qualifications_course ON trainer_qualifications (administration_id, trainer_id, course_id) WHERE course_id IS NOT NULL;
CREATE UNIQUE INDEX trainer_qualifications_competency ON trainer_qualifications (administration_id, trainer_id, competency_code) WHERE competency_code IS NOT NULL;

-- The evidence behind each step of the path: a course attended, a session co-delivered, an observation.
CREATE TABLE trainer_path_events (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  qualification_id uuid NOT NULL,
  day date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('course_attended', 'co_delivered', 'observation', 'promoted')),
  -- The status reached with this event, when it moved the trainer along the path.
  status_to text CHECK (status_to IN ('trained', 'co_trainer', 'lead', 'master')),
  session_id uuid,
  observation_result text CHECK (observation_result IN ('meets', 'exceeds', 'below')),
  note text,
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, qualification_id) REFERENCES trainer_qualifications(administration_id, id) ON DELETE CASCADE
);
CREATE INDEX trainer_path_events_qualification ON trainer_path_events (administration_id, qualification_id);

CREATE TABLE trainer_leave (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  trainer_id uuid NOT NULL,
  from_day date NOT NULL,
  to_day date NOT NULL,
  reason text,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, trainer_id) REFERENCES trainers(administration_id, id) ON DELETE CASCADE,
  CHECK (to_day >= from_day)
);
CREATE INDEX trainer_leave_trainer ON trainer_leave (administration_id, trainer_id);

-- One run of a course. Seats: enrolled_count is kept by the enrolment service under the row lock, and the CHECK
-- makes an over-full session impossible whatever the service does.
CREATE TABLE course_sessions (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
  course_id uuid NOT NULL,
  -- The approved plan run it delivers (plan, quarter), when scheduled from a plan.
  plan_id uuid,
  period text CHECK (period ~ '^[0-9]{4}Q[1-4]$'),
  -- Target groups of the plan run: {"<group key>": participants}.
  target_groups jsonb NOT NULL DEFAULT '{}',
  language text NOT NULL DEFAULT 'en',
  capacity integer NOT NULL CHECK (capacity >= 1),
  enrolled_count integer NOT NULL DEFAULT 0 CHECK (enrolled_count >= 0),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'in_progress', 'completed', 'cancelled')),
  -- Officers may ask for a seat themselves (their supervisor approves).
  open_for_requests boolean NOT NULL DEFAULT false,
  room_id uuid,
  start_day date,
  end_day date,
  cancel_reason text,
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, code),
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id),
  FOREIGN KEY (administration_id, plan_id) REFERENCES plans(administration_id, id) ON DELETE SET NULL (plan_id),
  FOREIGN KEY (administration_id, room_id) REFERENCES rooms(administration_id, id),
  CHECK (enrolled_count <= capacity),
  CHECK (end_day >= start_day),
  CHECK (status = 'draft' OR status = 'cancelled' OR start_day IS NOT NULL)
);
CREATE INDEX course_sessions_days ON course_sessions (administration_id, start_day);
CREATE INDEX course_sessions_course ON course_sessions (administration_id, course_id);
CREATE INDEX course_sessions_plan ON course_sessions (administration_id, plan_id, period);

-- Each training day with its times (local time of the administration).
CREATE TABLE session_days (
  administration_id uuid NOT NULL,
  session_id uuid NOT NULL,
  day date NOT NULL,
  starts_at time NOT NULL DEFAULT '08:30',
  ends_at time NOT NULL DEFAULT '16:30',
  PRIMARY KEY (administration_id, session_id, day),
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE,
  CHECK (ends_at > starts_at)
);
CREATE INDEX session_days_day ON session_days (administration_id, day);

CREATE TABLE session_trainers (
  administration_id uuid NOT NULL,
  session_id uuid NOT NULL,
  trainer_id uuid NOT NULL,
  role text NOT NULL CHECK (role IN ('lead', 'co')),
  PRIMARY KEY (administration_id, session_id, trainer_id),
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, trainer_id) REFERENCES trainers(administration_id, id)
);
CREATE UNIQUE INDEX session_trainers_one_lead ON session_trainers (administration_id, session_id) WHERE role = 'lead';
CREATE INDEX session_trainers_trainer ON session_trainers (administration_id, trainer_id);

-- Actual cost of a session, by category and funding source.
CREATE TABLE session_costs (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL,
  category text NOT NULL CHECK (category IN ('trainerFees', 'venue', 'travelPerDiem', 'materials')),
  source_id uuid,
  amount numeric(12,2) NOT NULL CHECK (amount >= 0),
  note text,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, source_id) REFERENCES funding_sources(administration_id, id)
);
CREATE INDEX session_costs_session ON session_costs (administration_id, session_id);

-- A seat request and its fate. requested: an officer asked, the supervisor decides; nominated: a supervisor
-- nominated, the training manager decides; enrolled / waitlisted: a seat or a place in the queue
-- (waitlist_seq orders it: taken under the session's row lock, so it is the arrival order); declined, withdrawn,
-- cancelled: closed.
CREATE SEQUENCE enrolment_waitlist_seq;
CREATE TABLE enrolments (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  session_id uuid NOT NULL,
  officer_id uuid NOT NULL,
  status text NOT NULL CHECK (status IN ('requested', 'nominated', 'enrolled', 'waitlisted', 'declined', 'withdrawn', 'cancelled')),
  origin text NOT NULL CHECK (origin IN ('nomination', 'request', 'manager')),
  waitlist_seq bigint,
  nominated_by uuid REFERENCES users(id) ON DELETE SET NULL,
  decided_by uuid REFERENCES users(id) ON DELETE SET NULL,
  reason text,
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, session_id, officer_id),
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id),
  CHECK ((status = 'waitlisted') <= (waitlist_seq IS NOT NULL))
);
CREATE INDEX enrolments_officer ON enrolments (administration_id, officer_id);
CREATE INDEX enrolments_waitlist ON enrolments (administration_id, session_id, waitlist_seq) WHERE status = 'waitlisted';

CREATE TABLE attendance (
  administration_id uuid NOT NULL,
  session_id uuid NOT NULL,
  officer_id uuid NOT NULL,
  day date NOT NULL,
  status text NOT NULL CHECK (status IN ('present', 'late', 'absent', 'excused')),
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, session_id, officer_id, day),
  FOREIGN KEY (administration_id, session_id, officer_id) REFERENCES enrolments(administration_id, session_id, officer_id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, session_id, day) REFERENCES session_days(administration_id, session_id, day) ON DELETE CASCADE
);

CREATE TABLE session_results (
  administration_id uuid NOT NULL,
  session_id uuid NOT NULL,
  officer_id uuid NOT NULL,
  score numeric(5,1) CHECK (score BETWEEN 0 AND 100),
  passed boolean,
  comment text,
  -- Decided by the course's completion rule when the session is completed.
  completed boolean,
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, session_id, officer_id),
  FOREIGN KEY (administration_id, session_id, officer_id) REFERENCES enrolments(administration_id, session_id, officer_id) ON DELETE CASCADE
);

-- The printed sign-in sheet's code: typing a sheet back checks that it belongs to the session.
CREATE TABLE sign_in_sheets (
  administration_id uuid NOT NULL,
  code text NOT NULL CHECK (code ~ '^[A-Z0-9]{4,16}$'),
  session_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, code),
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE
);

-- Certificates: the code is unguessable and unique across administrations (the public page looks it up).
CREATE TABLE certificates (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9-]{12,32}$'),
  session_id uuid NOT NULL,
  officer_id uuid NOT NULL,
  issued_on date NOT NULL,
  revoked_at timestamptz,
  revoked_reason text,
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, session_id, officer_id),
  FOREIGN KEY (administration_id, session_id, officer_id) REFERENCES enrolments(administration_id, session_id, officer_id)
);
CREATE INDEX certificates_officer ON certificates (administration_id, officer_id);

-- What an officer's training (or a supervisor's confirmation) says about a competency: the next TNA campaign
-- shows it as a starting point.
CREATE TABLE training_evidence (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL,
  competency_code text NOT NULL,
  levels numeric(2,1) CHECK (levels >= 0.5 AND levels <= 4),
  to_level integer CHECK (to_level BETWEEN 1 AND 4),
  source text NOT NULL CHECK (source IN ('course', 'supervisor')),
  course_id uuid,
  session_id uuid,
  on_day date NOT NULL,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id),
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE,
  CHECK (levels IS NOT NULL OR to_level IS NOT NULL)
);
CREATE UNIQUE INDEX training_evidence_session ON training_evidence (administration_id, session_id, officer_id, competency_code) WHERE session_id IS NOT NULL;
CREATE INDEX training_evidence_officer ON training_evidence (administration_id, officer_id);

-- A secret, revocable calendar URL: only the SHA-256 of its token is kept.
CREATE TABLE calendar_feeds (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  scope text NOT NULL CHECK (scope IN ('officer', 'trainer', 'room', 'centre')),
  subject_id uuid,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz,
  PRIMARY KEY (administration_id, id),
  CHECK ((scope = 'centre') = (subject_id IS NULL))
);
CREATE INDEX calendar_feeds_user ON calendar_feeds (administration_id, user_id);

-- The notification outbox: written in the transaction of the change it tells about; the dispatcher sends the
-- e-mail later (when SMTP is configured) and the recipient reads it in the app either way.
CREATE TABLE notifications (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('nomination', 'request', 'approval', 'decline', 'waitlist', 'promotion', 'reminder', 'cancellation', 'change')),
  user_id uuid REFERENCES users(id) ON DELETE CASCADE,
  officer_id uuid,
  session_id uuid,
  reason text,
  dedupe_key text,
  email_status text NOT NULL DEFAULT 'pending' CHECK (email_status IN ('pending', 'sent', 'failed', 'not_configured', 'no_address')),
  email_to text,
  email_error text,
  attempts integer NOT NULL DEFAULT 0,
  sent_at timestamptz,
  read_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, session_id) REFERENCES course_sessions(administration_id, id) ON DELETE CASCADE,
  CHECK (user_id IS NOT NULL OR officer_id IS NOT NULL)
);
CREATE UNIQUE INDEX notifications_dedupe ON notifications (administration_id, dedupe_key) WHERE dedupe_key IS NOT NULL;
CREATE INDEX notifications_officer ON notifications (administration_id, officer_id, created_at);
CREATE INDEX notifications_user ON notifications (administration_id, user_id, created_at);
CREATE INDEX notifications_pending ON notifications (email_status) WHERE email_status = 'pending';

DO $$
DECLARE
  t text;
  visible constant text := $e$(SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid)$e$;
BEGIN
  FOREACH t IN ARRAY ARRAY['public_holidays', 'venues', 'rooms', 'room_closures', 'trainers', 'trainer_qualifications', 'trainer_path_events',
                           'trainer_leave', 'course_sessions', 'session_days', 'session_trainers', 'session_costs', 'enrolments', 'attendance',
                           'session_results', 'sign_in_sheets', 'certificates', 'training_evidence', 'calendar_feeds', 'notifications'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (%s) WITH CHECK (%s)', t, visible, visible);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO formasaun_app', t);
  END LOOP;
END $$;
GRANT USAGE ON SEQUENCE enrolment_waitlist_seq TO formasaun_app;
