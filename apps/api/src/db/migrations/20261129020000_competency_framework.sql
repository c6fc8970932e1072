-- Competency frameworks: versioned; a version holds its scale, areas, competencies and role profiles.
CREATE TABLE competency_frameworks (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  description text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id)
);

CREATE TABLE framework_versions (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  framework_id uuid NOT NULL,
  version integer NOT NULL CHECK (version >= 1),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, framework_id, version),
  FOREIGN KEY (administration_id, framework_id) REFERENCES competency_frameworks(administration_id, id) ON DELETE CASCADE
);

CREATE TABLE scale_levels (
  administration_id uuid NOT NULL,
  framework_version_id uuid NOT NULL,
  level integer NOT NULL CHECK (level BETWEEN 0 AND 4),
  name_en text NOT NULL,
  name_pt text NOT NULL,
  PRIMARY KEY (administration_id, framework_version_id, level),
  FOREIGN KEY (administration_id, framework_version_id) REFERENCES framework_versions(administration_id, id) ON DELETE CASCADE
);

CREATE TABLE competency_areas (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  framework_version_id uuid NOT NULL,
  competency_group text NOT NULL CHECK (competency_group IN ('values','professional','operational','management')),
  code text NOT NULL,
  name_en text NOT NULL,
  name_pt text NOT NULL,
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, framework_version_id, code),
  FOREIGN KEY (administration_id, framework_version_id) REFERENCES framework_versions(administration_id, id) ON DELETE CASCADE
);

CREATE TABLE competencies (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  framework_version_id uuid NOT NULL,
  area_id uuid NOT NULL,
  -- Stable across versions: campaigns compare by code.
  code text NOT NULL CHECK (code ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  name_en text NOT NULL,
  name_pt text NOT NULL,
  description_en text NOT NULL DEFAULT '',
  description_pt text NOT NULL DEFAULT '',
  -- {"1": {"en": "...", "pt": "..."}, …}: what an officer at each level does.
  indicators jsonb NOT NULL DEFAULT '{}',
  sort integer NOT NULL DEFAULT 0,
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, framework_version_id, code),
  FOREIGN KEY (administration_id, framework_version_id) REFERENCES framework_versions(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, area_id) REFERENCES competency_areas(administration_id, id) ON DELETE CASCADE
);
CREATE INDEX competencies_version ON competencies (administration_id, framework_version_id);

CREATE TABLE role_profiles (
  administration_id uuid NOT NULL,
  framework_version_id uuid NOT NULL,
  position_id uuid NOT NULL,
  competency_id uuid NOT NULL,
  required_level integer NOT NULL CHECK (required_level BETWEEN 0 AND 4),
  criticality integer NOT NULL CHECK (criticality BETWEEN 1 AND 5),
  PRIMARY KEY (administration_id, framework_version_id, position_id, competency_id),
  FOREIGN KEY (administration_id, framework_version_id) REFERENCES framework_versions(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, position_id) REFERENCES positions(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, competency_id) REFERENCES competencies(administration_id, id) ON DELETE CASCADE
);

CREATE TABLE strategic_priorities (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  description text,
  multiplier numeric(4,2) NOT NULL CHECK (multiplier > 0 AND multiplier <= 10),
  valid_from date NOT NULL,
  valid_to date,
  -- Competency codes the priority touches (codes are stable across framework versions).
  competency_codes text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (administration_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

ALTER TABLE competency_frameworks ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON competency_frameworks USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE framework_versions ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON framework_versions USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE scale_levels ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON scale_levels USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE competency_areas ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON competency_areas USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE competencies ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON competencies USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE role_profiles ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON role_profiles USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE strategic_priorities ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON strategic_priorities USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
