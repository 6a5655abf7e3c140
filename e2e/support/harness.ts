/**
 * What every browser test file shares: the real server and Chromium, started once before the
 * file's tests and stopped after them, and fresh pages against that server, signed in as a demo
 * account when one is named. Call it inside `describe`:
 *
 *   const app = browserTestHarness();
 *   it('...', async () => {
 *     const { page, errors } = await app.open('huisarts');
 *     await page.goto('/verwijzingen');
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { DemoAccountKey } from '../../test/support/session';
import { launchBrowser, openPage } from './browser';
import { startTestServer, type TestServer } from './server';
import { signInPage } from './sign-in';

export interface BrowserHarness {
  /** The server's base URL without a trailing slash; valid once the tests run. */
  readonly url: string;
  /** A page in a browser context of its own (Dutch, laptop-sized unless told), with its errors. */
  open(
    account?: DemoAccountKey,
    viewport?: { width: number; height: number },
  ): Promise<{ page: Page; errors: string[] }>;
}

export function browserTestHarness(): BrowserHarness {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const running = () => {
    if (!server || !browser) throw new Error('the browser test harness is used outside its tests');
    return { server, browser };
  };
  return {
    get url() {
      return running().server.url;
    },
    async open(account, viewport) {
      const { server: s, browser: b } = running();
      const opened = await openPage(b, s.url, viewport);
      if (account) await signInPage(opened.page, s.url, account);
      return opened;
    },
  };
}
