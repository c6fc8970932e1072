-- Staff import: previews kept until committed, and the saved column mapping.
CREATE TABLE staff_imports (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  file_name text NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  status text NOT NULL DEFAULT 'previewed' CHECK (status IN ('previewed','committed')),
  headers jsonb NOT NULL,
  rows json NOT NULL, -- kept as text: written once, read once at commit
  mapping jsonb NOT NULL,
  create_missing boolean NOT NULL DEFAULT false,
  committed_at timestamptz,
  result jsonb,
  PRIMARY KEY (administration_id, id)
);

CREATE TABLE import_mappings (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  kind text NOT NULL,
  mapping jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, kind)
);
