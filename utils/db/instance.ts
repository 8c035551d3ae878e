/** The one database every extension page and the background share. */
import { createDatabase, type CalmLineDatabase } from './database';

let instance: CalmLineDatabase | null = null;

/** The shared database, created on first use (never at import time). */
export function getDatabase(): CalmLineDatabase {
  instance ??= createDatabase();
  return instance;
}
