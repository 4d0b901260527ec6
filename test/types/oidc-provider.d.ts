// oidc-provider's types live in @types/oidc-provider, not installed: the part the SSO spec uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";
  type Account = { accountId: string; claims: () => Promise<Record<string, unknown>> };
  class Grant {
    constructor(init: { clientId: string; accountId: string });
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  }
  type Context = {
    oidc: {
      provider: { Grant: typeof Grant };
      client?: { clientId: string };
      session?: { accountId?: string };
    };
  };
  export default class Provider {
    constructor(
      issuer: string,
      config: Record<string, unknown> & {
        findAccount: (ctx: Context, id: string) => Promise<Account>;
        loadExistingGrant?: (ctx: Context) => Promise<Grant>;
      },
    );
    callback(): (req: IncomingMessage, res: ServerResponse) => void;
  }
}
