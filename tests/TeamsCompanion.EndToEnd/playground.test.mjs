// The newcomer's path, for real: the bot and the Microsoft 365 Agents Playground run as
// processes; headless Chromium types "tips" in the Playground and must see the tips card.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBotAndPlayground, launchBrowser, artifactPath } from './support.mjs';

let apps;
let browser;

before(async () => {
  apps = await startBotAndPlayground();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  apps?.stop();
});

test('typing "tips" in the Playground shows the tips card, after one welcome card', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(apps.playgroundUrl);
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
    throw new Error(`${error.message}\n${apps.logs()}`);
  } finally {
    await page.close();
  }
});
