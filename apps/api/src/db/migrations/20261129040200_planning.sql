-- Plans (issue 4): built from a closed TNA campaign, optimised in the background, edited, compared, approved.
CREATE TABLE plans (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) > 0),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved', 'superseded')),
  campaign_id uuid NOT NULL,
  -- A closed campaign's name no longer changes: kept here so lists need not read the needs context.
  campaign_name text NOT NULL,
  strategy_id uuid,
  -- The plan a scenario was copied from.
  parent_id uuid,
  from_year integer NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
  to_year integer NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
  settings jsonb NOT NULL DEFAULT '{}',
  job_state text NOT NULL DEFAULT 'idle' CHECK (job_state IN ('idle', 'running', 'done', 'failed', 'cancelled')),
  job_error text,
  -- The instance (shared/PLANNING.md) the result was computed from, its hash, and the names and costs behind it.
  instance jsonb,
  instance_hash text,
  inputs jsonb,
  objective double precision,
  bound double precision,
  greedy_objective double precision,
  solver_status text,
  solver_seconds double precision,
  total_cost double precision,
  total_runs integer,
  edited boolean NOT NULL DEFAULT false,
  computed_at timestamptz,
  approved_at timestamptz,
  -- No foreign key: accounts are not tenant rows, and a backup of one administration may not hold the approver.
  approved_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  CHECK (to_year >= from_year AND to_year - from_year < 10),
  CHECK ((instance IS NULL) = (instance_hash IS NULL)),
  FOREIGN KEY (administration_id, campaign_id) REFERENCES assessment_campaigns(administration_id, id),
  FOREIGN KEY (administration_id, strategy_id) REFERENCES strategies(administration_id, id) ON DELETE SET NULL (strategy_id),
  FOREIGN KEY (administration_id, parent_id) REFERENCES plans(administration_id, id) ON DELETE SET NULL (parent_id)
);
CREATE INDEX plans_campaign ON plans (administration_id, campaign_id);
CREATE INDEX plans_parent ON plans (administration_id, parent_id);

-- The plan's result: run counts and participants per target group (group ids of the instance).
CREATE TABLE plan_runs (
  administration_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  course_id uuid NOT NULL,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}Q[1-4]$'),
  count integer NOT NULL CHECK (count >= 0),
  participants jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (administration_id, plan_id, course_id, period),
  FOREIGN KEY (administration_id, plan_id) REFERENCES plans(administration_id, id) ON DELETE CASCADE,
  -- No cascade: a course in a plan is archived, not deleted, so approved plans keep their runs.
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id)
);
CREATE INDEX plan_runs_course ON plan_runs (administration_id, course_id);

-- Run counts a planner fixed by hand (0 forbids the run); the optimiser keeps them.
CREATE TABLE plan_pins (
  administration_id uuid NOT NULL,
  plan_id uuid NOT NULL,
  course_id uuid NOT NULL,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}Q[1-4]$'),
  count integer NOT NULL CHECK (count BETWEEN 0 AND 50),
  PRIMARY KEY (administration_id, plan_id, course_id, period),
  FOREIGN KEY (administration_id, plan_id) REFERENCES plans(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, course_id) REFERENCES courses(administration_id, id) ON DELETE CASCADE
);
CREATE INDEX plan_pins_course ON plan_pins (administration_id, course_id);

DO $$
DECLARE
  t text;
  visible constant text := $e$(SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid)$e$;
BEGIN
  FOREACH t IN ARRAY ARRAY['plans', 'plan_runs', 'plan_pins'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (%s) WITH CHECK (%s)', t, visible, visible);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO formasaun_app', t);
  END LOOP;
END $$;
