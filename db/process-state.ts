/**
 * What one process shares: a database handle, Redis clients, a weather reading. It lives on globalThis, not in a
 * module's scope, because Next may load a module once per route bundle (and development reloads it), while each of
 * these must be one per process. Every slot is named here once. scripts/server.mjs and cache-handlers/*.mjs (plain
 * JavaScript outside the bundles) use two names only: `__masthead.draining` and `__mastheadOnShutdown`.
 */
type Slots = {
  db: unknown;
  opsRedis: unknown;
  s3Store: unknown;
  weather: unknown;
  /** The mail transport (lib/mail/outbox.ts). */
  mailer: unknown;
  vacuumedAt: number;
  prunedAt: number;
  /** Set by scripts/server.mjs on SIGTERM: /readyz answers 503 from then on. */
  draining: boolean;
};
type ProcessGlobal = { __masthead?: Partial<Slots>; __mastheadOnShutdown?: Set<() => Promise<unknown>> };
const g = globalThis as ProcessGlobal;

/** One named slot, typed by its owner (the module that fills it). */
export function processSlot<T = never, K extends keyof Slots = keyof Slots>(name: K) {
  const slots = (g.__masthead ??= {});
  type V = [T] extends [never] ? Slots[K] : T;
  return {
    get: (): V | undefined => slots[name] as V | undefined,
    set: (value: V | undefined): void => {
      slots[name] = value as Slots[K];
    },
  };
}

/** Registers a closer that scripts/server.mjs runs at a graceful shutdown (each once, failures logged). */
export function onShutdown(close: () => Promise<unknown>): void {
  (g.__mastheadOnShutdown ??= new Set()).add(close);
}
