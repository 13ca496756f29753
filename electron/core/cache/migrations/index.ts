// Every cache migration, in order. Append only: never edit or reorder one
// that has shipped; the runner refuses a cache whose history differs.
import type { CacheMigration } from '../migrate.js';
import { initial } from './0001-initial.js';

export const cacheMigrations: readonly CacheMigration[] = [initial];
