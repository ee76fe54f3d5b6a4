// New rules reach everyone: the Playground user talks to the bot once (so their personal chat is
// stored), an administrator publishes a changed pack with the command line against the bot's own
// database, the announcement card arrives in the Playground chat through the outbox, the user
// presses "Gelezen en begrepen", and "policy status" counts it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBotAndPlayground, launchBrowser, artifactPath, runCli, repoRoot, waitFor, playgroundChat } from './support.mjs';

const newRuleTitle = 'Geen gratis AI-tools met werkgegevens';
const newRule = `
  - id: regel-e2e-geen-gratis-tools
    topic: beveiliging
    title:
      nl: "${newRuleTitle}"
      en: "No free AI tools with work data"
    text:
      nl: "Gebruik voor werk alleen AI-tools die je organisatie heeft goedgekeurd."
      en: "Use only AI tools your organisation has approved for work."
    source: "Handreiking §4.3"
`;
const notes = 'Gratis AI-tools zijn niet meer toegestaan voor werk.';
let apps;
let browser;
let pack;

before(async () => {
  // A fast outbox and version check, so the card comes within a second or two.
  apps = await startBotAndPlayground({ env: { Outbox__PollInterval: '00:00:00.500', Reminders__VersionCheckInterval: '00:00:01' } });
  browser = await launchBrowser();
  // The shipped pack with one rule added: what an administrator would publish.
  pack = mkdtempSync(join(tmpdir(), 'tc-e2e-pack-'));
  cpSync(join(repoRoot, 'policy', 'default'), pack, { recursive: true });
  appendFileSync(join(pack, 'rules.yaml'), newRule);
});

after(async () => {
  await browser?.close();
  apps?.stop();
  if (pack) rmSync(pack, { recursive: true, force: true });
});

// The command line on the bot's database file, from the bot's temporary folder (no appsettings.json there).
const cli = (...args) => runCli(args, { cwd: apps.dataDir, env: { ConnectionStrings__TeamsCompanion: apps.connectionString } });

async function status() {
  const result = await cli('policy', 'status', '--format', 'json');
  assert.equal(result.code, 0, `policy status failed:\n${result.stdout}${result.stderr}`);
  return JSON.parse(result.stdout);
}

test('a published version reaches the Playground chat, is acknowledged there and counted by policy status', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1400 } });
  const { open, say, card } = playgroundChat(page);
  try {
    await open(apps.playgroundUrl);
    await page.getByText(/Welcome to TeamsCompanion|Welkom bij TeamsCompanion/).first().waitFor({ timeout: 30000 });
    const cardsBefore = await page.locator('.ac-adaptiveCard').count();

    // Talking to the bot stores the personal chat: only stored chats get the announcement.
    await say('hallo');
    await waitFor(async () => (await page.locator('.ac-adaptiveCard').count()) > cardsBefore, 'the answer to "hallo"', 30000);
    // The Playground's locale is en-US. A proactive card has no locale to go by (it follows the
    // stored choice, else Dutch), so choose Dutch, as most staff would have it: all cards alike.
    await say('taal nl');
    await page.getByText('Ik praat vanaf nu Nederlands met je.').waitFor({ timeout: 30000 });

    const published = await cli('policy', 'publish', pack, '--notes', notes, '--by', 'e2e');
    assert.equal(published.code, 0, `policy publish failed:\n${published.stdout}${published.stderr}`);
    assert.match(published.stdout, /version 1 published: 1 ontvangers/);

    // The outbox sends the card to the stored chat; it lists the added rule and the notes.
    const notice = card('De AI-regels zijn veranderd (versie 1)');
    await notice.getByRole('button', { name: 'Gelezen en begrepen', exact: true }).waitFor({ timeout: 30000 });
    const noticeText = await notice.innerText();
    assert.match(noticeText, new RegExp(`Nieuwe regel: ${newRuleTitle}`));
    assert.match(noticeText, /Gratis AI-tools zijn niet meer toegestaan voor werk\./);
    await page.screenshot({ path: artifactPath('reminders-notice.png'), fullPage: true });

    await notice.getByRole('button', { name: 'Gelezen en begrepen', exact: true }).click();
    await page.getByText('Je hebt versie 1 van de AI-regels gelezen en begrepen.').waitFor({ timeout: 30000 });
    assert.equal(await page.getByRole('button', { name: 'Gelezen en begrepen', exact: true }).count(), 0, 'the notice card was replaced by the thanks');
    assert.equal(await page.getByText('De AI-regels zijn veranderd (versie 1)').count(), 0, 'the notice came once and was replaced');

    // The sender marks the row sent just after Teams (here the Playground) accepted it.
    let counted;
    await waitFor(async () => { counted = await status(); return counted.pending === 0 && counted.acknowledged === 1; }, 'policy status to count the acknowledgement', 15000);
    assert.deepEqual(
      { version: counted.version, recipients: counted.recipients, sent: counted.sent, pending: counted.pending, failed: counted.failed, acknowledged: counted.acknowledged },
      { version: 1, recipients: 1, sent: 1, pending: 0, failed: 0, acknowledged: 1 });
    await page.screenshot({ path: artifactPath('reminders-chat.png'), fullPage: true });
  } catch (error) {
    await page.screenshot({ path: artifactPath('reminders-failure.png'), fullPage: true }).catch(() => {});
    throw new Error(`${error.message}\n${apps.logs()}`);
  } finally {
    await page.close();
  }
});
