import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertBuilt } from '../tools/chromium';

const OUTPUT = resolve(import.meta.dirname, '../../.output');
const RELEASE_BUILDS = ['chrome-mv3', 'firefox-mv3'];
const TEST_BUILDS = ['chrome-mv3-e2e', 'firefox-mv3-e2e'];
// Strings that exist only for tests: the fixture host and the service-worker seam.
const TEST_ONLY_MARKERS = ['127.0.0.1', 'dossierTest'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function textOf(build: string): string {
  const dir = join(OUTPUT, build);
  assertBuilt(dir, build.endsWith('-e2e') ? 'npm run build:test' : 'npm run build && npm run build:firefox');
  return filesUnder(dir)
    .filter((file) => /\.(js|json|html|css)$/.test(file))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  commands?: Record<string, unknown>;
  content_scripts?: Array<{ matches: string[] }>;
  content_security_policy?: unknown;
  name: string;
  description: string;
}

/** What the content script may weigh on every news page it runs on, gzipped: it carries the lexicon (about 19 KB). */
const CONTENT_SCRIPT_BUDGET_BYTES = 60 * 1024;
/** Code that belongs to the background only: Dexie (IndexedDB) and Zod (validation at the edges). */
const BACKGROUND_ONLY_MARKERS = {
  Dexie: ['DatabaseClosedError', 'Dexie'],
  Zod: ['ZodError', '$ZodType', 'invalid_type'],
};

const manifestOf = (build: string): Manifest =>
  JSON.parse(readFileSync(join(OUTPUT, build, 'manifest.json'), 'utf8')) as Manifest;

describe('release builds', () => {
  it.each(RELEASE_BUILDS)('%s carries no test seam', (build) => {
    const text = textOf(build);
    for (const marker of TEST_ONLY_MARKERS) expect(text.includes(marker), `${build} contains ${marker}`).toBe(false);
  });

  it.each(TEST_BUILDS)('%s does carry the seams the release check looks for', (build) => {
    const text = textOf(build);
    for (const marker of TEST_ONLY_MARKERS) expect(text.includes(marker), `${build} lacks ${marker}`).toBe(true);
  });

  it.each(RELEASE_BUILDS)(
    '%s runs only on https news sites at install; every other site is optional, asked for one at a time',
    (build) => {
      const manifest = manifestOf(build);
      expect(manifest.permissions).toEqual(['storage', 'scripting', 'activeTab']);
      expect(manifest.content_security_policy).toBeUndefined();
      const matches = manifest.content_scripts?.flatMap((script) => script.matches) ?? [];
      expect(matches.length).toBeGreaterThan(40);
      for (const pattern of matches) expect(pattern).toMatch(/^https:\/\/\*\.[a-z0-9.-]+\/\*$/);
      // Declared host permissions are exactly the news sites: no <all_urls>, no fixture host.
      expect([...(manifest.host_permissions ?? [])].sort()).toEqual([...matches].sort());
      expect(manifest.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
      expect(Object.keys(manifest.commands ?? {})).toEqual(['next-mention', 'previous-mention']);
    },
  );

  it.each(RELEASE_BUILDS)(
    '%s: the content script stays within its gzipped budget and carries no Dexie or Zod',
    (build) => {
      textOf(build);
      const script = readFileSync(join(OUTPUT, build, 'content-scripts', 'content.js'));
      const gzipped = gzipSync(script, { level: 9 }).length;
      console.log(
        `${build}: content script ${(script.length / 1024).toFixed(1)} KB, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} KB)`,
      );
      expect(gzipped).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
      const text = script.toString('utf8');
      for (const [library, markers] of Object.entries(BACKGROUND_ONLY_MARKERS)) {
        expect(
          markers.filter((marker) => text.includes(marker)),
          `${build}'s content script contains ${library}`,
        ).toEqual([]);
      }
      // The markers are real: the background, which uses both, contains them.
      const background = filesUnder(join(OUTPUT, build))
        .filter((file) => /background/.test(file) && file.endsWith('.js'))
        .map((file) => readFileSync(file, 'utf8'))
        .join('\n');
      for (const markers of Object.values(BACKGROUND_ONLY_MARKERS))
        expect(markers.some((marker) => background.includes(marker))).toBe(true);
    },
  );

  it.each(RELEASE_BUILDS)('%s takes its name and description from _locales in German and English', (build) => {
    const manifest = manifestOf(build);
    expect(manifest.name).toBe('__MSG_extName__');
    expect(manifest.description).toBe('__MSG_extDescription__');
    for (const lang of ['de', 'en']) {
      const messages = JSON.parse(
        readFileSync(join(OUTPUT, build, '_locales', lang, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      expect(messages.extName?.message).toMatch(/^Dossier/);
      expect(messages.extDescription?.message.length).toBeGreaterThan(20);
    }
  });
});
