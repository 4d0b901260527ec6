import { describe, expect, it } from "vitest";
import { formValues, isSecretField } from "./form-state";

describe("form values sent back after a refusal", () => {
  it("keep what was typed but no password, under any of its names", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({
      headline: "Harbor fire",
      email: "a@example.com",
      current: "old-secret-1",
      password: "new-secret-2",
      confirm: "new-secret-2",
      newPassword: "x",
      previewToken: "t",
      $ACTION_ID_1: "y",
    }))
      form.append(k, v);
    expect(formValues(form)).toEqual({ headline: "Harbor fire", email: "a@example.com" });
    expect(["name", "role", "slug", "note"].filter(isSecretField)).toEqual([]);
  });
});
