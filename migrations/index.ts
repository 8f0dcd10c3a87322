// Every migration, in order. The runner receives this list; nothing is discovered by glob.
import { Foundation1764000000000 } from './1764000000000-foundation.js';

export const migrations = [Foundation1764000000000];
