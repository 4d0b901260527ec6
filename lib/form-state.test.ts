import { describe, expect, it } from "vitest";
import { formFields, formValues, isSecretField, listValue } from "./form-state";

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

describe("a group of checkboxes sharing a name", () => {
  it("reaches the schema as a list when several are ticked, and comes back whole after a refusal", () => {
    const form = new FormData();
    form.append("id", "u1");
    for (const id of ["s1", "s2"]) form.append("sectionIds", id);
    expect(formFields(form)).toEqual({ id: "u1", sectionIds: ["s1", "s2"] });
    expect(listValue(formValues(form).sectionIds)).toEqual(["s1", "s2"]);
    expect(listValue(undefined)).toEqual([]);
  });
});
