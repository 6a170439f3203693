/**
 * The HTML export as a reader sees it: rendered in headless Chromium. Checks the layout
 * (measure, hierarchy, no sideways scroll on a phone, light/dark, print), that the page
 * makes no request, and that an XSS corpus runs no script. Screenshots are saved to
 * test-results/browser/. Skips, saying why, where Chromium is not installed.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/clean.js';
import { toHtml } from '../../src/exporters/html.js';
import { ROOT, SHARED } from '../helpers/corpus.js';
import { ARTIFACTS, HAVE_CHROMIUM, launchChromium, type RunningBrowser, SKIP_NOTE } from '../helpers/chromium.js';
import { XSS_PAYLOADS, xssArticle } from '../fixtures/xss-corpus.js';

// The seed when ../shared is beside the project, else one of the project's own fixtures with headings and a pull quote.
const SEED = path.join(SHARED, 'corpus/seed/input.txt');
const INPUT = fs.existsSync(SEED) ? SEED : path.join(ROOT, 'fixtures/heldout/ho-06-magazine-credits/input.txt');
const NAME = fs.existsSync(SEED) ? 'seed' : 'ho-06-magazine-credits';
const PAGE_URL = 'http://article.test/';

if (!HAVE_CHROMIUM) console.warn(`browser tests skipped: ${SKIP_NOTE}`);

describe.skipIf(!HAVE_CHROMIUM)(`HTML export in Chromium${HAVE_CHROMIUM ? '' : ` (skipped: ${SKIP_NOTE})`}`, () => {
  let chromium: RunningBrowser;
  const html = toHtml(cleanArticle(fs.readFileSync(INPUT), { path: path.basename(INPUT) }), { withBoilerplate: false });

  beforeAll(async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    chromium = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await chromium?.close();
  });

  /**
   * A page at a made-up address whose only response is `content` (request interception,
   * no network): a real navigation, so the page's own CSP applies and the hooks below are
   * installed first. Any other request is recorded and refused.
   */
  async function open(content: string, width: number, setup?: (page: Page) => Promise<void>) {
    const page = await chromium.browser.newPage();
    const requests: string[] = [];
    await page.setRequestInterception(true);
    page.on('request', (req) => {
      if (req.url() === PAGE_URL) return void req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: content });
      requests.push(req.url());
      return void req.abort();
    });
    await page.setViewport({ width, height: 900 });
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __xssHit: () => void; __violations: string[]; __xss?: number };
      w.__xssHit = () => void (w.__xss = 1);
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await setup?.(page);
    await page.goto(PAGE_URL, { waitUntil: 'load' });
    return { page, requests };
  }

  it('sets the text at a readable measure, the headline above the headings above the body', async () => {
    const { page, requests } = await open(html, 1280);
    const m = await page.evaluate(() => {
      const size = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      // Characters per full line in the body's long paragraphs: what a reader's eye travels.
      const perLine: number[] = [];
      for (const p of document.querySelectorAll<HTMLElement>('article section > p')) {
        const lineHeight = parseFloat(getComputedStyle(p).lineHeight);
        const lines = Math.round(p.getBoundingClientRect().height / lineHeight);
        if (lines >= 3) perLine.push(p.textContent!.length / lines);
      }
      const zero = document.createElement('span');
      zero.textContent = '0'.repeat(100);
      zero.style.cssText = 'position: absolute; white-space: nowrap; visibility: hidden';
      document.querySelector('article section > p')!.append(zero);
      const ch = zero.getBoundingClientRect().width / 100;
      zero.remove();
      return {
        h1: size('h1'),
        h2: size('h2'),
        body: size('article section > p'),
        measureCh: document.querySelector('article')!.getBoundingClientRect().width / ch,
        charsPerLine: perLine.reduce((a, b) => a + b, 0) / perLine.length,
        fontFamily: getComputedStyle(document.body).fontFamily,
      };
    });
    expect(m.charsPerLine).toBeGreaterThanOrEqual(60);
    expect(m.charsPerLine).toBeLessThanOrEqual(80);
    expect(m.measureCh).toBeGreaterThanOrEqual(55);
    expect(m.measureCh).toBeLessThanOrEqual(80);
    expect(m.h1).toBeGreaterThan(m.h2);
    expect(m.h2).toBeGreaterThan(m.body);
    expect(m.h1).toBeGreaterThanOrEqual(1.5 * m.body);
    expect(m.fontFamily).not.toMatch(/^"?Times/);
    console.info(`browser layout at 1280 px: ${m.charsPerLine.toFixed(1)} characters a line, measure ${m.measureCh.toFixed(1)}ch, h1 ${m.h1}px, h2 ${m.h2}px, body ${m.body}px`);
    // The README's picture, docs/html-export.png, is this screenshot of the seed, copied.
    await page.screenshot({ path: path.join(ARTIFACTS, `${NAME}-1280.png`), fullPage: true });
    expect(requests).toEqual([]);
    await page.close();
  }, 60_000);

  it('has no horizontal scroll at 375 px, for the article and for the XSS corpus', async () => {
    for (const [name, content] of [
      [NAME, html],
      ['xss', toHtml(xssArticle(), { withBoilerplate: true })],
    ]) {
      const { page } = await open(content, 375);
      const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      expect(widths.scroll, name).toBeLessThanOrEqual(widths.client);
      if (name === NAME) await page.screenshot({ path: path.join(ARTIFACTS, `${NAME}-375.png`), fullPage: true });
      await page.close();
    }
  }, 60_000);

  it('follows prefers-color-scheme: dark, and prints dark text on white', async () => {
    const colours = async (setup: (page: Page) => Promise<void>) => {
      const { page } = await open(html, 1280, setup);
      const c = await page.evaluate(() => ({ page: getComputedStyle(document.documentElement).backgroundColor, text: getComputedStyle(document.body).color }));
      return { page: c.page, text: c.text, shot: page };
    };
    const light = await colours((p) => p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]));
    const dark = await colours((p) => p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]));
    const print = await colours(async (p) => {
      await p.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
      await p.emulateMediaType('print');
    });
    const luminance = (rgb: string) => rgb.match(/\d+/g)!.slice(0, 3).map(Number).reduce((a, b) => a + b, 0) / 3;
    expect(luminance(light.page)).toBeGreaterThan(200);
    expect(luminance(light.text)).toBeLessThan(60);
    expect(luminance(dark.page)).toBeLessThan(60);
    expect(luminance(dark.text)).toBeGreaterThan(200);
    expect(print.page).toBe('rgb(255, 255, 255)');
    expect(print.text).toBe('rgb(0, 0, 0)');
    await dark.shot.screenshot({ path: path.join(ARTIFACTS, `${NAME}-dark.png`) });
    for (const p of [light.shot, dark.shot, print.shot]) await p.close();
  }, 60_000);

  it('mirrors a right-to-left article: text from the right, the pull quote rule on the right', async () => {
    const article = { ...cleanArticle(fs.readFileSync(INPUT)), language: 'he' };
    const { page } = await open(toHtml(article), 1280);
    const rtl = await page.evaluate(() => {
      const quote = document.querySelector('figure.pullquote');
      const p = document.querySelector('article section > p')!;
      return {
        dir: document.documentElement.dir,
        direction: getComputedStyle(p).direction,
        rule: quote ? [getComputedStyle(quote).borderRightWidth, getComputedStyle(quote).borderLeftWidth] : null,
      };
    });
    expect(rtl.dir).toBe('rtl');
    expect(rtl.direction).toBe('rtl');
    expect(rtl.rule).toEqual(['4px', '0px']); // both candidate inputs have a pull quote
    await page.close();
  }, 60_000);

  /** Everything a script or handler could have left behind. */
  async function scriptTraces(page: Page) {
    // Give timers, autofocus and toggle events their chance. Handlers that need a user
    // (onmouseover…) are covered by the check that no element has an on* attribute.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    return page.evaluate(() => {
      const w = window as unknown as { __xss?: number; __violations: string[] };
      const handlers = [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`),
      );
      const scripts = [...document.scripts].filter((s) => s.type !== 'application/ld+json').length;
      const embeds = document.querySelectorAll('img, svg, iframe, object, video, input, details, math, a[href], meta[http-equiv="refresh"]').length;
      return { xss: w.__xss ?? null, handlers, scripts, embeds, violations: w.__violations };
    });
  }

  it('runs no script from an XSS corpus, as a document (with its CSP) and as a bare fragment (without)', async () => {
    const article = xssArticle();
    const documentHtml = toHtml(article, { withBoilerplate: true });
    // The fragment in a page with no Content-Security-Policy: escaping alone must hold.
    const bare = `<!doctype html><html><head><meta charset="utf-8"><title>fragment</title></head><body>${toHtml(article, { fragment: true, withBoilerplate: true })}</body></html>`;
    for (const [name, content] of [
      ['document', documentHtml],
      ['fragment', bare],
    ]) {
      const { page, requests } = await open(content, 1024);
      const traces = await scriptTraces(page);
      expect(traces, name).toEqual({ xss: null, handlers: [], scripts: 0, embeds: 0, violations: [] });
      // Without a CSP the browser itself asks for /favicon.ico; nothing else may be asked for.
      expect(requests.filter((url) => !(name === 'fragment' && url === `${PAGE_URL}favicon.ico`)), name).toEqual([]);
      // Each payload is on the page as text, exactly.
      const text = await page.evaluate(() => document.querySelector('h1')!.textContent);
      expect(text, name).toBe(XSS_PAYLOADS.join(' '));
      if (name === 'document') await page.screenshot({ path: path.join(ARTIFACTS, 'xss.png'), fullPage: true });
      await page.close();
    }
  }, 120_000);
});
