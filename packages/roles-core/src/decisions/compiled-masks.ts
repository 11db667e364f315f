/**
 * Grants folded into flat typed arrays: one tenant-wide mask and one "anywhere" mask per
 * principal, and per (principal, project) entries in compressed-row form (each principal's
 * entries are contiguous), so a check reads a few integers and allocates nothing.
 */
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
