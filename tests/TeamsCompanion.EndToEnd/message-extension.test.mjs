// "Controleer voor delen" in the Agents Playground: from the compose box and on a message, the
// check shows masked findings, and its fixes land in the compose box.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBotAndPlayground, launchBrowser, artifactPath } from './support.mjs';

const draft = 'Beste collega, het BSN van mevrouw Jansen is 111222333. Groet, Piet';
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

async function withPage(name, run) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  try {
    await page.goto(apps.playgroundUrl);
    await page.locator('[data-lexical-editor=true]').waitFor({ timeout: 60000 });

    // The first page to connect makes the Playground install the bot; a dialog opened while the
    // greeting arrives stays empty. Later pages get no greeting, so this wait is allowed to time out.
    await page.getByText(/Welcome to TeamsCompanion|Welkom bij TeamsCompanion/).first().waitFor({ timeout: 8000 }).catch(() => {});
    await page.waitForTimeout(500);
    await run(page);
    await page.screenshot({ path: artifactPath(`${name}.png`) });
  } catch (error) {
    await page.screenshot({ path: artifactPath(`${name}-failure.png`) }).catch(() => {});
    throw new Error(`${error.message}\n${apps.logs()}`);
  } finally {
    await page.close();
  }
}

// The Playground asks which command to run; it does not read the manifest.
async function openCheckDialog(page) {
  await page.getByPlaceholder('Input command id or leave blanks').fill('checkBeforeSharing');
  await page.getByRole('button', { name: 'Create' }).click();
}

async function checkFromCompose(page, { text = draft, citizens = false, ai = false, expect = /(Let op|Attention): 3 / } = {}) {
  await page.getByRole('button', { name: 'Trigger Message Extension App' }).click();
  await page.getByRole('menuitem', { name: 'Action Command' }).click();
  await openCheckDialog(page);
  const dialog = page.getByRole('dialog');
  await dialog.locator('textarea').fill(text);
  if (citizens) await dialog.getByText(/^(Bestemd voor burgers|For citizens)$/).click();
  if (ai) await dialog.getByText(/^(Gemaakt met hulp van AI|Made with help of AI)$/).click();
  await dialog.getByRole('button', { name: /^(Controleer|Check)$/ }).click();
  await dialog.getByText(expect).first().waitFor({ timeout: 30000 });
  return dialog;
}

test('from the compose box: findings are masked and the redacted draft is inserted', async () => {
  await withPage('message-extension-redact', async (page) => {
    const dialog = await checkFromCompose(page);

    const shown = await dialog.innerText();
    assert.match(shown, /•••••2333/);
    assert.doesNotMatch(shown, /111222333|Jansen|Piet/);
    assert.match(shown, /Handreiking §9\.1/);

    await dialog.getByRole('button', { name: /^(Vervang persoonsgegevens|Replace personal data)$/ }).click();
    await page.getByText('[BSN]').first().waitFor({ timeout: 30000 });
    const compose = await page.innerText('body');
    assert.match(compose, /het BSN van mevrouw \[naam\] is \[BSN\]/);
  });
});

test('from the compose box: a text for citizens made with AI gets the disclosure line inserted', async () => {
  await withPage('message-extension-disclosure', async (page) => {
    const letter = 'Beste inwoner, de afvalinzameling verandert per 1 januari. De container gaat dan om de week.';
    const dialog = await checkFromCompose(page, { text: letter, citizens: true, ai: true, expect: /(Geen AI-vermelding|No AI disclosure)/ });

    await dialog.getByRole('button', { name: /^(Voeg AI-vermelding toe|Add AI disclosure)$/ }).click();
    await page.getByText(/(gemaakt met hulp van AI|made with the help of AI)/).first().waitFor({ timeout: 30000 });
    assert.match(await page.innerText('body'), /afvalinzameling verandert/);
  });
});

test('on a message: the check runs at once and shows nothing unmasked', async () => {
  await withPage('message-extension-on-message', async (page) => {
    // In a group chat the bot answers only when mentioned, so the user's message is the last one.
    await page.getByRole('treeitem', { name: 'Group Chat' }).click();
    const editor = page.locator('[data-lexical-editor=true]');
    await editor.click();
    await page.keyboard.type(draft);
    await page.keyboard.press('Enter');
    await page.getByText(draft).first().waitFor({ timeout: 30000 });

    await page.getByText(draft).first().hover();
    await page.getByRole('button', { name: 'Show more information' }).last().click();
    await page.getByRole('menuitem', { name: 'Action Command' }).click();
    await openCheckDialog(page);

    const dialog = page.getByRole('dialog');
    await dialog.getByText(/(Let op|Attention): 3 /).waitFor({ timeout: 30000 });
    const shown = await dialog.innerText();
    assert.match(shown, /•••••2333/);
    assert.doesNotMatch(shown, /111222333|Jansen|Piet/);
  });
});
