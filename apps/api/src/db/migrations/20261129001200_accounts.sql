-- Accounts, role assignments and server-side sessions.
CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL UNIQUE,
  display_name text NOT NULL,
  password_hash text NOT NULL,
  locale text NOT NULL DEFAULT 'en' CHECK (locale IN ('en','pt')),
  is_active boolean NOT NULL DEFAULT true,
  -- The administration that manages this account; NULL for cross-administration accounts.
  administration_id uuid REFERENCES administrations(id) ON DELETE CASCADE,
  officer_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id) ON DELETE SET NULL (officer_id),
  CHECK (officer_id IS NULL OR administration_id IS NOT NULL)
);
CREATE UNIQUE INDEX users_officer ON users (administration_id, officer_id) WHERE officer_id IS NOT NULL;

CREATE TABLE role_assignments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('platform_operator','training_manager','supervisor','trainer','officer','programme_viewer')),
  administration_id uuid REFERENCES administrations(id) ON DELETE CASCADE,
  org_unit_id uuid,
  FOREIGN KEY (administration_id, org_unit_id) REFERENCES org_units(administration_id, id) ON DELETE CASCADE,
  CHECK ((role = 'platform_operator') = (administration_id IS NULL)),
  CHECK ((role = 'supervisor') = (org_unit_id IS NOT NULL))
);
CREATE INDEX role_assignments_user ON role_assignments (user_id);
CREATE INDEX role_assignments_administration ON role_assignments (administration_id);

CREATE TABLE sessions (
  -- sha256 of the cookie token: a leaked table does not leak sessions.
  id text PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
