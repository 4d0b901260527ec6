import { lookup } from "node:dns/promises";
import { isIP } from "node:net";

/**
 * Webhook addresses are typed by admins but fetched by the server, inside the newsroom's network: an address on
 * a private, loopback or link-local network (the cloud's metadata service at 169.254.169.254, the database) is
 * refused, at registration and again at each delivery (a name can be pointed elsewhere later). Tests and a
 * newsroom's own internal receivers may allow them with WEBHOOKS_ALLOW_PRIVATE=1.
 */
export function isPrivateAddress(ip: string): boolean {
  if (isIP(ip) === 4) {
    const [a, b] = ip.split(".").map(Number) as [number, number];
    return (
      a === 10 ||
      a === 127 ||
      a === 0 ||
      (a === 169 && b === 254) ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      a >= 224
    );
  }
  const v6 = ip.toLowerCase();
  if (v6.startsWith("::ffff:")) return isPrivateAddress(v6.slice(7));
  return v6 === "::1" || v6 === "::" || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6) || v6.startsWith("ff");
}

/** Why this address may not receive webhooks, or null. */
export async function webhookAddressProblem(url: string): Promise<string | null> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return "Give a full address, starting with https://.";
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:")
    return "The address must start with https:// (or http://).";
  if (parsed.username || parsed.password)
    return "Put no user name or password in the address; the signature proves the sender.";
  if (process.env.WEBHOOKS_ALLOW_PRIVATE === "1") return null;
  const host = parsed.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true })
        .then((r) => r.map((a) => a.address))
        .catch(() => []);
  if (!addresses.length) return `The name ${host} does not resolve.`;
  if (addresses.some(isPrivateAddress))
    return `${host} is on a private or local network; webhooks go to public addresses only.`;
  return null;
}
