// The catalogue's runner: one case = one CLI run in its own temp dir, with a hard timeout,
// and the checks every case must pass (exit code, one-line errors naming the file, no stack
// trace, valid stdout, nothing lost, no stray file in --out-dir).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const BIN = path.join(ROOT, 'bin/article-clean.js');

const STACK = [/^ *at \S/m, /RangeError/, /node:internal/, /FATAL ERROR/, /Maximum call stack/, /heap out of memory/, /Unhandled/i, /^ *at \S+ \(/m];
const TEMP_NAME = /\.tmp|\.\d{6,}$|^\.article-clean|~$/;

const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const core = (w) => w.replace(/[^\p{L}\p{N}]+/gu, '');

/** Everything an article kept: headline, dek, byline lines, headings, blocks, boilerplate. */
function everything(a) {
  const parts = [a.headline ?? '', a.dek ?? ''];
  for (const l of a.byline?.lines ?? []) parts.push(l.text);
  for (const s of a.sections ?? []) {
    parts.push(s.heading ?? '');
    for (const b of s.blocks) parts.push(b.text, b.attribution ?? '', ...(b.items ?? []));
  }
  for (const b of a.boilerplate ?? []) parts.push(b.text);
  return collapse(parts.join(' \u0000 '));
}

/** Words of `text` (by their letters and digits) found in none of the articles; at most 10. */
export function lostWords(text, articles) {
  const all = articles.map(everything).join(' ');
  const kept = new Set(all.split(' ').map(core));
  let joined = null;
  const lost = [];
  for (const line of text.split('\n')) {
    const words = line.split(/\s+/).filter(Boolean);
    if (words[0]?.endsWith(':')) words.shift();
    for (const w of words) {
      const c = core(w);
      if (!c || kept.has(c)) continue;
      joined ??= core(all);
      if (!joined.includes(c)) lost.push(w);
      if (lost.length >= 10) return lost;
    }
  }
  return lost;
}

function listTree(dir) {
  const out = [];
  const walk = (d, rel) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(path.join(d, e.name), r);
      else out.push(r);
    }
  };
  if (fs.existsSync(dir)) walk(dir, '');
  return out.sort();
}

function exec(spec, cwd, timeoutMs) {
  return new Promise((resolve) => {
    const argv = spec.shell ? ['bash', ['-c', spec.shell]] : [process.execPath, [BIN, ...spec.args]];
    const stdio = [spec.stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'];
    const child = spawn(argv[0], argv[1], { cwd, stdio, detached: true, env: { ...process.env, BIN, NO_COLOR: '1', ...spec.env } });
    const out = [];
    const err = [];
    let outBytes = 0;
    child.stdout.on('data', (b) => { outBytes += b.length; if (outBytes < 400e6) out.push(b); });
    child.stderr.on('data', (b) => err.push(b));
    if (spec.stdin !== undefined) {
      child.stdin.on('error', () => {});
      child.stdin.end(spec.stdin);
    }
    let timedOut = false;
    const t0 = Date.now();
    const timer = setTimeout(() => {
      timedOut = true;
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, timedOut, ms: Date.now() - t0, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
  });
}

function parseOut(kind, stdout) {
  if (kind === 'json') {
    // -f json prints one pretty object per input, one after another.
    const docs = [];
    for (const chunk of stdout.split(/\n(?=\{\n)/)) if (chunk.trim()) docs.push(JSON.parse(chunk));
    return docs;
  }
  if (kind === 'jsonl') {
    return stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l));
  }
  return null;
}

/** Runs one case; returns { id, ok, why, ms }. */
export async function runCase(c, { timeoutMs = 40_000 } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  let spec;
  try {
    spec = c.setup(dir);
  } catch (e) {
    return { id: c.id, ok: false, why: `setup failed: ${e.message}`, ms: 0 };
  }
  if (spec.skip) return { id: c.id, ok: true, skipped: spec.skip, why: `skipped: ${spec.skip}`, ms: 0 };
  const r = await exec(spec, dir, spec.timeoutMs ?? timeoutMs);
  const why = [];
  if (r.timedOut) why.push(`hang: killed after ${spec.timeoutMs ?? timeoutMs} ms`);
  else if (r.signal) why.push(`died by ${r.signal}`);
  const codes = spec.codes ?? [0];
  if (!r.timedOut && !codes.includes(r.code)) why.push(`exit ${r.code}, expected ${codes.join('/')}`);
  for (const re of STACK) if (re.test(r.stderr)) { why.push(`stack trace or internal error on stderr (${re})`); break; }
  const errLines = r.stderr.split('\n').filter((l) => l.trim());
  if (r.code !== 0 && !r.timedOut && (spec.errCodes ?? [r.code]).includes(r.code)) {
    if (!errLines.length) why.push('failed with nothing on stderr');
    const maxLines = spec.errLines ?? 1;
    if (errLines.length > maxLines) why.push(`${errLines.length} stderr lines, at most ${maxLines} expected`);
    const bad = errLines.find((l) => !l.startsWith('article-clean'));
    if (bad && !spec.anyStderr) why.push(`stderr line without the tool's prefix: ${JSON.stringify(bad.slice(0, 120))}`);
    for (const n of spec.names ?? []) if (!r.stderr.includes(n)) why.push(`stderr does not name ${JSON.stringify(n)}`);
  }
  if (spec.stderrMatch && !spec.stderrMatch.test(r.stderr)) why.push(`stderr does not match ${spec.stderrMatch}`);
  let docs = null;
  const outKind = spec.out ?? 'json';
  if (!r.timedOut && (outKind === 'json' || outKind === 'jsonl')) {
    try {
      docs = parseOut(outKind, r.stdout);
    } catch (e) {
      why.push(`stdout is not valid ${outKind}: ${e.message.slice(0, 100)}`);
    }
  }
  if (docs && spec.articles !== undefined) {
    const want = spec.articles;
    const okCount = typeof want === 'function' ? want(docs.length) : docs.length === want;
    if (!okCount) why.push(`${docs.length} articles on stdout, expected ${typeof want === 'function' ? 'another count' : want}`);
  }
  if (docs && r.code === 0 && spec.noLoss) {
    const lost = lostWords(spec.noLoss, docs);
    if (lost.length) why.push(`lost words: ${lost.map((w) => JSON.stringify(w.slice(0, 30))).join(' ')}`);
  }
  if (outKind === 'empty' && r.stdout !== '') why.push('stdout should be empty');
  for (const f of spec.forbid ?? []) if (r.stdout.includes(f) || r.stderr.includes(f)) why.push(`output contains forbidden ${JSON.stringify(f)}`);
  if (spec.outDir) {
    const files = listTree(path.join(dir, spec.outDir));
    const stray = files.filter((f) => TEMP_NAME.test(path.basename(f)) && !(spec.outFiles ?? []).includes(f));
    if (stray.length) why.push(`stray files in out dir: ${stray.join(', ')}`);
    if (spec.outFiles && JSON.stringify(files) !== JSON.stringify([...spec.outFiles].sort())) why.push(`out dir holds [${files.join(', ')}], expected [${[...spec.outFiles].sort().join(', ')}]`);
  }
  if (spec.after) {
    try {
      const extra = spec.after(r, dir, docs);
      if (extra) why.push(extra);
    } catch (e) {
      why.push(`after-check threw: ${e.message}`);
    }
  }
  try {
    execFileSync('chmod', ['-R', 'u+rwx', dir], { stdio: 'ignore' });
  } catch { /* best effort */ }
  fs.rmSync(dir, { recursive: true, force: true });
  return { id: c.id, ok: why.length === 0, why: why.join('; '), ms: r.ms, code: r.code };
}
