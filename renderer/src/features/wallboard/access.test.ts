import { describe, expect, it } from 'vitest';
import { canSeeWallboard, canSteerAdvisers } from './access';

describe('wallboard access', () => {
  it('shows the wallboard to team leads, supervisors and admins, not advisers', () => {
    expect(['team_lead', 'supervisor', 'admin'].every((r) => canSeeWallboard(r as 'admin'))).toBe(true);
    expect(canSeeWallboard('adviser')).toBe(false);
    expect(canSeeWallboard(null)).toBe(false);
    expect(canSeeWallboard(undefined)).toBe(false);
  });

  it('lets team leads and supervisors steer advisers, but not admins or advisers', () => {
    expect(canSteerAdvisers('team_lead')).toBe(true);
    expect(canSteerAdvisers('supervisor')).toBe(true);
    expect(canSteerAdvisers('admin')).toBe(false);
    expect(canSteerAdvisers('adviser')).toBe(false);
    expect(canSteerAdvisers(null)).toBe(false);
  });
});
