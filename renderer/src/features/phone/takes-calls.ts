// Who gets a phone line: those who take contacts (advisers, team leads,
// supervisors). Admins administer the system and take no calls.
import type { User } from '../../lib/bridge-types';

export function takesCalls(user: Pick<User, 'role'> | null | undefined): boolean {
  return !!user && user.role !== 'admin';
}
