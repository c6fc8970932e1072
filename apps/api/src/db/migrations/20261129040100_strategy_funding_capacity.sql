-- Strategy (goals → objectives → KPIs), funding (sources, budget envelopes) and the capacity inputs of planning.
CREATE TABLE strategies (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  title text NOT NULL CHECK (length(title) > 0),
  from_year integer NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
  to_year integer NOT NULL CHECK (to_year BETWEEN 2000 AND 2100),
  vision text,
  mission text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  CHECK (to_year >= from_year AND to_year - from_year < 10)
);

CREATE TABLE strategy_goals (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  strategy_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) > 0),
  description text,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, strategy_id) REFERENCES strategies(administration_id, id) ON DELETE CASCADE
);
CREATE INDEX strategy_goals_strategy ON strategy_goals (administration_id, strategy_id);

CREATE TABLE strategy_objectives (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  goal_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) > 0),
  description text,
  -- Codes of FUNCTIONAL_AREAS (packages/shared); empty = cross-cutting.
  functional_areas text[] NOT NULL DEFAULT '{}',
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, goal_id) REFERENCES strategy_goals(administration_id, id) ON DELETE CASCADE
);
CREATE INDEX strategy_objectives_goal ON strategy_objectives (administration_id, goal_id);

CREATE TABLE strategy_kpis (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  objective_id uuid NOT NULL,
  name text NOT NULL CHECK (length(name) > 0),
  unit text NOT NULL CHECK (length(unit) > 0),
  baseline_value numeric(16,2),
  baseline_year integer CHECK (baseline_year BETWEEN 2000 AND 2100),
  -- {"2017": 48, "2018": 36}: target per year within the strategy's years (checked by the service).
  targets jsonb NOT NULL DEFAULT '{}',
  source text,
  direction text NOT NULL CHECK (direction IN ('increase', 'decrease')),
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, objective_id) REFERENCES strategy_objectives(administration_id, id) ON DELETE CASCADE,
  CHECK ((baseline_value IS NULL) = (baseline_year IS NULL))
);
CREATE INDEX strategy_kpis_objective ON strategy_kpis (administration_id, objective_id);

-- One row per administration at most; absent = the defaults (the administration's currency, 60 days, 10 %).
CREATE TABLE funding_settings (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  currency text CHECK (currency ~ '^[A-Z]{3}$'),
  days_per_quarter integer NOT NULL DEFAULT 60 CHECK (days_per_quarter BETWEEN 1 AND 92),
  default_release_share numeric(4,3) NOT NULL DEFAULT 0.100 CHECK (default_release_share > 0 AND default_release_share <= 1),
  PRIMARY KEY (administration_id)
);

CREATE TABLE funding_sources (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) > 0),
  kind text NOT NULL CHECK (kind IN ('government', 'donor', 'other')),
  notes text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id)
);
CREATE UNIQUE INDEX funding_sources_name ON funding_sources (administration_id, lower(name));

CREATE TABLE budget_envelopes (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  source_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount numeric(14,2) NOT NULL CHECK (amount > 0),
  status text NOT NULL CHECK (status IN ('pledged', 'secured', 'disbursed')),
  -- Earmarks, stored sorted and without repeats so that equal sets compare equal; empty = any.
  functional_areas text[] NOT NULL DEFAULT '{}',
  cost_categories text[] NOT NULL DEFAULT '{}',
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, source_id) REFERENCES funding_sources(administration_id, id) ON DELETE RESTRICT
);
CREATE UNIQUE INDEX budget_envelopes_earmarks ON budget_envelopes (administration_id, source_id, year, functional_areas, cost_categories);
CREATE INDEX budget_envelopes_year ON budget_envelopes (administration_id, year);

CREATE TABLE trainer_day_capacities (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  period text NOT NULL CHECK (period ~ '^[0-9]{4}Q[1-4]$'),
  days numeric(8,1) NOT NULL CHECK (days >= 0),
  PRIMARY KEY (administration_id, period)
);

CREATE TABLE release_shares (
  administration_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  share numeric(4,3) NOT NULL CHECK (share > 0 AND share <= 1),
  PRIMARY KEY (administration_id, org_unit_id),
  FOREIGN KEY (administration_id, org_unit_id) REFERENCES org_units(administration_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
  t text;
  visible constant text := $e$(SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid)$e$;
BEGIN
  FOREACH t IN ARRAY ARRAY['strategies', 'strategy_goals', 'strategy_objectives', 'strategy_kpis', 'funding_settings', 'funding_sources',
                           'budget_envelopes', 'trainer_day_capacities', 'release_shares'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (%s) WITH CHECK (%s)', t, visible, visible);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO formasaun_app', t);
  END LOOP;
END $$;
