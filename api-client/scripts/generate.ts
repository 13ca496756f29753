// npm run api:generate  — rewrite api-client/openapi.json and src/schema.d.ts
// npm run api:check     — fail when the committed files differ from the code
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildArtifacts, OPENAPI_PATH, TYPES_PATH } from './artifacts.js';

const check = process.argv.includes('--check');
const { openapi, types } = await buildArtifacts();
const targets: Array<[URL, string]> = [
  [OPENAPI_PATH, openapi],
  [TYPES_PATH, types],
];
let drift = false;
for (const [url, content] of targets) {
  const file = fileURLToPath(url);
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
  if (current === content) continue;
  if (check) {
    console.error(`${file} is out of date with the backend's route schemas; run npm run api:generate and commit it`);
    drift = true;
  } else {
    fs.writeFileSync(file, content);
    console.log(`wrote ${file}`);
  }
}
if (drift) process.exit(1);
if (check) console.log('api-client is up to date with the backend');
