import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getWebhookEndpoint, listWebhookDeliveries } from "@/db/queries/webhooks";
import { getSiteSettings } from "@/db/queries/settings";
import { requirePage } from "@/lib/authz";
import { asFormAction } from "@/lib/desk-action";
import { formatDateTime } from "@/lib/format";
import { isUuid } from "@/lib/content/uuid";
import { resendWebhookAction } from "../actions";

export const instant = false;

export const metadata: Metadata = { title: "Webhook deliveries" };

export default async function WebhookLogPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePage("/admin/webhooks/[id]");
  const { id } = await params;
  const endpoint = isUuid(id) ? await getWebhookEndpoint(id) : null;
  if (!endpoint) notFound();
  const [deliveries, settings] = await Promise.all([listWebhookDeliveries(id), getSiteSettings()]);
  const when = (d: Date) => formatDateTime(d, settings.timeZone);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/admin/webhooks" prefetch={false} className="underline">
          Webhooks
        </Link>
      </p>
      <h1 className="mb-1 font-serif text-3xl font-bold">Deliveries</h1>
      <p className="mb-6 break-all">{endpoint.url}</p>
      {deliveries.length === 0 ? (
        <p>Nothing sent yet.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {deliveries.map((d) => (
            <li key={d.id} className="py-3" data-testid="delivery">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p>
                  <code className="text-sm">{d.event}</code> {d.headline} ·{" "}
                  <strong>{d.status === "pending" && d.attempts > 0 ? "retrying" : d.status}</strong>
                  {d.status === "pending" && d.attempts > 0 && ` (next try ${when(d.nextAttemptAt)})`}
                </p>
                <form action={asFormAction(resendWebhookAction)}>
                  <input type="hidden" name="id" value={d.id} />
                  <button type="submit" className="rounded border border-rule px-3 py-1 text-sm">
                    Send again <span className="sr-only">{d.id}</span>
                  </button>
                </form>
              </div>
              <p className="text-sm text-muted">
                {d.id} · queued {when(d.createdAt)}
              </p>
              {d.tries.length > 0 && (
                <ol className="mt-1 list-decimal pl-6 text-sm">
                  {d.tries.map((t) => (
                    <li key={t.at.toISOString()}>
                      {when(t.at)}: {t.status ? `answered ${t.status}` : `failed: ${t.error}`} in {t.ms} ms
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
