// Compares the live schemas with the probe registry: an operation without a probe, or a probe for
// an operation that no longer exists, is a gate failure naming it.
import { PROBES, probeKey } from '../probes/index.js';

export function registryGaps(live: { endpoint: string; field: string }[]): { withoutProbe: string[]; probeWithoutOperation: string[] } {
  const liveKeys = new Set(live.map((operation) => `${operation.endpoint} ${operation.field}`));
  const probeKeys = PROBES.map(probeKey);
  const duplicates = probeKeys.filter((key, index) => probeKeys.indexOf(key) !== index);
  if (duplicates.length) throw new Error(`Probes registered twice: ${duplicates.join(', ')}`);
  return {
    withoutProbe: [...liveKeys].filter((key) => !probeKeys.includes(key)).map((key) => `${key}: add a probe in apps/api/test/gates/probes/`),
    probeWithoutOperation: probeKeys.filter((key) => !liveKeys.has(key)),
  };
}
