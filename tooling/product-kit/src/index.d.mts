// Types of the scaffolding functions (the sources are plain ESM so `pnpm new-product` runs without a build).

export interface ScaffoldRequest {
  /** The workspace root. */
  root: string;
  id: string;
  name: string | undefined;
  /** Defaults to the next free port after the highest portal port. */
  port?: number | undefined;
}

export interface ScaffoldedProduct {
  id: string;
  identifier: string;
  name: string;
  port: number;
}

/** One file of a plan; `previous` is the content being replaced, `null` for a file being created. */
export interface PlannedWrite {
  path: string;
  content: string;
  previous: string | null;
}

export type Refused = { ok: false; problems: string[] };
export type ScaffoldPlan = { ok: true; product: ScaffoldedProduct; writes: PlannedWrite[] } | Refused;
export type ScaffoldResult = { ok: true; product: ScaffoldedProduct; written: string[] } | Refused;

export function scaffoldProduct(request: ScaffoldRequest): ScaffoldResult;
export function planScaffold(request: ScaffoldRequest): ScaffoldPlan;
export const TEMPLATES_DIR: string;
export function writeAllOrNothing(input: { root: string; writes: readonly PlannedWrite[]; writeFile?: (path: string, content: string) => void }): void;

export const MAX_ID_LENGTH: number;
export function identifierOf(input: { id: string }): string;
export function problemsWithId(input: { id: string; taken?: readonly string[] }): string[];

export const API_PORT: number;
export function nextFreePort(input: { used: readonly number[] }): number;
export function problemsWithPort(input: { port: number; used: readonly number[] }): string[];

export interface WorkspaceProduct {
  id: string;
  port: number | null;
  module: string;
}
export type RegistryLines = { ok: true; lines: string[]; start: number; end: number } | { ok: false; problem: string };
export const PRODUCTS_DIR: string;
export const REGISTRY_FILE: string;
export const REGISTRY_START: string;
export const REGISTRY_END: string;
export function registryLines(input: { text: string }): RegistryLines;
export function readWorkspace(input: { root: string }): {
  registryText: string;
  registry: RegistryLines;
  products: WorkspaceProduct[];
  taken: string[];
};

export function renderTemplate(input: { text: string; values: Record<string, string | number>; source: string }): string;
export function typescriptString(input: { value: string }): string;
export function nextSteps(input: { product: ScaffoldedProduct }): string;
