// Who sees the wallboard and who may steer advisers from it. The backend
// enforces the same (GET /v1/wallboard: operations; adviser changes: leads);
// the UI only avoids offering what would be refused.
import type { User } from '../../lib/bridge-types';

type Role = User['role'];

const VIEWERS: ReadonlySet<Role> = new Set(['team_lead', 'supervisor', 'admin']);
// Admins administer the system but do not direct live work.
const STEERERS: ReadonlySet<Role> = new Set(['team_lead', 'supervisor']);

export const canSeeWallboard = (role: Role | null | undefined): boolean => role !== null && role !== undefined && VIEWERS.has(role);
export const canSteerAdvisers = (role: Role | null | undefined): boolean => role !== null && role !== undefined && STEERERS.has(role);
