// Every card sample written by the .NET card tests is parsed, validated and rendered by the
// official Adaptive Cards renderer in Chromium, at phone width (360 px), and must not overflow.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { launchBrowser, repoRoot, artifactPath } from './support.mjs';

const require = createRequire(import.meta.url);
const samplesDir = join(repoRoot, 'cards', 'samples');
const rendererBundle = require.resolve('adaptivecards/dist/adaptivecards.js');
let browser;
let page;

before(async () => {
  assert.ok(existsSync(samplesDir), `No card samples in ${samplesDir}: run the .NET tests first (scripts/test.sh does).`);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 360, height: 800 } });
  await page.setContent('<html><body style="margin:0"><div id="host" style="width:360px"></div></body></html>');
  await page.addScriptTag({ path: rendererBundle });
});

after(async () => {
  await browser?.close();
});

const samples = existsSync(samplesDir) ? readdirSync(samplesDir).filter((f) => f.endsWith('.json')).sort() : [];

test('there are card samples for both languages', () => {
  assert.ok(samples.some((s) => s.endsWith('.nl.json')), 'Dutch samples');
  assert.ok(samples.some((s) => s.endsWith('.en.json')), 'English samples');
});

for (const sample of samples) {
  test(`card ${sample} is valid Adaptive Card 1.5 and fits a phone screen`, async () => {
    const json = JSON.parse(readFileSync(join(samplesDir, sample), 'utf8'));
    const result = await page.evaluate((cardJson) => {
      const AC = window.AdaptiveCards;
      const context = new AC.SerializationContext();
      const card = new AC.AdaptiveCard();
      card.parse(cardJson, context);
      const parseEvents = [];
      for (let i = 0; i < context.eventCount; i++) {
        const e = context.getEventAt(i);
        parseEvents.push(`${e.phase}/${e.event}: ${e.message}`);
      }
      const validation = card.validateProperties();
      const validationEvents = validation.validationEvents.map((e) => `${e.phase}/${e.event}: ${e.message}`);
      const host = document.getElementById('host');
      host.innerHTML = '';
      const rendered = card.render();
      host.appendChild(rendered);
      const overflow = [...host.querySelectorAll('*')].filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'hidden').length;
      return { parseEvents, validationEvents, rendered: !!rendered, text: host.innerText, overflow, width: host.scrollWidth };
    }, json);

    assert.deepEqual(result.parseEvents, [], 'the renderer reports no parse problems');
    assert.deepEqual(result.validationEvents, [], 'the renderer reports no validation problems');
    assert.ok(result.rendered, 'the card renders');
    assert.ok(result.text.trim().length > 0, 'the rendered card has text');
    assert.ok(result.width <= 360, `the card is no wider than a phone (was ${result.width}px)`);
    if (['tips.nl', 'welcome.nl', 'tool-chatgpt.nl', 'check-result.nl', 'check-form.nl'].some((name) => sample.startsWith(name))) {
      await page.locator('#host').screenshot({ path: artifactPath(`phone-${sample.replace('.json', '')}.png`) });
    }
  });
}
