// A real OpenID provider (`oidc-provider`) on loopback, for `pnpm start:oidc` and the tests: demo
// accounts with verified emails, a one-page sign-in that picks or types an account, no consent
// screen (the portals are first-party), and RP-initiated logout. Never for production.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { CompactSign, exportJWK, generateKeyPair } from 'jose';
import Provider from 'oidc-provider';

async function signingKey() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { jwk: { ...jwk, kid: `local-${randomBytes(6).toString('hex')}`, alg: 'RS256', use: 'sig' }, privateKey };
}

function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

function readForm(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) request.destroy();
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

function signInPage({ uid, accounts, clientId, problem }) {
  const buttons = [...accounts.values()]
    .map(
      (a) =>
        `<li><button name="sub" value="${escapeHtml(a.sub)}">${escapeHtml(a.name ?? a.email)} &lt;${escapeHtml(a.email)}&gt;${a.emailVerified === false ? ' (unverified email)' : ''}</button></li>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Local identity provider</title></head>
<body style="font-family: sans-serif; max-width: 36rem; margin: 2rem auto">
<h1>Local identity provider</h1>
<p>Signing in to <b>${escapeHtml(clientId)}</b>. Pick a demo account or type its email.</p>
${problem ? `<p role="alert">${escapeHtml(problem)}</p>` : ''}
<form method="post" action="/interaction/${escapeHtml(uid)}">
<ul>${buttons}</ul>
<label>Email <input name="email" type="email" autocomplete="off"></label>
<button type="submit">Sign in</button>
</form></body></html>`;
}

/**
 * Starts the provider on `host:port` (port 0: one the OS picks) and resolves once it listens.
 * `accounts`: `{ sub, email, emailVerified = true, name? }`; `clients`: `{ clientId, clientSecret,
 * redirectUris, postLogoutRedirectUris }`.
 */
export async function startLocalOidcProvider({ host = '127.0.0.1', port = 0, accounts = [], clients = [] } = {}) {
  const known = new Map(accounts.map((account) => [account.sub, account]));
  const keys = [await signingKey()];
  let tamper = null;
  let provider;
  const server = createServer((request, response) => handle(request, response));
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const issuer = `http://${host}:${server.address().port}`;

  function build() {
    const built = new Provider(issuer, {
      clients: clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: c.redirectUris,
        post_logout_redirect_uris: c.postLogoutRedirectUris ?? [],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      })),
      jwks: { keys: keys.map((key) => key.jwk) },
      cookies: { keys: [randomBytes(32).toString('hex')] },
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
      // The email in the ID token itself, as Entra ID's optional claims put it there.
      conformIdTokenClaims: false,
      findAccount: (_ctx, sub) => {
        const account = known.get(sub);
        if (!account) return undefined;
        return {
          accountId: sub,
          claims: () => ({ sub, email: account.email, email_verified: account.emailVerified !== false, name: account.name ?? account.email }),
        };
      },
      interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
      // First-party portals: the grant is given without a consent screen.
      loadExistingGrant: async (ctx) => {
        const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
        if (grantId) return ctx.oidc.provider.Grant.find(grantId);
        const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
        grant.addOIDCScope('openid email profile');
        await grant.save();
        return grant;
      },
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    });
    // Tests only: re-sign the ID token the token endpoint answers with changed claims (or a key
    // the provider does not publish), as a misconfigured or hostile provider would.
    built.use(async (ctx, next) => {
      await next();
      if (!tamper || ctx.path !== '/token' || !ctx.body?.id_token) return;
      const [header, payload] = ctx.body.id_token.split('.');
      const claims = tamper.claims
        ? tamper.claims(JSON.parse(Buffer.from(payload, 'base64url').toString()))
        : JSON.parse(Buffer.from(payload, 'base64url').toString());
      const key = tamper.foreignKey ? await signingKey() : keys[0];
      const protectedHeader = { ...JSON.parse(Buffer.from(header, 'base64url').toString()), kid: key.jwk.kid };
      ctx.body = { ...ctx.body, id_token: await new CompactSign(Buffer.from(JSON.stringify(claims))).setProtectedHeader(protectedHeader).sign(key.privateKey) };
    });
    return built;
  }
  provider = build();

  async function interaction(request, response, uid) {
    const details = await provider.interactionDetails(request, response);
    if (request.method === 'POST') {
      const form = await readForm(request);
      const email = (form.get('email') ?? '').trim().toLowerCase();
      const account = known.get(form.get('sub') ?? '') ?? [...known.values()].find((candidate) => candidate.email.toLowerCase() === email);
      if (account) {
        await provider.interactionFinished(request, response, { login: { accountId: account.sub } }, { mergeWithLastSubmission: false });
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(signInPage({ uid, accounts: known, clientId: details.params.client_id, problem: `No demo account ${email || 'chosen'}.` }));
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(signInPage({ uid, accounts: known, clientId: details.params.client_id }));
  }

  function handle(request, response) {
    const match = /^\/interaction\/([^/?]+)/.exec(request.url ?? '');
    if (!match) return provider.callback()(request, response);
    interaction(request, response, match[1]).catch((error) => {
      response.writeHead(400, { 'content-type': 'text/plain' });
      response.end(`This sign-in cannot go on: ${error.message}. Start again from the portal.`);
    });
  }

  return {
    issuer,
    /** Adds or replaces an account (by `sub`). */
    addAccount(account) {
      known.set(account.sub, account);
    },
    /** Tests: from now on ID tokens carry `claims(original)` and/or are signed with a key nobody publishes; null stops it. */
    tamperIdTokens(next) {
      tamper = next;
    },
    /**
     * Key rotation: a new signing key is published and used from now on, the old one still
     * published. Sign-ins in progress at the provider start again.
     */
    async rotateSigningKey() {
      keys.unshift(await signingKey());
      provider = build();
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}
