import type { Metadata } from "next";
import { listApiKeys } from "@/db/queries/content-api";
import { getSiteSettings } from "@/db/queries/settings";
import { requirePage } from "@/lib/authz";
import { asFormAction } from "@/lib/desk-action";
import { formatDateTime } from "@/lib/format";
import { siteUrl } from "@/lib/site-url";
import { revokeApiKeyAction } from "./actions";
import { CreateKeyForm } from "./create-key-form";

export const instant = false;

export const metadata: Metadata = { title: "API keys" };

export default async function ApiKeysPage() {
  await requirePage("/admin/api-keys");
  const [keys, settings] = await Promise.all([listApiKeys(), getSiteSettings()]);
  const when = (d: Date | null) => (d ? formatDateTime(d, settings.timeZone) : "never");
  return (
    <>
      <h1 className="mb-2 font-serif text-3xl font-bold">API keys</h1>
      <p className="mb-6 max-w-2xl text-sm">
        Apps, newsletters and partners read published stories through the content API with a key. Its description is at{" "}
        <a className="underline" href={siteUrl("/api/v1/openapi.json")}>
          /api/v1/openapi.json
        </a>
        .
      </p>
      <CreateKeyForm />
      <h2 className="mb-3 font-serif text-xl font-bold">Keys</h2>
      {keys.length === 0 ? (
        <p>No keys yet.</p>
      ) : (
        <ul className="divide-y divide-rule border-y border-rule">
          {keys.map((k) => (
            <li key={k.id} className="flex flex-wrap items-center justify-between gap-2 py-3">
              <div>
                <p className="font-semibold">
                  {k.name} <code className="font-mono text-sm">{k.prefix}…</code>
                  {k.revokedAt && <span className="ml-2 rounded bg-stone-200 px-2 text-sm">Revoked</span>}
                </p>
                <p className="text-sm">
                  {k.perMinute.toLocaleString("en")} requests a minute · made {when(k.createdAt)} · last used{" "}
                  {when(k.lastUsedAt)}
                  {k.revokedAt && ` · revoked ${when(k.revokedAt)}`}
                </p>
              </div>
              {!k.revokedAt && (
                <form action={asFormAction(revokeApiKeyAction)}>
                  <input type="hidden" name="id" value={k.id} />
                  <button type="submit" className="rounded border border-red-700 px-3 py-1 text-sm text-red-800">
                    Revoke <span className="sr-only">{k.name}</span>
                  </button>
                </form>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
