import type { Metadata } from "next";
import Link from "next/link";
import { listWebhookEndpoints } from "@/db/queries/webhooks";
import { requirePage } from "@/lib/authz";
import { asFormAction } from "@/lib/desk-action";
import { deleteWebhookAction, pauseWebhookAction } from "./actions";
import { NewEndpointForm } from "./new-endpoint-form";

export const instant = false;

export const metadata: Metadata = { title: "Webhooks" };

const small = "rounded border border-rule px-3 py-1 text-sm";

export default async function WebhooksPage() {
  await requirePage("/admin/webhooks");
  const endpoints = await listWebhookEndpoints();
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">Webhooks</h1>
      <p className="mb-6 max-w-2xl text-sm">
        Apps and partners are told the moment a story is published, updated, corrected or unpublished. Each delivery is
        signed as Standard Webhooks says (webhook-id, webhook-timestamp, webhook-signature), retried with growing waits
        for about two days, and an endpoint that fails for a whole day is paused.
      </p>
      <NewEndpointForm />
      <h2 className="mb-3 font-serif text-xl font-bold">Endpoints</h2>
      {endpoints.length === 0 ? (
        <p>No endpoints yet.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {endpoints.map((e) => (
            <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div className="min-w-0">
                <p className="font-semibold break-all">
                  <Link href={`/admin/webhooks/${e.id}`} prefetch={false} className="underline">
                    {e.url}
                  </Link>
                  {e.pausedAt && <span className="ml-2 rounded bg-red-100 px-2 text-sm text-red-900">Paused</span>}
                </p>
                <p className="text-sm">
                  {e.description && `${e.description} · `}
                  {e.events.join(", ")} · {e.pending} waiting
                  {e.pausedReason && ` · ${e.pausedReason}`}
                </p>
              </div>
              <div className="flex gap-2">
                <form action={asFormAction(pauseWebhookAction)}>
                  <input type="hidden" name="id" value={e.id} />
                  <input type="hidden" name="paused" value={e.pausedAt ? "false" : "true"} />
                  <button type="submit" className={small}>
                    {e.pausedAt ? "Resume" : "Pause"} <span className="sr-only">{e.url}</span>
                  </button>
                </form>
                <form action={asFormAction(deleteWebhookAction)}>
                  <input type="hidden" name="id" value={e.id} />
                  <button type="submit" className={`${small} border-red-700 text-red-800`}>
                    Remove <span className="sr-only">{e.url}</span>
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
