import { writer } from "@/db/mutations/writer";
import { pruneIfDue, vacuumIfDue } from "@/db/maintenance";
import { publishDueStories } from "@/db/mutations/story-workflow";
import { revalidateStory } from "@/lib/revalidate";
import { isSchedulerToken } from "@/lib/scheduler";
import { mailTransport, sendDueMail } from "@/lib/mail/outbox";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver";

/**
 * Publishes the scheduled stories that are due, keeps the embedded database's statistics fresh and prunes what
 * anonymous requests wrote (db/maintenance.ts), then sends what waits in the mail and webhook outboxes
 * (lib/mail/outbox.ts, lib/webhooks/deliver.ts): the
 * moves that queued it finished long ago, so no request waits on the mail server. Only the server's own timer may call it (lib/scheduler.ts).
 */
export async function POST(req: Request) {
  if (!isSchedulerToken(req.headers.get("x-scheduler-token"))) return new Response("Forbidden", { status: 403 });
  const runs = await publishDueStories(await writer());
  let published = 0;
  for (const run of runs) {
    if (!run.outcome.ok) continue;
    published++;
    await revalidateStory(run.id, run.outcome.before, run.outcome.after);
  }
  const vacuumed = await vacuumIfDue();
  await pruneIfDue();
  const mail = await sendDueMail(await writer(), mailTransport());
  const webhooks = await deliverDueWebhooks(await writer());
  return Response.json({ published, vacuumed, mail, webhooks }, { headers: { "Cache-Control": "no-store" } });
}
