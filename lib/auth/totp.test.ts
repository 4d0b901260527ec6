import { describe, expect, it } from "vitest";
import {
  base32Decode,
  base32Encode,
  hashRecoveryCode,
  matchTotp,
  newRecoveryCodes,
  newTotpSecret,
  openSecret,
  otpauthUri,
  sealSecret,
  timeStep,
  totpCode,
} from "./totp";

// RFC 6238, appendix B: the SHA-1 secret "12345678901234567890"; the 8-digit answers' last six digits.
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));

describe("TOTP", () => {
  it("gives RFC 6238's codes", () => {
    expect(RFC_SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(totpCode(RFC_SECRET, timeStep(59_000))).toBe("287082");
    expect(totpCode(RFC_SECRET, timeStep(1_111_111_109_000))).toBe("081804");
    expect(totpCode(RFC_SECRET, timeStep(1_234_567_890_000))).toBe("005924");
    expect(totpCode(RFC_SECRET, timeStep(2_000_000_000_000))).toBe("279037");
  });

  it("accepts one step either side of now, and a code only once", () => {
    const now = 1_234_567_890_000;
    const step = timeStep(now);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), null, now)).toBe(step);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), null, now)).toBe(step - 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), null, now)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), null, now)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step), step, now)).toBeNull();
    expect(matchTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), step, now)).toBe(step + 1);
    expect(matchTotp(RFC_SECRET, "12345", null, now)).toBeNull();
    expect(matchTotp(RFC_SECRET, ` ${totpCode(RFC_SECRET, step).replace(/(\d{3})/, "$1 ")}`, null, now)).toBe(step);
  });

  it("round-trips base32, seals secrets so the database alone cannot read them, and makes an app's address", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Encode(base32Decode(secret))).toBe(secret);
    process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
    const sealed = sealSecret(secret);
    expect(sealed).not.toContain(secret);
    expect(openSecret(sealed)).toBe(secret);
    // One bit of the sealed text changed (a byte, not a base64 letter: the last letter may carry only padding).
    const [iv, tag, body] = sealed.split(".");
    const tampered = Buffer.from(body!, "base64url");
    tampered[0] = tampered[0]! ^ 1;
    expect(() => openSecret([iv, tag, tampered.toString("base64url")].join("."))).toThrow();
    expect(otpauthUri(secret, "sarah@example.com", "The Pacific Ledger")).toBe(
      `otpauth://totp/The%20Pacific%20Ledger%3Asarah%40example.com?secret=${secret}&issuer=The+Pacific+Ledger&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it("makes ten different recovery codes, hashed the same however they are typed", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[a-z2-7]{5}-[a-z2-7]{5}$/);
    expect(hashRecoveryCode(codes[0]!)).toBe(hashRecoveryCode(` ${codes[0]!.toUpperCase().replace("-", "")} `));
    expect(hashRecoveryCode(codes[0]!)).not.toBe(hashRecoveryCode(codes[1]!));
  });
});
