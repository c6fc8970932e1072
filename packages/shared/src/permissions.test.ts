import { describe, expect, it } from 'vitest';
import { officerScopeOf, PERMISSIONS, permissionsOf, ROLE_PERMISSIONS, ROLES } from './permissions.js';

describe('permissions', () => {
  it('gives the platform operator everything and nobody else the administration permissions', () => {
    expect([...permissionsOf(['platform_operator'])].sort()).toEqual([...PERMISSIONS].sort());
    for (const role of ROLES.filter((r) => r !== 'platform_operator')) {
      expect(ROLE_PERMISSIONS[role]).not.toContain('AdministrationManage');
    }
  });

  it('lets a programme viewer read aggregates only', () => {
    expect([...permissionsOf(['programme_viewer'])]).toEqual(['AggregateRead']);
    expect(officerScopeOf(['programme_viewer'])).toBe('none');
  });

  it('takes the widest officer scope of the roles held', () => {
    expect(officerScopeOf(['officer', 'supervisor'])).toBe('subtree');
    expect(officerScopeOf(['supervisor', 'training_manager'])).toBe('administration');
    expect(officerScopeOf(['trainer'])).toBe('self');
  });

  it('keeps every role within the training manager’s permissions, except the operator', () => {
    const manager = new Set(ROLE_PERMISSIONS.training_manager);
    for (const role of ROLES.filter((r) => r !== 'platform_operator')) {
      for (const p of ROLE_PERMISSIONS[role]) expect(manager.has(p)).toBe(true);
    }
  });
});
