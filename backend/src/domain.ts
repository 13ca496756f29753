// A domain contributes its named schemas and its routes; app.ts mounts them all.
import type { TSchema } from '@sinclair/typebox';
import type { App } from './app.js';
import type { Deps } from './deps.js';

export interface Domain {
  name: string;
  schemas: TSchema[];
  routes(app: App, deps: Deps): void | Promise<void>;
}
