/**
 * Headless Chromium for the browser tests: the system's (Debian package `chromium`), driven
 * by puppeteer-core, which downloads no browser. Where none is installed the tests skip and
 * say why (CHROMIUM_PATH points at another binary).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = fs.existsSync(CHROMIUM);
export const SKIP_NOTE = `no Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`;

/** Where screenshots go: test-results/browser/ (ignored by git; CI keeps it as an artefact). */
export const ARTIFACTS = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../test-results/browser');

export interface RunningBrowser {
  browser: Browser;
  close: () => Promise<void>;
}

/** A fresh profile and a browser that talks to nothing: no sync, no updates, no QUIC, no first-run. */
export async function launchChromium(): Promise<RunningBrowser> {
  const { launch } = await import('puppeteer-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'article-clean-chromium-'));
  const browser = await launch({
    executablePath: CHROMIUM,
    headless: 'shell', // plain --headless (Chromium's own headless mode)
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${profile}`,
    ],
  });
  return {
    browser,
    close: async () => {
      await browser.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
