-- Organisation: locations, org-unit tree, positions, officers and their assignment history.
CREATE TABLE locations (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('headquarters','seaport','airport','land_border_post','inland_office')),
  latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, code)
);

CREATE TABLE org_units (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  parent_id uuid,
  code text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('directorate','department','unit','office')),
  location_id uuid,
  closed_on date,
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, code),
  FOREIGN KEY (administration_id, parent_id) REFERENCES org_units(administration_id, id),
  FOREIGN KEY (administration_id, location_id) REFERENCES locations(administration_id, id),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX org_units_parent ON org_units (administration_id, parent_id);

CREATE TABLE positions (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  code text NOT NULL,
  title text NOT NULL,
  grade_min integer NOT NULL CHECK (grade_min BETWEEN 1 AND 20),
  grade_max integer NOT NULL CHECK (grade_max BETWEEN 1 AND 20),
  description text,
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, code),
  CHECK (grade_min <= grade_max)
);

CREATE TABLE officers (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  employee_number text NOT NULL,
  given_names text NOT NULL,
  family_name text NOT NULL,
  sex text NOT NULL CHECK (sex IN ('female','male')),
  date_of_birth date,
  grade integer CHECK (grade BETWEEN 1 AND 20),
  position_id uuid,
  org_unit_id uuid NOT NULL,
  location_id uuid,
  hire_date date,
  languages text[] NOT NULL DEFAULT '{}',
  email text,
  phone text,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active','on_leave','left')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (administration_id, id),
  UNIQUE (administration_id, employee_number),
  FOREIGN KEY (administration_id, position_id) REFERENCES positions(administration_id, id),
  FOREIGN KEY (administration_id, org_unit_id) REFERENCES org_units(administration_id, id),
  FOREIGN KEY (administration_id, location_id) REFERENCES locations(administration_id, id)
);
CREATE INDEX officers_org_unit ON officers (administration_id, org_unit_id);
CREATE INDEX officers_position ON officers (administration_id, position_id);
CREATE INDEX officers_name ON officers (administration_id, family_name, given_names);

CREATE TABLE officer_assignments (
  administration_id uuid NOT NULL REFERENCES administrations(id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  officer_id uuid NOT NULL,
  org_unit_id uuid NOT NULL,
  position_id uuid,
  location_id uuid,
  grade integer,
  valid_from date NOT NULL,
  valid_to date,
  PRIMARY KEY (administration_id, id),
  FOREIGN KEY (administration_id, officer_id) REFERENCES officers(administration_id, id) ON DELETE CASCADE,
  FOREIGN KEY (administration_id, org_unit_id) REFERENCES org_units(administration_id, id),
  FOREIGN KEY (administration_id, position_id) REFERENCES positions(administration_id, id),
  FOREIGN KEY (administration_id, location_id) REFERENCES locations(administration_id, id),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX officer_assignments_officer ON officer_assignments (administration_id, officer_id, valid_from);
-- At most one open assignment per officer.
CREATE UNIQUE INDEX officer_assignments_open ON officer_assignments (administration_id, officer_id) WHERE valid_to IS NULL;
