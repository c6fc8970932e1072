-- Training needs assessment: campaigns, their forms and ratings, and the results frozen at close.
CREATE TABLE assessment_campaigns (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL,
  framework_version_id uuid NOT NULL,
  opens_on date NOT NULL,
  closes_on date NOT NULL,
  mode text NOT NULL CHECK (mode IN ('self','supervisor','both')),
  consolidation text NOT NULL CHECK (consolidation IN ('supervisor','mean','max','weighted')),
  -- Weight of the supervisor's rating under the 'weighted' rule (self gets 1 − weight).
  supervisor_weight numeric(3,2) NOT NULL DEFAULT 0.5 CHECK (supervisor_weight BETWEEN 0 AND 1),
  -- When only one of the two ratings exists: use it, or leave the competency unassessed.
  single_source text NOT NULL DEFAULT 'use_available' CHECK (single_source IN ('use_available','exclude')),
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft','open','closed')),
  opened_at timestamptz,
  closed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, framework_version_id) REFERENCES framework_versions(administration_id, id),
  CHECK (closes_on >= opens_on)
);

CREATE TABLE campaign_scopes (
  administration_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  -- An org-unit subtree, a position, or both (officers of that position inside that subtree).
  org_unit_id uuid,
  position_id uuid,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, campaign_id) REFERENCES assessment_campaigns(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, org_unit_id) REFERENCES org_units(administration_id, id),
  FOREIGN KEY (administration_id, position_id) REFERENCES positions(administration_id, id),
  CHECK (org_unit_id IS NOT NULL OR position_id IS NOT NULL)
);

CREATE TABLE assessment_forms (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  campaign_id uuid NOT NULL,
  officer_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('self','supervisor')),
  -- The supervisor who rates (head of the officer's unit, or an assigned assessor); NULL on self forms.
  assessor_officer_id uuid,
  org_unit_id uuid NOT NULL,
  position_id uuid,
  status text NOT NULL DEFAULT 'sent' CHECK (status IN ('sent','started','submitted')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  submitted_at timestamptz,
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, campaign_id, officer_id, kind),
  FOREIGN KEY (administration_id, campaign_id) REFERENCES assessment_campaigns(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id),
  FOREIGN KEY (administration_id, assessor_officer_id) REFERENCES officers(administration_id, id),
  FOREIGN KEY (administration_id, org_unit_id) REFERENCES org_units(administration_id, id),
  FOREIGN KEY (administration_id, position_id) REFERENCES positions(administration_id, id)
);
CREATE INDEX assessment_forms_assessor ON assessment_forms (administration_id, campaign_id, assessor_officer_id);
CREATE INDEX assessment_forms_officer ON assessment_forms (administration_id, officer_id);

CREATE TABLE assessment_ratings (
  administration_id uuid NOT NULL,
  form_id uuid NOT NULL,
  competency_id uuid NOT NULL,
  level integer NOT NULL CHECK (level BETWEEN 0 AND 4),
  comment text,
  PRIMARY KEY (administration_id, form_id, competency_id),
  FOREIGN KEY (administration_id, form_id) REFERENCES assessment_forms(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, competency_id) REFERENCES competencies(administration_id, id)
);

-- Submitted forms reopen only with a recorded reason.
CREATE TABLE assessment_form_events (
  administration_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  form_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('submitted','reopened')),
  reason text,
  user_id uuid REFERENCES users(id) ON DELETE SET NULL,
  at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, form_id) REFERENCES assessment_forms(administration_id, id) ON DELETE CASCADE
);

-- Frozen at close: one row per officer and competency of the role profile.
CREATE TABLE assessment_results (
  administration_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  officer_id uuid NOT NULL,
  competency_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  position_id uuid,
  self_level integer,
  supervisor_level integer,
  assessed_level numeric(4,2),
  required_level integer NOT NULL,
  gap numeric(4,2) NOT NULL CHECK (gap >= 0),
  criticality integer NOT NULL,
  multiplier numeric(6,2) NOT NULL DEFAULT 1,
  weighted_need numeric(8,2) NOT NULL CHECK (weighted_need >= 0),
  PRIMARY KEY (administration_id, campaign_id, officer_id, competency_id),
  FOREIGN KEY (administration_id, campaign_id) REFERENCES assessment_campaigns(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id),
  FOREIGN KEY (administration_id, competency_id) REFERENCES competencies(administration_id, id)
);
CREATE INDEX assessment_results_unit ON assessment_results (administration_id, campaign_id, org_unit_id);

ALTER TABLE assessment_campaigns ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_campaigns USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE campaign_scopes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON campaign_scopes USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE assessment_forms ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_forms USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE assessment_ratings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_ratings USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE assessment_form_events ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_form_events USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
ALTER TABLE assessment_results ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON assessment_results USING (formasaun_tenant_visible(administration_id)) WITH CHECK (formasaun_tenant_visible(administration_id));
