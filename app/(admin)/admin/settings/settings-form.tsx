"use client";
import { useActionState } from "react";
import { buttonClass, Field, FormMessage } from "@/components/desk/field";
import { initialFormState, listValue, type FormState } from "@/lib/form-state";
import { updateSettingsAction } from "./actions";
import { readerStrings, storyLanguages } from "@/lib/content/language";

export function SettingsForm({
  initial,
  sso,
}: {
  initial: Record<string, string>;
  /** The configured single sign-on provider, or null: the SSO-only choice is shown only with one. */
  sso: { name: string; overridden: boolean } | null;
}) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateSettingsAction, initialFormState);
  const v = { ...initial, ...state.values };
  const e = state.fieldErrors ?? {};
  // An unticked box sends nothing, so after a refused save only what was sent says which were ticked.
  const ticked = (l: string) => listValue((state.values ?? initial).languages).includes(l);
  return (
    <form action={action} className="max-w-xl">
      <FormMessage error={state.ok ? null : state.message} notice={state.ok ? state.message : null} />
      <Field label="Site name" name="siteName" defaultValue={v.siteName} error={e.siteName} required />
      <Field
        label="Time zone"
        name="timeZone"
        defaultValue={v.timeZone}
        error={e.timeZone}
        hint="For example America/Los_Angeles."
        required
      />
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-1 font-semibold">Languages</legend>
        <Field
          label="Main language"
          name="mainLanguage"
          defaultValue={v.mainLanguage}
          error={e.mainLanguage}
          hint="The site's own words (the masthead's date, the menu, the footer) and new stories are in it."
        >
          {storyLanguages.map((l) => (
            <option key={l} value={l}>
              {readerStrings[l].englishName}
            </option>
          ))}
        </Field>
        <fieldset aria-describedby="languages-hint">
          <legend className="mb-1 font-sans text-sm font-semibold">Publish in</legend>
          {storyLanguages.map((l) => (
            <label key={l} className="mb-1 flex items-center gap-2 text-sm">
              <input type="checkbox" name="languages" value={l} defaultChecked={ticked(l)} />
              {readerStrings[l].englishName}
            </label>
          ))}
          <p id="languages-hint" className="mt-2 text-sm text-muted">
            The main language is always one of them. The desk offers these for a story, and the site&apos;s menu links
            to each other one&apos;s front (/ko, /en). Stories already written in a language left out stay as they are.
          </p>
        </fieldset>
      </fieldset>
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-1 font-semibold">Weather</legend>
        <Field label="City" name="weatherCity" defaultValue={v.weatherCity} error={e.weatherCity} required />
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field
            label="Latitude"
            name="weatherLatitude"
            type="number"
            step="any"
            defaultValue={v.weatherLatitude}
            error={e.weatherLatitude}
            required
          />
          <Field
            label="Longitude"
            name="weatherLongitude"
            type="number"
            step="any"
            defaultValue={v.weatherLongitude}
            error={e.weatherLongitude}
            required
          />
        </div>
        <Field label="Units" name="weatherUnits" defaultValue={v.weatherUnits} error={e.weatherUnits}>
          <option value="fahrenheit">Fahrenheit</option>
          <option value="celsius">Celsius</option>
        </Field>
      </fieldset>
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-1 font-semibold">Advertising</legend>
        <Field label="Ad placement" name="adPlacement" defaultValue={v.adPlacement} error={e.adPlacement}>
          <option value="after_paragraph">After a paragraph</option>
          <option value="sidebar">Sidebar</option>
          <option value="none">No ads</option>
        </Field>
        <Field
          label="Ad after paragraph"
          name="adAfterParagraph"
          type="number"
          defaultValue={v.adAfterParagraph}
          error={e.adAfterParagraph}
          required
        />
        <Field
          label="Ad script URL"
          name="adScriptUrl"
          defaultValue={v.adScriptUrl}
          error={e.adScriptUrl}
          hint="Optional: the ad tag's https script; its origin must be in AD_HOSTS."
        />
      </fieldset>
      <fieldset className="mb-4 rounded border border-rule p-4">
        <legend className="px-1 font-semibold">Sign-in</legend>
        <Field
          label="Require two-factor authentication"
          name="requireTwoFactor"
          defaultValue={v.requireTwoFactor}
          error={e.requireTwoFactor}
          hint="People who need it and have not set it up are led to set it up at their next visit, and can do nothing else on the desk until they have."
        >
          <option value="off">Not required</option>
          <option value="editors">For editors and admins</option>
          <option value="everyone">For everyone</option>
        </Field>
        {sso && <SsoOnlyChoice sso={sso} checked={v.ssoOnly === "on"} error={e.ssoOnly} />}
      </fieldset>
      <button type="submit" className={buttonClass} disabled={pending}>
        Save settings
      </button>
    </form>
  );
}

function SsoOnlyChoice({
  sso,
  checked,
  error,
}: {
  sso: { name: string; overridden: boolean };
  checked: boolean;
  error?: string;
}) {
  return (
    <div className="mb-2">
      <label className="flex items-start gap-2 font-sans text-sm font-semibold">
        <input
          type="checkbox"
          name="ssoOnly"
          defaultChecked={checked}
          className="mt-1"
          aria-describedby={`f-ssoOnly-hint${error ? " f-ssoOnly-error" : ""}`}
          aria-invalid={error ? true : undefined}
        />
        Staff sign in only through {sso.name} (SSO only)
      </label>
      <p id="f-ssoOnly-hint" className="mt-1 font-sans text-sm text-muted">
        The password form leaves the sign-in page and passwords are refused. Turn it on while signed in through{" "}
        {sso.name} yourself. {sso.name} is trusted for its own second factor: a session opened through it meets the
        two-factor rule above.
        {sso.overridden && " SSO_ONLY_OVERRIDE=0 is set on the server, so passwords work anyway until it is removed."}
      </p>
      {error && (
        <p id="f-ssoOnly-error" role="alert" className="mt-1 font-sans text-sm font-semibold text-accent">
          {error}
        </p>
      )}
    </div>
  );
}
