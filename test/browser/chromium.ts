import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';

/** Debian's chromium package; a test tool's own browser download cannot work here (issue 6). */
export const CHROMIUM = '/usr/bin/chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * `describe` when chromium is there or in CI (`CI=true`, where a missing browser must fail the
 * run); otherwise `describe.skip` with a notice, so a developer without chromium sees why.
 */
export function describeInBrowser(): typeof describe | typeof describe.skip {
  if (existsSync(CHROMIUM) || process.env.CI === 'true') return describe;
  console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install chromium); in CI they run`);
  return describe.skip;
}

/** A browser with a fresh user-data-dir; `close` also removes the profile. */
export interface Session {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launches chromium with the flags of issue 6 and a fresh profile directory. */
export async function launch(
  options: { bypassCSP?: boolean; width?: number; height?: number } = {},
): Promise<Session> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: FLAGS,
    viewport: { width: options.width ?? 1400, height: options.height ?? 1000 },
    bypassCSP: options.bypassCSP ?? false,
    offline: true,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * One chromium for the enclosing `describe` block: launched before its tests, closed after.
 * Call it inside the block; the returned function gives the running session.
 */
export function useSession(): () => Session {
  let session: Session | undefined;
  beforeAll(async () => {
    session = await launch();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });
  return () => {
    if (!session) throw new Error('chromium did not start');
    return session;
  };
}

/** Writes a page under test-output/browser/ and returns its file:// URL. */
export function writePage(name: string, html: string): string {
  const dir = resolve('test-output/browser');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  writeFileSync(path, html);
  return pathToFileURL(path).href;
}

/** What a page did while it was open: console errors, uncaught errors, requests other than itself. */
export interface PageLog {
  errors: string[];
  requests: string[];
}

/** Opens a URL in a new page and records its errors and every request other than the page itself. */
export async function open(session: Session, url: string): Promise<{ page: Page; log: PageLog }> {
  const page = await session.context.newPage();
  const log: PageLog = { errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('request', (r) => {
    if (r.url() !== url) log.requests.push(r.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, log };
}

/** True when the element's centre is on screen and the element (not the sticky bar) is what shows there. */
export async function onScreen(el: Locator): Promise<boolean> {
  return el.evaluate((node) => {
    // A mark that wraps over two lines has a bounding box wider than either line: probe its first line.
    const r = node.getClientRects()[0] ?? node.getBoundingClientRect();
    const [x, y] = [r.left + Math.min(r.width / 2, 4), r.top + r.height / 2];
    if (r.top < 0 || r.bottom > window.innerHeight) return false;
    const hit = document.elementFromPoint(x, y);
    return hit !== null && (hit === node || node.contains(hit));
  });
}
