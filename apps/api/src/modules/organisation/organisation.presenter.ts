import type { TAssignment, TLocation, TOfficer, TOrgUnit, TPosition } from '@formasaun/shared';
import type { locations, positions } from '../../db/schema.js';
import type { OrgUnitListRow } from './org-unit.repository.js';
import type { AssignmentRow, OfficerRow } from './officer.repository.js';

export const presentOrgUnit = (u: OrgUnitListRow): TOrgUnit => ({
  id: u.id,
  parentId: u.parentId,
  code: u.code,
  name: u.name,
  kind: u.kind as TOrgUnit['kind'],
  locationId: u.locationId,
  closedOn: u.closedOn,
  officerCount: u.officerCount,
  headOfficerId: u.headOfficerId,
  headOfficerName: u.headOfficerName,
});

export const presentLocation = (l: typeof locations.$inferSelect): TLocation => ({
  id: l.id,
  code: l.code,
  name: l.name,
  kind: l.kind as TLocation['kind'],
  latitude: l.latitude,
  longitude: l.longitude,
});

export const presentPosition = (p: typeof positions.$inferSelect): TPosition => ({
  id: p.id,
  code: p.code,
  title: p.title,
  gradeMin: p.gradeMin,
  gradeMax: p.gradeMax,
  description: p.description,
});

export const presentOfficer = (o: OfficerRow): TOfficer => ({
  id: o.id,
  employeeNumber: o.employeeNumber,
  givenNames: o.givenNames,
  familyName: o.familyName,
  sex: o.sex as TOfficer['sex'],
  dateOfBirth: o.dateOfBirth,
  grade: o.grade,
  positionId: o.positionId,
  positionTitle: o.positionTitle,
  orgUnitId: o.orgUnitId,
  orgUnitName: o.orgUnitName,
  locationId: o.locationId,
  locationName: o.locationName,
  hireDate: o.hireDate,
  languages: o.languages,
  email: o.email,
  phone: o.phone,
  status: o.status as TOfficer['status'],
});

export const presentAssignment = (a: AssignmentRow): TAssignment => ({ ...a });
