import { UsageError } from '../commands/usage-error.js';
import type { ValidationUnit } from './unit.js';

/** Reads a built package. */
export function loadZip(_absolute: string, display: string): ValidationUnit {
  throw new UsageError(`${display}: reading .zip packages is not implemented yet.`);
}
