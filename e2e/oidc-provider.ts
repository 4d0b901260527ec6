import http from "node:http";

/**
 * A real OpenID Connect provider for the SSO spec (the oidc-provider package), on its own port. Its development
 * login page accepts any login: the login typed there is the account, and its email claim. A login starting with
 * "unverified." has email_verified false. Consent is granted without a page, as a Workspace admin's would be.
 */
export type TestIdp = { issuer: string; stop: () => Promise<void> };

export async function startOidcProvider(opts: {
  port: number;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
}): Promise<TestIdp> {
  // ESM only; loaded when a spec needs it.
  const { default: Provider } = await import("oidc-provider");
  const issuer = `http://127.0.0.1:${opts.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: opts.clientId,
        client_secret: opts.clientSecret,
        redirect_uris: [opts.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    // Google and Entra put the email in the ID token, which is what Auth.js reads.
    conformIdTokenClaims: false,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ["sso-spec-cookie-key-0123456789"] },
    async findAccount(_ctx, id) {
      const email = id.replace(/^unverified\./, "");
      return {
        accountId: id,
        claims: async () => ({ sub: id, email, email_verified: !id.startsWith("unverified."), name: email }),
      };
    },
    async loadExistingGrant(ctx) {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(opts.port, "127.0.0.1", resolve));
  return {
    issuer,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
