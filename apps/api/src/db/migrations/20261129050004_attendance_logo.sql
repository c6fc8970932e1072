-- The administration's logo, printed on certificates (PNG or JPEG, at most 256 KB; checked by the service).
CREATE TABLE centre_logos (
  administration_id uuid PRIMARY KEY REFERENCES administrations(id) ON DELETE CASCADE,
  content_type text NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg')),
  image bytea NOT NULL CHECK (octet_length(image) <= 262144),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE centre_logos ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON centre_logos
  USING ((SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid))
  WITH CHECK ((SELECT current_setting('app.all_administrations', true)) = 'on' OR administration_id = (SELECT nullif(current_setting('app.administration_id', true), '')::uuid));
GRANT SELECT, INSERT, UPDATE, DELETE ON centre_logos TO formasaun_app;
