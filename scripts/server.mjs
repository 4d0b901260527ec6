// The production server: `next start` plus what running several instances behind a load balancer needs.
// - a request id per request (the proxy's X-Request-Id, else a new one), echoed in the response;
// - JSON log lines (one per console call and one per request) carrying that id, in production;
// - graceful shutdown on SIGTERM/SIGINT: /readyz turns 503, the listener closes, in-flight requests finish, then
//   Next.js, the database and the Redis connections are closed. `next start` (16.4) closes the listener and waits,
//   but then exits without releasing the database, and offers no hook to do it; hence this file.
// Plain JavaScript on purpose: it runs under node, without a TypeScript loader in front of Next.js.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { parseArgs, format } from "node:util";
import next from "next";
import { loggedPath } from "./log-path.mjs";

process.env.NODE_ENV ??= "production";
const { values: args } = parseArgs({
  options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } },
  strict: false,
});
const port = Number(args.port ?? process.env.PORT ?? 3000);
const hostname = String(args.hostname ?? process.env.HOST ?? "0.0.0.0");
// Auth.js builds its redirects from the request's URL, whose origin is the address listened on: on 0.0.0.0
// (the default) sign-in and sign-out redirected to http://0.0.0.0:PORT. The public URLs the site already declares
// (lib/site-url.ts: the desk's own origin, else the site's) say where they belong; AUTH_URL, when set, wins.
const publicUrl = process.env.DESK_URL || process.env.SITE_URL;
if (!process.env.AUTH_URL && publicUrl && (hostname === "0.0.0.0" || hostname === "::"))
  process.env.AUTH_URL = publicUrl;
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
const drainDelayMs = Number(process.env.SHUTDOWN_DRAIN_MS ?? 0);
const jsonLogs = process.env.NODE_ENV === "production" && process.env.LOG_FORMAT !== "text";
const accessLog = process.env.LOG_REQUESTS !== "0";

const requestContext = new AsyncLocalStorage();
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

// A log pipe that closes (a log collector restarting, `npm start | head`) or a full disk must not stop the server: a
// failed write raised an unhandled 'error', which Next.js's handler logged, whose write failed again: a loop at full
// CPU that answered no request and ignored SIGTERM. Now the first failure is said once on the other stream, and the
// failed stream's later lines are dropped.
const brokenStreams = new Set();
for (const [stream, other] of [
  [process.stdout, process.stderr],
  [process.stderr, process.stdout],
])
  stream.on("error", (error) => {
    if (brokenStreams.has(stream)) return;
    brokenStreams.add(stream);
    writeLine(other, "error", {
      msg: `log output failed (${error.code ?? error.message}); its later lines are dropped`,
      stream: stream === process.stdout ? "stdout" : "stderr",
    });
  });

function writeLine(stream, level, fields) {
  if (brokenStreams.has(stream)) return;
  const id = requestContext.getStore()?.id;
  stream.write(
    `${JSON.stringify({ time: new Date().toISOString(), level, ...(id ? { requestId: id } : {}), ...fields })}\n`,
  );
}

if (jsonLogs) {
  // Everything Next.js and our code print becomes one JSON object per line; errors keep their stack.
  const levels = { debug: "debug", log: "info", info: "info", warn: "warn", error: "error" };
  for (const [method, level] of Object.entries(levels)) {
    const stream = level === "warn" || level === "error" ? process.stderr : process.stdout;
    console[method] = (...parts) => {
      const error = parts.find((p) => p instanceof Error);
      writeLine(stream, level, {
        msg: format(...parts.filter((p) => p !== error)) || error?.message || "",
        ...(error ? { err: { name: error.name, message: error.message, stack: error.stack } } : {}),
      });
    };
  }
  // Node prints process warnings (deprecations, a dependency's "your Node version" notice such as the AWS SDK's)
  // through console.error, which made them level "error" at every start: they are warnings.
  process.removeAllListeners("warning");
  process.on("warning", (w) =>
    writeLine(process.stderr, "warn", { msg: w.message, warning: w.name, ...(w.code ? { code: w.code } : {}) }),
  );
}
const log = (level, msg, fields = {}) =>
  jsonLogs
    ? writeLine(level === "error" ? process.stderr : process.stdout, level, { msg, ...fields })
    : console.log(msg, fields);

// Next.js spells every loopback address "localhost" in the proxy's request URL but not in its own: a rewrite from
// proxy.ts to this very server would then look like another host's and go out over HTTP (an external rewrite).
const loopback = /^(127(\.\d{1,3}){3}|::1|\[::1\]|localhost)$/.test(hostname);
const app = next({ dev: false, dir: process.cwd(), hostname: loopback ? "localhost" : hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

let draining = false;
let inFlight = 0;
const server = http.createServer((req, res) => {
  const incoming = req.headers["x-request-id"];
  const id = typeof incoming === "string" && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  req.headers["x-request-id"] = id;
  res.setHeader("X-Request-Id", id);
  if (process.env.INSTANCE_ID) res.setHeader("X-Served-By", process.env.INSTANCE_ID); // which instance answered
  if (draining) res.shouldKeepAlive = false; // tell the client (nginx) not to reuse this connection
  const started = process.hrtime.bigint();
  inFlight++;
  res.once("close", () => {
    inFlight--;
    if (accessLog) {
      requestContext.run({ id }, () =>
        log("info", "request", {
          method: req.method,
          path: loggedPath(req.url),
          status: res.statusCode,
          durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e5) / 10,
          ...(res.writableFinished ? {} : { aborted: true }),
        }),
      );
    }
    if (draining) server.closeIdleConnections();
  });
  appendOnce(res);
  requestContext.run({ id }, () => handle(req, res));
});

/**
 * Next.js replays a cached page's stored headers on top of those it has already set (vercel/next.js#82117), so a
 * page's own redirect (a renamed story's old address) went out with its Location header twice: proxies join the
 * copies into "/a, /a", and Googlebot reports a redirect error. A value the header already has is not added again.
 */
function appendOnce(res) {
  const append = res.appendHeader.bind(res);
  res.appendHeader = (name, value) => {
    const have = [res.getHeader(name) ?? []].flat().map(String);
    const added = [value]
      .flat()
      .map(String)
      .filter((v) => !have.includes(v));
    return added.length > 0 ? append(name, added) : res;
  };
}
// Longer than nginx's upstream keepalive_timeout (60 s), so nginx, not Node, closes idle connections: a request
// sent on a connection Node is closing at that moment would fail.
server.keepAliveTimeout = Number(process.env.KEEP_ALIVE_TIMEOUT_MS ?? 65_000);
server.headersTimeout = server.keepAliveTimeout + 1_000;
server.listen(port, hostname, () => {
  // As `next start` does: code that calls this server from inside (the desk's scheduler timer) reads it.
  const local = hostname === "0.0.0.0" || hostname === "::" ? "127.0.0.1" : hostname;
  process.env.__NEXT_PRIVATE_ORIGIN = `http://${local.includes(":") ? `[${local}]` : local}:${port}`;
  log("info", `Masthead listening on http://${hostname}:${port}`, { pid: process.pid });
});

async function shutdown(signal) {
  if (draining) return;
  draining = true;
  (globalThis.__masthead ??= {}).draining = true; // /readyz answers 503 from now on (db/process-state.ts)
  log("info", "shutting down", { signal, inFlight });
  if (drainDelayMs > 0) await new Promise((r) => setTimeout(r, drainDelayMs)); // let load balancers see /readyz fail
  const closed = new Promise((resolve) => server.close(() => resolve(true)));
  server.closeIdleConnections();
  const timedOut =
    (await Promise.race([closed, new Promise((r) => setTimeout(() => r(false), shutdownTimeoutMs).unref())])) === false;
  if (timedOut) {
    log("warn", "in-flight requests did not finish in time; closing their connections", { inFlight });
    server.closeAllConnections();
  }
  await app.close().catch((error) => console.error("closing Next.js failed", error));
  await closeResources();
  log("info", "stopped", { signal });
  process.exit(0);
}

/** Closes what the app's modules opened: each registers its closer (db/process-state.ts onShutdown). */
async function closeResources() {
  const tasks = [...(globalThis.__mastheadOnShutdown ?? [])].map((fn) => fn());
  const results = await Promise.allSettled(tasks);
  for (const r of results) if (r.status === "rejected") console.error("closing a resource failed", r.reason);
}

process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
