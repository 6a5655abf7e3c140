/**
 * Single sign-on wiring against a small fake identity provider on localhost (discovery, JWKS and
 * a token endpoint that signs ID tokens with a key made here). There is no real IdP in this
 * environment: this checks our half of the flow (redirect with PKCE, state and nonce; callback;
 * linking by verified e-mail; the second factor still asked), not any particular provider.
 */
import { createServer, type Server } from 'node:http';
import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';
import { demoEmail } from '../support/session';

const CLIENT_ID = 'wegwijzer-test';
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const kid = 'test-key';
const b64url = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

function idToken(claims: Record<string, unknown>): string {
  const head = b64url({ alg: 'RS256', typ: 'JWT', kid });
  const body = b64url(claims);
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(privateKey);
  return `${head}.${body}.${b64url(signature)}`;
}

describe('single sign-on through OpenID Connect', () => {
  let idp: Server;
  let issuer: string;
  let t: TestApp;
  /** What the fake provider puts in the next ID token. */
  let next: { nonce: string; email: string; sub: string } = { nonce: '', email: '', sub: '' };

  beforeAll(async () => {
    idp = createServer((req, res) => {
      const json = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.url === '/.well-known/openid-configuration') {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          code_challenge_methods_supported: ['S256'],
        });
      }
      if (req.url === '/jwks')
        return json(200, {
          keys: [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', alg: 'RS256' }],
        });
      if (req.url === '/token' && req.method === 'POST') {
        const now = Math.floor(Date.now() / 1000);
        return json(200, {
          access_token: randomUUID(),
          token_type: 'Bearer',
          expires_in: 300,
          id_token: idToken({
            iss: issuer,
            aud: CLIENT_ID,
            sub: next.sub,
            nonce: next.nonce,
            email: next.email,
            email_verified: true,
            iat: now,
            exp: now + 300,
          }),
        });
      }
      json(404, {});
    });
    await new Promise<void>((resolve) => idp.listen(0, '127.0.0.1', resolve));
    issuer = `http://127.0.0.1:${(idp.address() as AddressInfo).port}`;
    t = await startTestApp('pglite', undefined, {
      oidc: {
        issuer,
        clientId: CLIENT_ID,
        clientSecret: 'geheim',
        redirectUri: 'http://127.0.0.1:3000/api/auth/oidc/callback',
        label: 'Aanmelden via de regio',
      },
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => idp.close(resolve));
  });

  async function start() {
    const res = await t.app.inject({ method: 'GET', url: '/api/auth/oidc/start' });
    expect(res.statusCode, res.body).toBe(302);
    const location = new URL(String(res.headers.location));
    const cookie = res.cookies.find((c) => c.name === 'wegwijzer_oidc');
    return { location, cookie: `wegwijzer_oidc=${cookie?.value}` };
  }

  it('offers single sign-on in the session answer and redirects with PKCE, state and nonce', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/session' })).json().singleSignOn).toEqual({
      label: 'Aanmelden via de regio',
      startUrl: '/api/auth/oidc/start',
    });
    const { location } = await start();
    expect(`${location.origin}${location.pathname}`).toBe(`${issuer}/authorize`);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      code_challenge_method: 'S256',
      redirect_uri: 'http://127.0.0.1:3000/api/auth/oidc/callback',
      scope: 'openid email profile',
    });
    for (const p of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(p)).toMatch(/\w{20,}/);
  });

  it('links an existing account by verified e-mail and still asks the GP for the second factor', async () => {
    const { location, cookie } = await start();
    next = { nonce: location.searchParams.get('nonce') ?? '', email: demoEmail('huisarts'), sub: 'gp-123' };
    const callback = await t.app.inject({
      method: 'GET',
      url: `/api/auth/oidc/callback?code=abc&state=${location.searchParams.get('state')}`,
      headers: { cookie },
    });
    expect(callback.statusCode, callback.body).toBe(302);
    expect(callback.headers.location).toBe('/aanmelden');
    const session = callback.cookies.find((c) => c.name === 'wegwijzer_sessie');
    const state = (
      await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { cookie: `wegwijzer_sessie=${session?.value}` },
      })
    ).json();
    expect(state).toMatchObject({
      signedIn: true,
      stage: 'second-factor',
      user: { email: demoEmail('huisarts') },
    });
  });

  it('refuses a callback with a wrong state or for an address without an account', async () => {
    const first = await start();
    next = {
      nonce: first.location.searchParams.get('nonce') ?? '',
      email: demoEmail('huisarts'),
      sub: 'gp-123',
    };
    const forged = await t.app.inject({
      method: 'GET',
      url: '/api/auth/oidc/callback?code=abc&state=vervalst',
      headers: { cookie: first.cookie },
    });
    expect(forged.statusCode).toBe(401);
    const noCookie = await t.app.inject({
      method: 'GET',
      url: `/api/auth/oidc/callback?code=abc&state=${first.location.searchParams.get('state')}`,
    });
    expect(noCookie.statusCode).toBe(401);
    const second = await start();
    next = {
      nonce: second.location.searchParams.get('nonce') ?? '',
      email: 'onbekend@elders.nl',
      sub: 'x-1',
    };
    const unknown = await t.app.inject({
      method: 'GET',
      url: `/api/auth/oidc/callback?code=abc&state=${second.location.searchParams.get('state')}`,
      headers: { cookie: second.cookie },
    });
    expect(unknown.statusCode).toBe(401);
    expect(unknown.json().error.message).toMatch(/via uw organisatie/);
  });
});
