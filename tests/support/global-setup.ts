// Vitest global setup: one PostgreSQL cluster for the whole run. Test files
// each create their own database in it (see test-db.ts).
import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres-cluster.js';

export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
