// npm start: the demo. Seeds an empty data directory with the deterministic
// demo data (skip with --no-seed or SEED=0), starts the backend and prints its
// URL and the demo logins. Production starts use server.ts, which never seeds.
import { loadConfig } from './config.js';
import { DEMO_LOGINS, seedDemo } from './db/seed/index.js';
import { listen, prepare } from './server.js';
import { demoSipSecret, startDemoPlatform } from './phone/demo-platform.js';

async function main(): Promise<void> {
  const base = loadConfig();
  // The demo's phone works out of the box: a secret of its own unless SIP_SECRET is given.
  const config = loadConfig({ ...process.env, SIP_SECRET: demoSipSecret(process.env, base.dataDir) });
  const skipSeed = process.argv.includes('--no-seed') || process.env.SEED === '0';
  const deps = await prepare(config);
  const users = await deps.db.kysely.selectFrom('users').select('username').execute();
  if (users.length === 0 && !skipSeed) {
    console.log(`Seeding demo data into ${deps.db.dialect === 'sqlite' ? config.dataDir : 'PostgreSQL'} …`);
    const summary = await seedDemo(deps);
    const c = summary.counts;
    console.log(
      `  ${c.topics} topics, ${c.municipalities} municipalities, ${c.partners} partners, ${summary.publishedArticles} articles, ${c.cases} cases (${Math.round(summary.elapsedMs)} ms)`,
    );
  }
  const { url } = await listen(deps);
  const present = new Set((await deps.db.kysely.selectFrom('users').select('username').execute()).map((u) => u.username));
  console.log(`\nBackend: ${url}   (health: ${url}/v1/health, API description: api-client/openapi.json)`);
  console.log(startDemoPlatform(config, url));
  const demo = DEMO_LOGINS.filter((u) => present.has(u.username));
  if (demo.length > 0) {
    console.log('Demo logins (username / password):');
    for (const u of demo.filter((d) => !/^adviser\d+$/.test(d.username))) console.log(`  ${u.username.padEnd(11)} ${u.password.padEnd(18)} ${u.role}`);
    console.log(`  … and adviser2–adviser${demo.filter((d) => /^adviser\d+$/.test(d.username)).length + 1} (password demo-<username>)`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
