// The session token at rest: encrypted with the operating system's key store
// (Electron's safeStorage, passed in as a `TokenCipher`) in one file in the
// app's user-data directory, readable by the user only.
//
// Where the OS offers no real key store (Linux without a keyring, where
// safeStorage would fall back to a fixed, public key) the token is kept in
// memory only: the adviser signs in again after a restart rather than have a
// bearer token lie on disk in what is effectively plain text.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { TokenStore } from '../core/ports.js';

export interface TokenCipher {
  /** False when encryption would not really protect the token. */
  isAvailable(): boolean;
  encrypt(plainText: string): Buffer;
  /** Throws when the data was not encrypted with this machine's key. */
  decrypt(data: Buffer): string;
}

export interface EncryptedTokenStoreOptions {
  file: string;
  cipher: TokenCipher;
}

function isMissing(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}

export function createEncryptedTokenStore({ file, cipher }: EncryptedTokenStoreOptions): TokenStore {
  // undefined: not read yet; null: known to be signed out.
  let current: string | null | undefined;

  async function removeFile(): Promise<void> {
    await rm(file, { force: true });
  }

  async function readFromDisk(): Promise<string | null> {
    let data: Buffer;
    try {
      data = await readFile(file);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
    if (!cipher.isAvailable()) return null;
    try {
      const token = cipher.decrypt(data);
      return token === '' ? null : token;
    } catch {
      // Encrypted under another user or a reset key ring: useless, and the
      // adviser simply signs in again.
      await removeFile();
      return null;
    }
  }

  return {
    async load() {
      if (current === undefined) current = await readFromDisk();
      return current;
    },

    async save(token) {
      if (token === '') throw new Error('Refusing to store an empty session token');
      current = token;
      if (!cipher.isAvailable()) {
        await removeFile();
        return;
      }
      await mkdir(dirname(file), { recursive: true });
      // Write then rename, so a crash never leaves half a token behind.
      const temporary = `${file}.${process.pid}.tmp`;
      await writeFile(temporary, cipher.encrypt(token), { mode: 0o600 });
      await rename(temporary, file);
    },

    async clear() {
      current = null;
      await removeFile();
    },
  };
}
