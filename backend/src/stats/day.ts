// "Today" for the service is the Stockholm calendar day, whatever the server's zone.
import { instantsAt, localTimeOf } from '../partners/stockholm-time.js';

export function startOfStockholmDay(at: Date): Date {
  const local = localTimeOf(at);
  const [midnight] = instantsAt(local, 0);
  return new Date(midnight ?? at.getTime());
}
