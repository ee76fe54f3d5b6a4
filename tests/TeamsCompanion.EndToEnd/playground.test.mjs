// The newcomer's path, for real: the bot and the Microsoft 365 Agents Playground run as
// processes; headless Chromium types "tips" in the Playground and must see the tips card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, freePort, startProcess, waitFor, launchBrowser, artifactPath } from './support.mjs';

const botDll = join(repoRoot, 'src', 'TeamsCompanion.Bot', 'bin', process.env.CONFIGURATION ?? 'Debug', 'net10.0', 'TeamsCompanion.Bot.dll');
const playgroundBin = join(repoRoot, 'tests', 'TeamsCompanion.EndToEnd', 'node_modules', '.bin', 'agentsplayground');
let bot;
let playground;
let browser;
let playgroundUrl;
let dataDir;

before(async () => {
  assert.ok(existsSync(botDll), `Build the bot first (dotnet build): ${botDll} is missing.`);
  const botPort = await freePort();
  const playgroundPort = await freePort();
  dataDir = mkdtempSync(join(tmpdir(), 'tc-e2e-'));

  bot = startProcess('dotnet', [botDll], {
    cwd: join(repoRoot, 'src', 'TeamsCompanion.Bot'),
    env: {
      ...process.env,
      ASPNETCORE_ENVIRONMENT: 'Development',
      Urls: `http://127.0.0.1:${botPort}`,
      ConnectionStrings__TeamsCompanion: `Data Source=${join(dataDir, 'e2e.db')}`,
    },
  });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${botPort}/health`)).ok, `the bot on port ${botPort}\n${bot.output()}`);

  playground = startProcess(playgroundBin, ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(playgroundPort)], {
    cwd: dataDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
  });
  playgroundUrl = `http://127.0.0.1:${playgroundPort}`;
  await waitFor(async () => (await fetch(playgroundUrl)).ok, `the Agents Playground on port ${playgroundPort}\n${playground.output()}`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  playground?.stop();
  bot?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('typing "tips" in the Playground shows the tips card, after one welcome card', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(playgroundUrl);
    const editor = page.locator('[data-lexical-editor=true]');
    await editor.waitFor({ timeout: 60000 });

    // The Playground installs the bot on start; the bot greets once, in the user's Teams language.
    await page.getByText(/Welcome to TeamsCompanion|Welkom bij TeamsCompanion/).first().waitFor({ timeout: 30000 });
    assert.equal(await page.getByText(/Welcome to TeamsCompanion|Welkom bij TeamsCompanion/).count(), 1, 'exactly one welcome card');

    await editor.click();
    await page.keyboard.type('tips');
    await page.keyboard.press('Enter');
    await page.getByText(/Tips for working with AI|Tips voor werken met AI/).first().waitFor({ timeout: 30000 });
    const body = await page.innerText('body');
    assert.match(body, /Handreiking §9\.3/);
    assert.match(body, /Handreiking §9\.1/);

    // The user switches to Dutch; the choice holds for the next answer.
    await editor.click();
    await page.keyboard.type('taal nl');
    await page.keyboard.press('Enter');
    await page.getByText('Ik praat vanaf nu Nederlands met je.').waitFor({ timeout: 30000 });
    await editor.click();
    await page.keyboard.type('Mag ik ChatGPT gebruiken?');
    await page.keyboard.press('Enter');
    await page.getByText('Mag ik dit AI-hulpmiddel gebruiken?').waitFor({ timeout: 30000 });
    await page.screenshot({ path: artifactPath('playground-chat.png') });
  } catch (error) {
    await page.screenshot({ path: artifactPath('playground-failure.png') }).catch(() => {});
    throw new Error(`${error.message}\n--- bot output ---\n${bot.output().slice(-4000)}\n--- playground output ---\n${playground.output().slice(-2000)}`);
  } finally {
    await page.close();
  }
});
