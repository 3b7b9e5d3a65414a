/**
 * `npm run demo`: serves the bundled sample articles, opens Chromium with the
 * extension loaded and shows it at work. Without a display it runs headless
 * and saves screenshots of the highlighted page, an open card, the popup and
 * the options page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { startFixtureServer } from './fixtureServer';
import { CHROMIUM_PATH, launchChromiumWithExtension } from './chromium';
import { centreOfWord } from '../e2e/pageHelpers';

const OUTPUT_DIR = resolve(import.meta.dirname, '../../demo-output');

function ensureChromium(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  if (process.getuid?.() !== 0)
    throw new Error(`Chromium is missing. Install it with: sudo apt-get install -y chromium`);
  console.log('Installing Debian’s Chromium (apt-get install -y chromium)…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit' });
}

async function main(): Promise<void> {
  ensureChromium();
  const headless = !process.env.DISPLAY;
  const server = await startFixtureServer();
  const browser = await launchChromiumWithExtension({ headless, locale: process.env.DEMO_LOCALE ?? 'de-DE' });
  const page = await browser.context.newPage();
  await page.goto(server.url('article-de.html'));
  await page.waitForFunction(() => CSS.highlights.has('dossier-underline-light'));

  if (!headless) {
    console.log(
      `Chromium is open with Dossier loaded. Sample articles:\n  ${server.url('article-de.html')}\n  ${server.url('article-en.html')}\nHover a marked name. Press Ctrl+C to stop.`,
    );
    await new Promise<void>((done) => browser.context.on('close', () => done()));
    await server.close();
    return;
  }

  mkdirSync(OUTPUT_DIR, { recursive: true });
  const shots: string[] = [];
  const shot = async (target: { screenshot: (options: { path: string }) => Promise<unknown> }, name: string) => {
    const path = resolve(OUTPUT_DIR, name);
    await target.screenshot({ path });
    shots.push(path);
  };
  await shot(page, '1-highlighted-page.png');
  const { x, y } = await centreOfWord(page, 'Rustem Umjerow');
  await page.mouse.move(5, 5);
  await page.mouse.move(x, y, { steps: 5 });
  await page.getByTestId('entity-card').getByTestId('card-name').waitFor();
  await page.waitForTimeout(400); // let the card's fade-in finish
  await shot(page, '2-card.png');

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 260 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByText(/Einträge|entries/).waitFor();
  await shot(popup, '3-popup.png');

  const options = await browser.context.newPage();
  await options.setViewportSize({ width: 800, height: 420 });
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByRole('radiogroup').or(options.getByRole('group')).first().waitFor();
  await shot(options, '4-options.png');

  await browser.close();
  await server.close();
  console.log(
    `No display found, so Chromium ran headless. Screenshots:\n${shots.map((path) => `  ${path}`).join('\n')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
