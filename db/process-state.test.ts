import { describe, expect, it } from "vitest";
import { onShutdown, processSlot } from "./process-state";

describe("process state", () => {
  it("keeps one value per slot for the whole process, whichever module copy asks", async () => {
    const a = processSlot<number>("vacuumedAt");
    a.set(42);
    // A second copy of a module (another route bundle) reaches the same slot through globalThis.
    expect(processSlot("vacuumedAt").get()).toBe(42);
    expect((globalThis as { __masthead?: { vacuumedAt?: number } }).__masthead?.vacuumedAt).toBe(42);
    a.set(undefined);
  });

  it("hands scripts/server.mjs every closer under the one name it reads", async () => {
    let closed = 0;
    onShutdown(async () => void closed++);
    const closers = (globalThis as { __mastheadOnShutdown?: Set<() => Promise<unknown>> }).__mastheadOnShutdown!;
    await Promise.all([...closers].map((fn) => fn().catch(() => {})));
    expect(closed).toBe(1);
  });
});
