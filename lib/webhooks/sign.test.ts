import { describe, expect, it } from "vitest";
import { isPrivateAddress } from "./address";
import { newWebhookSecret, signWebhook, verifyWebhook } from "./sign";

describe("webhook signatures", () => {
  it("match the Standard Webhooks specification's own test vector", () => {
    const signature = signWebhook(
      "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "msg_p5jXN8AQM9LWM0D4loKWxJek",
      1614265330,
      '{"test": 2432232314}',
    );
    expect(signature).toBe("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
  });

  it("verify only the same body, id and secret, within five minutes", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const now = 1_700_000_000_000;
    const ts = now / 1000;
    const headers = { id: "msg_1", timestamp: String(ts), signature: signWebhook(secret, "msg_1", ts, "{}") };
    expect(verifyWebhook(secret, headers, "{}", now)).toBe(true);
    expect(verifyWebhook(secret, headers, '{"x":1}', now)).toBe(false);
    expect(verifyWebhook(secret, { ...headers, id: "msg_2" }, "{}", now)).toBe(false);
    expect(verifyWebhook(newWebhookSecret(), headers, "{}", now)).toBe(false);
    expect(verifyWebhook(secret, headers, "{}", now + 301_000)).toBe(false);
  });

  it("never go to private, loopback, link-local or mapped addresses", () => {
    for (const ip of [
      "127.0.0.1",
      "10.0.0.8",
      "172.20.1.1",
      "192.168.1.1",
      "169.254.169.254",
      "100.64.0.1",
      "::1",
      "fd00::1",
      "fe80::1",
      "::ffff:127.0.0.1",
    ])
      expect(isPrivateAddress(ip), ip).toBe(true);
    for (const ip of ["93.184.215.14", "8.8.8.8", "2606:4700::1111", "172.32.0.1"])
      expect(isPrivateAddress(ip), ip).toBe(false);
  });
});
