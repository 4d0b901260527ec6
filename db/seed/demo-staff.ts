/** Demo desk logins for development and tests only; the seed refuses to create them in production. */
export const demoStaff = [
  { email: "admin@example.com", name: "Alex Admin", role: "admin", password: "demo-admin-pass-2026" },
  { email: "editor@example.com", name: "Erin Editor", role: "editor", password: "demo-editor-pass-2026" },
  {
    email: "sarah.kim@example.com",
    name: "Sarah Kim",
    role: "journalist",
    password: "demo-reporter-pass-2026",
    authorSlug: "sarah-kim",
  },
] as const;
