-- Periodic values of the strategy's KPIs (evaluation level 4: results), in the KPI's unit.
CREATE TABLE kpi_values (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  kpi_id uuid NOT NULL,
  -- A year (2017), a quarter (2017-Q2) or a month (2017-05).
  period text NOT NULL CHECK (period ~ '^[0-9]{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$'),
  value numeric(16,2) NOT NULL,
  source text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, kpi_id, period),
  FOREIGN KEY (administration_id, kpi_id) REFERENCES strategy_kpis(administration_id, id) ON DELETE CASCADE
);

DO $$
DECLARE
  t text;
  visible constant text := $e$(SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid)$e$;
BEGIN
  FOREACH t IN ARRAY ARRAY['kpi_values'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (%s) WITH CHECK (%s)', t, visible, visible);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO formasaun_app', t);
  END LOOP;
END $$;
