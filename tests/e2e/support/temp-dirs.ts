// Fresh directories per test (backend database, each workstation's cache),
// removed again when the test file is done.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface TempDirs {
  make(label: string): string;
  removeAll(): void;
}

export function tempDirs(prefix: string): TempDirs {
  const made: string[] = [];
  return {
    make(label) {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), `halla-e2e-${prefix}-${label}-`));
      made.push(dir);
      return dir;
    },
    removeAll() {
      for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
