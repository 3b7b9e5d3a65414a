import { describe, expect, it } from 'vitest';
import {
  CURATED_HOSTS,
  hostCovered,
  matchPatternsFor,
  pageState,
  parseSiteInput,
  siteAccess,
  siteHostOf,
} from '../../lib/sites/access';
import { badgeFor, badgeForLoadingTab } from '../../lib/sites/badge';
import { reconcile, scriptIdFor, SiteRegistrar } from '../../lib/sites/registration';
import { commandDirection } from '../../lib/sites/commands';
import { fakeSiteApis } from '../fixtures/fakes';

const noLists = { enabled: [], disabled: [] };

describe('where the extension runs', () => {
  it('names a site by its host without www', () => {
    expect(siteHostOf('https://www.Spiegel.de/politik/ausland/x.html')).toBe('spiegel.de');
    expect(siteHostOf('http://127.0.0.1:8080/a.html')).toBe('127.0.0.1');
    expect(siteHostOf('chrome://extensions')).toBeNull();
    expect(siteHostOf('not a url')).toBeNull();
  });

  it('reads what a reader types as a site', () => {
    expect(parseSiteInput(' https://www.example.org/news?id=1 ')).toBe('example.org');
    expect(parseSiteInput('News.Example.com')).toBe('news.example.com');
    expect(parseSiteInput('localhost')).toBeNull();
    expect(parseSiteInput('')).toBeNull();
    expect(parseSiteInput('two words')).toBeNull();
  });

  it('covers subdomains of a listed site but not look-alikes', () => {
    expect(hostCovered('m.spiegel.de', ['spiegel.de'])).toBe(true);
    expect(hostCovered('notspiegel.de', ['spiegel.de'])).toBe(false);
  });

  it('runs on curated news sites, on sites the reader enabled, and nowhere the reader switched off', () => {
    expect(CURATED_HOSTS).toContain('tagesschau.de');
    expect(CURATED_HOSTS).toContain('kyivindependent.com');
    expect(siteAccess('www.tagesschau.de', noLists)).toBe('curated');
    expect(siteAccess('blog.example.org', noLists)).toBe('not-enabled');
    expect(siteAccess('blog.example.org', { enabled: ['example.org'], disabled: [] })).toBe('enabled');
    expect(siteAccess('tagesschau.de', { enabled: [], disabled: ['tagesschau.de'] })).toBe('disabled');
  });

  it('pauses everywhere until the pause ends', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(pageState('curated', { pausedUntil: now + 1000 }, now)).toBe('paused');
    expect(pageState('curated', { pausedUntil: now - 1 }, now)).toBe('active');
    expect(pageState('disabled', { pausedUntil: null }, now)).toBe('off');
    expect(pageState('not-enabled', { pausedUntil: null }, now)).toBe('off');
  });

  it('shows off, paused or the number of mentions on the toolbar icon', () => {
    expect(badgeFor('off', 12).text).toBe('off');
    expect(badgeFor('paused', 12).text).toBe('❚❚');
    expect(badgeFor('active', 12).text).toBe('12');
    expect(badgeFor('active', 0).text).toBe('');
    expect(badgeFor('active', 4321).text).toBe('999+');
  });

  it('says "off" for a loading tab whose address the extension may not read, and leaves the rest to the content script', () => {
    expect(badgeForLoadingTab(undefined)?.text).toBe('off');
    expect(badgeForLoadingTab('https://www.spiegel.de/')).toBeNull();
  });

  it('maps the manifest commands to directions', () => {
    expect(commandDirection('next-mention')).toBe('next');
    expect(commandDirection('previous-mention')).toBe('previous');
    expect(commandDirection('_execute_action')).toBeNull();
  });
});

describe('dynamically registered content scripts', () => {
  it('registers what is wanted and unregisters only its own leftovers', () => {
    expect(reconcile(['a.org', 'b.org'], [scriptIdFor('a.org'), scriptIdFor('old.org'), 'someone-else'])).toEqual({
      register: ['b.org'],
      unregister: [scriptIdFor('old.org')],
    });
  });

  it('enables a site only with its permission, and runs the script in the reader’s tab', async () => {
    const apis = fakeSiteApis([], { tabs: { 7: 'https://example.org/politik' } });
    const registrar = new SiteRegistrar(apis);
    expect(await registrar.enable('example.org', 7)).toBe(false);
    expect(apis.scripts.size).toBe(0);
    matchPatternsFor('example.org').forEach((origin) => apis.granted.add(origin));
    expect(await registrar.enable('example.org', 7)).toBe(true);
    expect(await registrar.enable('example.org')).toBe(true); // twice is harmless
    expect([...apis.scripts.values()].map((script) => script.matches)).toEqual([
      ['*://example.org/*', '*://*.example.org/*'],
    ]);
    expect(apis.injected).toEqual([7]);
  });

  it('forgets a site: unregistered and its permission given back', async () => {
    const apis = fakeSiteApis(matchPatternsFor('example.org'));
    const registrar = new SiteRegistrar(apis);
    await registrar.enable('example.org');
    await registrar.forget('example.org');
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.size).toBe(0);
  });

  it('syncs to the enabled list, skipping sites whose permission was revoked', async () => {
    const apis = fakeSiteApis([...matchPatternsFor('a.org'), ...matchPatternsFor('c.org')]);
    const registrar = new SiteRegistrar(apis);
    await registrar.enable('c.org');
    await registrar.sync(['a.org', 'b.org']);
    expect([...apis.scripts.keys()]).toEqual([scriptIdFor('a.org')]);
  });
});
