-- The head of each org unit: the default assessor of its officers' supervisor forms (issue 3).
ALTER TABLE org_units ADD COLUMN head_officer_id uuid;
-- Deferred: org_units and officers now reference each other, and a restore inserts org_units before officers in one
-- transaction. ON DELETE SET NULL still acts at once (referential actions are never deferred).
ALTER TABLE org_units ADD CONSTRAINT org_units_head_officer_fk
  FOREIGN KEY (administration_id, head_officer_id) REFERENCES officers(administration_id, id)
  ON DELETE SET NULL (head_officer_id) DEFERRABLE INITIALLY DEFERRED;
-- Serves the foreign key when an officer is deleted.
CREATE INDEX org_units_head_officer ON org_units (administration_id, head_officer_id) WHERE head_officer_id IS NOT NULL;
