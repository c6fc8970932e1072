-- Second lock on PostgreSQL: the application role sees only the administration set for its transaction.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'formasaun_app') THEN
    CREATE ROLE formasaun_app NOLOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another database on the same server created it concurrently
END $$;

GRANT USAGE ON SCHEMA public TO formasaun_app;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO formasaun_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO formasaun_app;

CREATE FUNCTION formasaun_tenant_visible(adm uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT current_setting('app.all_administrations', true) = 'on'
        OR adm = nullif(current_setting('app.administration_id', true), '')::uuid
  $$;

ALTER TABLE locations ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON locations USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE org_units ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON org_units USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE positions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON positions USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE officers ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON officers USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE officer_assignments ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON officer_assignments USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE staff_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON staff_imports USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE import_mappings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON import_mappings USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
