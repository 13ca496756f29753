import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEncryptedTokenStore, type TokenCipher } from './token-store.js';

// A real cipher (AES-256-GCM) standing in for the OS key store: a different
// key fails to decrypt, as safeStorage does after a key-ring reset.
function aesCipher(key = randomBytes(32), available = true): TokenCipher & { available: boolean } {
  return {
    available,
    isAvailable() {
      return this.available;
    },
    encrypt(plainText) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plainText, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decrypt(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

let dir: string;
let file: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'desk-token-'));
  file = join(dir, 'nested', 'session-token.bin');
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createEncryptedTokenStore', () => {
  it('keeps the token across restarts, encrypted and readable by the user only', async () => {
    const cipher = aesCipher();
    await createEncryptedTokenStore({ file, cipher }).save('secret-session-token');

    const onDisk = await readFile(file);
    expect(onDisk.toString('latin1')).not.toContain('secret-session-token');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o777).toBe(0o600);

    const restarted = createEncryptedTokenStore({ file, cipher });
    expect(await restarted.load()).toBe('secret-session-token');
  });

  it('starts signed out when nothing was stored', async () => {
    expect(await createEncryptedTokenStore({ file, cipher: aesCipher() }).load()).toBeNull();
  });

  it('clears the token in memory and on disk', async () => {
    const cipher = aesCipher();
    const store = createEncryptedTokenStore({ file, cipher });
    await store.save('t1');
    await store.clear();
    expect(await store.load()).toBeNull();
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    expect(await createEncryptedTokenStore({ file, cipher }).load()).toBeNull();
    // Clearing twice is fine.
    await store.clear();
  });

  it('replaces an earlier token', async () => {
    const cipher = aesCipher();
    const store = createEncryptedTokenStore({ file, cipher });
    await store.save('first');
    await store.save('second');
    expect(await createEncryptedTokenStore({ file, cipher }).load()).toBe('second');
  });

  it('keeps the token in memory only when the OS has no key store, and removes a stale file', async () => {
    const cipher = aesCipher();
    await createEncryptedTokenStore({ file, cipher }).save('old');
    cipher.available = false;

    const store = createEncryptedTokenStore({ file, cipher });
    await store.save('memory-only');
    expect(await store.load()).toBe('memory-only');
    await expect(stat(file)).rejects.toThrow(/ENOENT/);
    expect(await createEncryptedTokenStore({ file, cipher }).load()).toBeNull();
  });

  it('does not try to read a stored token while the key store is unavailable', async () => {
    const cipher = aesCipher();
    await createEncryptedTokenStore({ file, cipher }).save('kept');
    cipher.available = false;
    expect(await createEncryptedTokenStore({ file, cipher }).load()).toBeNull();
    // Still there for when the key ring is back.
    cipher.available = true;
    expect(await createEncryptedTokenStore({ file, cipher }).load()).toBe('kept');
  });

  it('drops a token encrypted under another key, and a corrupt file', async () => {
    await createEncryptedTokenStore({ file, cipher: aesCipher() }).save('from-another-user');
    expect(await createEncryptedTokenStore({ file, cipher: aesCipher() }).load()).toBeNull();
    await expect(stat(file)).rejects.toThrow(/ENOENT/);

    await createEncryptedTokenStore({ file, cipher: aesCipher() }).save('x');
    await writeFile(file, 'garbage');
    expect(await createEncryptedTokenStore({ file, cipher: aesCipher() }).load()).toBeNull();
  });

  it('refuses an empty token', async () => {
    const store = createEncryptedTokenStore({ file, cipher: aesCipher() });
    await expect(store.save('')).rejects.toThrow(/empty/);
    expect(await store.load()).toBeNull();
  });
});
