/**
 * What the desk tells people about (issue 17): the kinds, who gets each by default by email, and the words of the
 * notification and its mail. Pure, so the workflow table can name a kind and the desk can label the checkboxes.
 */
export const notificationKinds = [
  "submitted",
  "returned",
  "published",
  "scheduleLate",
  "scheduleFailed",
  "assigned",
  "lockTaken",
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const isNotificationKind = (v: unknown): v is NotificationKind =>
  typeof v === "string" && (notificationKinds as readonly string[]).includes(v);

/** The preference form's labels: what arrives, said from the reader's side. */
export const notificationLabels: Record<NotificationKind, string> = {
  submitted: "A story is submitted for review",
  returned: "Your story is returned with a note",
  published: "A story you wrote is published",
  scheduleLate: "A scheduled story went out late",
  scheduleFailed: "A scheduled story could not go out",
  assigned: "A planned story is assigned to you",
  lockTaken: "An editor takes over a story you were editing",
};

/** Mail for these unless the person says otherwise: they ask the reader to act. The rest stay in the desk. */
export const emailByDefault: Record<NotificationKind, boolean> = {
  submitted: false,
  returned: true,
  published: false,
  scheduleLate: false,
  scheduleFailed: true,
  assigned: true,
  lockTaken: false,
};

export type NotificationFacts = { actor: string | null; headline: string; note?: string };

/** The one line the desk lists, and the mail's subject. */
export function notificationText(kind: NotificationKind, f: NotificationFacts): string {
  const who = f.actor ?? "The scheduler";
  const story = `“${f.headline.trim() || "Untitled"}”`;
  switch (kind) {
    case "submitted":
      return `${who} submitted ${story} for review.`;
    case "returned":
      return `${who} returned ${story} to you.`;
    case "published":
      return `${story} is published.`;
    case "scheduleLate":
      return `${story} was published late by the scheduler.`;
    case "scheduleFailed":
      return `${story} could not be published at its scheduled time.`;
    case "assigned":
      return `${who} assigned ${story} to you.`;
    case "lockTaken":
      return `${who} took over ${story} while you were editing it.`;
  }
}

/** The mail's plain text: the line, the note when there is one, and the link to the story on the desk. */
export function notificationMailText(kind: NotificationKind, f: NotificationFacts, link: string): string {
  const note = f.note?.trim() ? `\n\n${f.note.trim()}` : "";
  return `${notificationText(kind, f)}${note}\n\nOpen the story: ${link}\n\nChoose which mails you get on the desk's Notifications page.\n`;
}
