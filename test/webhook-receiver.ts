import http from "node:http";
import type { AddressInfo } from "node:net";
import { verifyWebhook } from "../lib/webhooks/sign";

export type Received = { id: string; event: string; verified: boolean; status: number; at: number };

/**
 * A partner's webhook receiver on 127.0.0.1, for tests: it checks each delivery's signature with the secret it is
 * given (set it once the endpoint's secret is known) and answers with the next status of `answers`, else 200.
 */
export async function startWebhookReceiver() {
  const state = { secret: "", answers: [] as number[], received: [] as Received[] };
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      const h = (n: string) => String(req.headers[n] ?? "");
      const id = h("webhook-id");
      const verified = verifyWebhook(
        state.secret,
        { id, timestamp: h("webhook-timestamp"), signature: h("webhook-signature") },
        body,
      );
      const status = state.answers.shift() ?? 200;
      state.received.push({ id, event: JSON.parse(body).type, verified, status, at: Date.now() });
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  });
}
