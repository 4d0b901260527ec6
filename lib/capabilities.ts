/** The newsroom's roles and what each may do: the one table every server-side check reads. */
export const roles = ["journalist", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

const journalist = [
  "desk.view", // open the desk at all
  "story.create",
  "story.editOwn", // their own drafts and returned stories (canEditWorkingCopy, lib/story/workflow.ts)
  "media.upload", // upload and caption photos
  "story.submit",
  "story.proposeEdit", // propose an edit to their own published story
  "account.self", // change their own password and profile
  "live.post", // post, edit and remove updates of a live story they report (writer or byline)
  "budget.view", // the story budget: the day's and week's plans, their own assignments among them
] as const;

const editor = [
  ...journalist,
  "story.editAny",
  "media.editAny", // change any photo's library alt text, caption and credit (journalists: their own uploads)
  "story.return",
  "story.approve",
  "story.schedule",
  "story.publish", // publish and unpublish
  "author.manage",
  "frontpage.manage", // the front page layout and the breaking-news banner
  "live.manage", // make a published story live and end its coverage
  "budget.manage", // plan stories on the budget and assign them to reporters (which makes their drafts)
] as const;

const admin = [...editor, "staff.manage", "settings.manage"] as const;

export type Capability = (typeof admin)[number];

export const capabilitiesByRole: Record<Role, ReadonlySet<Capability>> = {
  journalist: new Set(journalist),
  editor: new Set(editor),
  admin: new Set(admin),
};

export const allCapabilities: readonly Capability[] = admin;

export function roleCan(role: Role, capability: Capability): boolean {
  return capabilitiesByRole[role].has(capability);
}

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (roles as readonly string[]).includes(value);
}
