import type { SessionSummary } from "@/db/queries/sessions";
import { formatDateTime } from "@/lib/format";

/** A session as the desk lists it: a short device name from the user agent, and times in the newsroom's zone. */
export function sessionRows(list: SessionSummary[], currentId: string | null, timeZone: string) {
  return list.map((s) => ({
    id: s.id,
    current: s.id === currentId,
    device: deviceName(s.userAgent),
    ip: s.ip && s.ip !== "unknown" ? s.ip : "address not recorded",
    started: `${formatDateTime(s.createdAt, timeZone)}${s.method === "sso" ? " through single sign-on" : ""}`,
    lastSeen: formatDateTime(s.lastSeenAt, timeZone),
  }));
}

function deviceName(ua: string | null): string {
  if (!ua) return "Unknown browser";
  const browser = /Firefox\//.test(ua)
    ? "Firefox"
    : /Edg\//.test(ua)
      ? "Edge"
      : /Chrom(e|ium)\//.test(ua)
        ? "Chrome"
        : /Safari\//.test(ua)
          ? "Safari"
          : "Browser";
  const os = /Windows/.test(ua)
    ? "Windows"
    : /Android/.test(ua)
      ? "Android"
      : /iPhone|iPad/.test(ua)
        ? "iOS"
        : /Mac OS X/.test(ua)
          ? "macOS"
          : /Linux/.test(ua)
            ? "Linux"
            : "";
  return os ? `${browser} on ${os}` : browser;
}
