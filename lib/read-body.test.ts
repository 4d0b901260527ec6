import { describe, expect, it } from "vitest";
import { readBodyUpTo } from "./read-body";

// A body sent in chunks, with no Content-Length to refuse it by.
const chunked = (...parts: string[]) =>
  new Request("http://x/", {
    method: "POST",
    body: new ReadableStream({
      start(c) {
        for (const p of parts) c.enqueue(new TextEncoder().encode(p));
        c.close();
      },
    }),
    duplex: "half",
  } as RequestInit);

describe("readBodyUpTo", () => {
  it("reads a chunked body up to the limit and refuses one a byte longer", async () => {
    const form = "email=a%40b.c&password=secret";
    expect((await readBodyUpTo(chunked("email=a%40b.c", "&password=secret"), form.length))?.toString("utf8")).toBe(
      form,
    );
    expect(await readBodyUpTo(chunked("email=a%40b.c", "&password=secret"), form.length - 1)).toBeNull();
  });

  it("reads no body as empty", async () => {
    expect((await readBodyUpTo(new Request("http://x/"), 10))?.length).toBe(0);
  });
});
