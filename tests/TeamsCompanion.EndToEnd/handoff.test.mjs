// "Ask a person" in the Agents Playground, across two bot restarts: the Playground user asks,
// and, being the configured support contact too, gets the ticket card in the same personal chat
// (proactively, through the outbox), takes it, answers it, and gets the answer card back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBotAndPlayground, launchBrowser, artifactPath, playgroundChat } from './support.mjs';

const question = 'Mag ik Copilot gebruiken voor notulen?';
const answer = 'Ja, met de Copilot-licentie van je organisatie. Controleer de notulen zelf voor je ze deelt.';
let apps;
let browser;

before(async () => {
  apps = await startBotAndPlayground({ supportContact: true });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  apps?.stop();
});

test('a question reaches the support contact, survives two bot restarts and its answer comes back', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1200 } });
  const { open, say, card } = playgroundChat(page);
  try {
    await open(apps.playgroundUrl);
    await page.getByText(/Welcome to TeamsCompanion|Welkom bij TeamsCompanion/).first().waitFor({ timeout: 30000 });

    // Dutch, so asker and contact read the same texts as in the in-process tests.
    await say('taal nl');
    await page.getByText('Ik praat vanaf nu Nederlands met je.').waitFor({ timeout: 30000 });

    await say(`vraag aan contactpersoon: ${question}`);
    const review = card(question);
    await review.getByRole('button', { name: 'Versturen', exact: true }).waitFor({ timeout: 30000 });
    assert.equal(await review.getByRole('button', { name: 'Verstuur zonder persoonsgegevens' }).count(), 0, 'no personal data in the question');
    await review.getByRole('button', { name: 'Versturen', exact: true }).click();

    // The review card is replaced in place by the confirmation.
    await page.getByText('Verstuurd: vraag 1').waitFor({ timeout: 30000 });
    assert.equal(await page.getByRole('button', { name: 'Versturen', exact: true }).count(), 0, 'the review card was replaced');

    // The ticket card comes proactively: the outbox sends it to the contact's stored personal chat.
    const ticket = card(/^Vraag 1/);
    await ticket.getByRole('button', { name: 'Oppakken', exact: true }).waitFor({ timeout: 30000 });
    assert.match(await ticket.innerText(), /Open: nog niemand heeft dit opgepakt/);
    assert.match(await ticket.innerText(), /Mag ik Copilot gebruiken voor notulen\?/);

    await apps.restartBot();
    await ticket.getByRole('button', { name: 'Oppakken', exact: true }).click();
    await ticket.getByText('Opgepakt door Alex Wilber').waitFor({ timeout: 30000 });
    assert.equal(await ticket.getByRole('button', { name: 'Oppakken', exact: true }).count(), 0, 'the ticket card was updated in place');

    await apps.restartBot();
    await ticket.getByLabel('Je antwoord').fill(answer);
    await ticket.getByRole('button', { name: 'Beantwoorden', exact: true }).click();
    await ticket.getByText('Beantwoord door Alex Wilber').waitFor({ timeout: 30000 });

    // The answer card reaches the asker's personal chat, again through the outbox.
    const answerCard = card('Antwoord op je vraag 1');
    await answerCard.waitFor({ timeout: 30000 });
    assert.match(await answerCard.innerText(), /Controleer de notulen zelf/);
    assert.match(await answerCard.innerText(), /Van Alex Wilber/);
    assert.equal(await page.getByText('Antwoord op je vraag 1').count(), 1, 'the answer came once');
    await page.screenshot({ path: artifactPath('handoff-chat.png'), fullPage: true });
  } catch (error) {
    await page.screenshot({ path: artifactPath('handoff-failure.png'), fullPage: true }).catch(() => {});
    throw new Error(`${error.message}\n${apps.logs()}`);
  } finally {
    await page.close();
  }
});
