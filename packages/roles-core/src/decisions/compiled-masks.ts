/**
 * Grants folded into flat typed arrays: one tenant-wide mask and one "anywhere" mask per
 * principal, and per (principal, project) entries in compressed-row form (each principal's
 * entries are contiguous), so a check reads a few integers and allocates nothing.
 */
import type { Grant } from './collect-grants.js';

export interface CompiledMasks {
  words: number;
  tenantWide: Uint32Array;
  anywhere: Uint32Array;
  /** Entries of principal `p` are `entryStart[p]` … `entryStart[p + 1] - 1`. */
  entryStart: Int32Array;
  entryProject: Int32Array;
  /** Permissions that hold on the whole project. */
  entryFull: Uint32Array;
  /** Permissions that hold only on the principal's referenced records in the project (R17, R19). */
  entryReferenced: Uint32Array;
  /** 1 when a communication rule of the project emails the principal: all its records are theirs. */
  entryEmailed: Uint8Array;
}

interface FoldInput {
  principals: number;
  words: number;
  grantsOf: (principal: number) => Grant[];
  projectIndexOf: (projectId: string) => number;
}

export function foldGrants({ principals, words, grantsOf, projectIndexOf }: FoldInput): CompiledMasks {
  const tenantWide = new Uint32Array(principals * words);
  const anywhere = new Uint32Array(principals * words);
  const entryStart = new Int32Array(principals + 1);
  const project: number[] = [];
  const full: number[] = [];
  const referenced: number[] = [];
  const emailed: number[] = [];
  for (let p = 0; p < principals; p++) {
    entryStart[p] = project.length;
    const first = project.length;
    for (const grant of grantsOf(p)) {
      const scope = grant.scope;
      if (scope.kind === 'tenant') {
        orInto({ target: tenantWide, offset: p * words, mask: grant.mask });
        continue;
      }
      const projectIndex = projectIndexOf(scope.kind === 'department' ? scope.departmentId : scope.projectId);
      let entry = project.indexOf(projectIndex, first);
      if (entry < 0) {
        entry = project.length;
        project.push(projectIndex);
        emailed.push(0);
        for (let w = 0; w < words; w++) {
          full.push(0);
          referenced.push(0);
        }
      }
      const target = scope.kind === 'assigned-records' ? referenced : full;
      for (let w = 0; w < words; w++) target[entry * words + w]! |= grant.mask[w]!;
      if (scope.kind === 'assigned-records' && scope.ruleIds.length > 0) emailed[entry] = 1;
    }
    for (let w = 0; w < words; w++) {
      let word = tenantWide[p * words + w]!;
      for (let e = first; e < project.length; e++) word |= full[e * words + w]! | referenced[e * words + w]!;
      anywhere[p * words + w] = word;
    }
  }
  entryStart[principals] = project.length;
  return {
    words,
    tenantWide,
    anywhere,
    entryStart,
    entryProject: Int32Array.from(project),
    entryFull: Uint32Array.from(full),
    entryReferenced: Uint32Array.from(referenced),
    entryEmailed: Uint8Array.from(emailed),
  };
}

function orInto({ target, offset, mask }: { target: Uint32Array; offset: number; mask: Uint32Array }): void {
  for (let w = 0; w < mask.length; w++) target[offset + w]! |= mask[w]!;
}
