// Every public (no-login) route starts the same way: CORS for the website's
// origins first (so its page can read a 429 too), then the client's rate
// limit — a 429 problem with Retry-After when it is spent.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Problem } from '../http/problem.js';
import type { RateLimiter } from './rate-limit.js';

export type PublicGuard = (req: FastifyRequest, reply: FastifyReply, limiter: RateLimiter) => void;

export function publicGuard(origins: readonly string[]): PublicGuard {
  return (req, reply, limiter) => {
    const origin = req.headers.origin;
    if (origins.includes('*')) void reply.header('access-control-allow-origin', '*');
    else if (origin && origins.includes(origin)) void reply.header('access-control-allow-origin', origin).header('vary', 'origin');
    const wait = limiter.take(req.ip, Date.now());
    if (wait !== true) {
      void reply.header('retry-after', String(wait));
      throw new Problem(429, 'rate_limited', 'Too many requests; try again shortly', { retryAfterSeconds: wait });
    }
  };
}
