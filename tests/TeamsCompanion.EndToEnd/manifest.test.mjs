// The Teams app manifest, checked offline: manifest.json against the official v1.22 JSON schema and
// en.json against the v1.22 Localization schema (both from npm @microsoft/app-manifest, read from
// node_modules, never fetched), the icons' PNG headers and pixels, the Teams limits on bot commands,
// and scripts/package-manifest.sh, whose zip is opened and its manifest validated again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateRawSync, inflateSync } from 'node:zlib';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { repoRoot } from './support.mjs';

const require = createRequire(import.meta.url);
const manifestDir = join(repoRoot, 'manifest');
const packageScript = join(repoRoot, 'scripts', 'package-manifest.sh');
const schemaDir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams', 'v1.22');
const manifestSchemaFile = join(schemaDir, 'MicrosoftTeams.schema.json');
const localizationSchemaFile = join(schemaDir, 'MicrosoftTeams.Localization.schema.json');

const sample = {
  TEAMS_APP_ID: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  BOT_APP_ID: '8c1e7a52-0d3b-4c5e-9a57-2f8d1a4b6c90',
  BOT_DOMAIN: 'teamscompanion.example.nl',
};
const placeholders = Object.keys(sample).map((k) => `{{${k}}}`);
const scopes = ['personal', 'team', 'groupChat'];

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const rawManifest = () => readFileSync(join(manifestDir, 'manifest.json'), 'utf8');
const substitute = (text) => text.replace(/\{\{(TEAMS_APP_ID|BOT_APP_ID|BOT_DOMAIN)\}\}/g, (_, k) => sample[k]);
const sampleManifest = () => JSON.parse(substitute(rawManifest()));
const english = () => readJson(join(manifestDir, 'en.json'));

// --- schema validation, offline -------------------------------------------------------------------

/** Every $ref in a schema; a ref to another file must be a local file beside it (no network). */
function collectRefs(node, refs = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => collectRefs(n, refs));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') refs.add(value);
      else collectRefs(value, refs);
    }
  }
  return refs;
}

function compile(schemaFile) {
  // The v1.22 schemas are draft-04 (the manifest schema also uses draft-06's `const`, which
  // ajv-draft-04 supports). No loadSchema: a reference that is not resolved here fails to compile.
  // Patterns are plain ECMA-262 regular expressions, as draft-04 says, not Ajv's default /u ones:
  // the Localization schema has patterns (`\b]`) that are invalid with the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv, ['uri']);
  const loaded = new Set();
  const load = (file) => {
    if (loaded.has(file)) return readJson(file);
    loaded.add(file);
    const schema = readJson(file);
    for (const ref of collectRefs(schema)) {
      const [target] = ref.split('#');
      if (target === '') continue;
      assert.ok(!/^[a-z]+:/i.test(target), `${file} refers to ${ref}, which would have to be fetched`);
      const local = join(dirname(file), target);
      assert.ok(existsSync(local), `${file} refers to ${ref}, which is not in ${schemaDir}`);
      if (!loaded.has(local)) ajv.addSchema(load(local), target);
    }
    return schema;
  };
  return ajv.compile(load(schemaFile));
}

const validateManifest = compile(manifestSchemaFile);
const validateLocalization = compile(localizationSchemaFile);

const problems = (validate) => (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);

function assertValid(validate, json, what) {
  const ok = validate(json);
  assert.ok(ok, `${what} is not valid:\n${problems(validate).join('\n')}`);
}

// --- JSONPath-ish keys of the localization file ----------------------------------------------------

/** "bots[0].commandLists[1].commands[2].title" -> ['bots', 0, 'commandLists', 1, 'commands', 2, 'title'] */
function pathOf(key) {
  const parts = [];
  for (const segment of key.split('.')) {
    const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(segment);
    assert.ok(m, `'${key}' is not a JSONPath-like key`);
    parts.push(m[1], ...[...m[2].matchAll(/\[(\d+)\]/g)].map((i) => Number(i[1])));
  }
  return parts;
}

const lookup = (json, key) => pathOf(key).reduce((node, part) => (node == null ? undefined : node[part]), json);

/**
 * The manifest's strings that a language file translates: name, description, bot commands, and the
 * message extension's commands (title, description, dialog title, sample prompts, and each
 * parameter's title, description, initial value and choice titles), as the Localization schema's
 * patternProperties list them.
 */
function localizableKeys(manifest) {
  const keys = ['name.short', 'name.full', 'description.short', 'description.full'].filter((k) => lookup(manifest, k) !== undefined);
  manifest.bots?.forEach((bot, b) => bot.commandLists?.forEach((list, l) => list.commands.forEach((_, c) => {
    keys.push(`bots[${b}].commandLists[${l}].commands[${c}].title`, `bots[${b}].commandLists[${l}].commands[${c}].description`);
  })));
  manifest.composeExtensions?.forEach((extension, e) => extension.commands?.forEach((command, c) => {
    const at = `composeExtensions[${e}].commands[${c}]`;
    keys.push(`${at}.title`, `${at}.description`, `${at}.taskInfo.title`);
    command.samplePrompts?.forEach((_, i) => keys.push(`${at}.samplePrompts[${i}].text`));
    command.parameters?.forEach((parameter, p) => {
      keys.push(`${at}.parameters[${p}].title`, `${at}.parameters[${p}].description`, `${at}.parameters[${p}].value`);
      parameter.choices?.forEach((_, i) => keys.push(`${at}.parameters[${p}].choices[${i}].title`));
    });
  }));
  return keys.filter((k) => typeof lookup(manifest, k) === 'string');
}

// --- PNG ------------------------------------------------------------------------------------------

/** Reads a PNG: the IHDR fields and, for 8-bit images, the unfiltered pixel rows. */
function readPng(file) {
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is not a PNG`);
  assert.equal(bytes.toString('latin1', 12, 16), 'IHDR', `${file}: the first chunk must be IHDR`);
  const header = {
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes[24],
    colourType: bytes[25],
    interlace: bytes[28],
  };
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[header.colourType];
  let rows;
  if (header.bitDepth === 8 && header.interlace === 0) {
    const data = inflateSync(Buffer.concat(idat));
    const stride = header.width * channels;
    rows = [];
    let previous = Buffer.alloc(stride);
    for (let y = 0; y < header.height; y++) {
      const filter = data[y * (stride + 1)];
      const row = Buffer.from(data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1)));
      for (let i = 0; i < stride; i++) {
        const a = i >= channels ? row[i - channels] : 0;
        const b = previous[i];
        const c = i >= channels ? previous[i - channels] : 0;
        const p = a + b - c;
        const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
        row[i] = (row[i] + [0, a, b, (a + b) >> 1, paeth][filter]) & 0xff;
      }
      rows.push(row);
      previous = row;
    }
  }
  return { ...header, channels, rows };
}

// --- zip ------------------------------------------------------------------------------------------

/** The entries of a zip file from its central directory, each with a way to read its contents. */
function readZip(file) {
  const bytes = readFileSync(file);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, `${file} is not a zip`);
  const count = bytes.readUInt16LE(eocd + 10);
  let at = bytes.readUInt32LE(eocd + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const method = bytes.readUInt16LE(at + 10);
    const compressedSize = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const localHeader = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    entries.push({
      name,
      read: () => {
        const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
        const data = bytes.subarray(start, start + compressedSize);
        if (method === 0) return Buffer.from(data);
        assert.equal(method, 8, `${name}: unexpected compression method ${method}`);
        return inflateRawSync(data);
      },
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function runPackage(args) {
  return spawnSync('bash', [packageScript, ...args], { encoding: 'utf8' });
}

// --- the tests ------------------------------------------------------------------------------------

test('the v1.22 schemas come from the pinned @microsoft/app-manifest in node_modules', () => {
  const pkg = readJson(require.resolve('@microsoft/app-manifest/package.json'));
  assert.equal(pkg.version, '1.1.2');
  assert.equal(readJson(manifestSchemaFile).properties.manifestVersion.const, '1.22');
});

test('manifest.json uses only the three placeholders, and with sample values it is valid against the v1.22 schema', () => {
  const raw = rawManifest();
  const used = [...new Set(raw.match(/\{\{[^}]*\}\}/g))].sort();
  assert.deepEqual(used, [...placeholders].sort(), 'placeholders in manifest.json');
  const manifest = sampleManifest();
  assertValid(validateManifest, manifest, 'manifest.json');
  assert.equal(manifest.manifestVersion, '1.22');
  assert.equal(manifest.id, sample.TEAMS_APP_ID);
});

test('the manifest says what the brief asks: Dutch first, the bot in three scopes, webApplicationInfo, the message extension', () => {
  const manifest = sampleManifest();
  assert.equal(manifest.localizationInfo.defaultLanguageTag, 'nl');
  assert.deepEqual(manifest.localizationInfo.additionalLanguages, [{ languageTag: 'en', file: 'en.json' }]);
  assert.equal(manifest.developer.name, 'TeamsCompanion');
  for (const url of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl']) {
    assert.ok(manifest.developer[url].startsWith(`https://${sample.BOT_DOMAIN}/`), `developer.${url}`);
  }
  assert.equal(manifest.bots.length, 1);
  const [bot] = manifest.bots;
  assert.equal(bot.botId, sample.BOT_APP_ID);
  assert.deepEqual([...bot.scopes].sort(), [...scopes].sort());
  assert.equal(bot.supportsFiles, false);
  assert.equal(bot.isNotificationOnly, false);
  assert.deepEqual(manifest.permissions, ['identity', 'messageTeamMembers']);
  assert.deepEqual(manifest.validDomains, [sample.BOT_DOMAIN]);
  assert.deepEqual(manifest.webApplicationInfo, { id: sample.BOT_APP_ID, resource: `api://${sample.BOT_DOMAIN}/${sample.BOT_APP_ID}` });
  assertMessageExtension(manifest, english());
  assert.match(manifest.description.full, /automatische assistent/, 'the Dutch description says it is an automated assistant');
  assert.match(manifest.description.full, /bewaart de tekst van je berichten niet/, 'the Dutch description says message texts are not stored');
});

/**
 * The message extension (issue 4): exactly the two commands the bot handles, with these ids; the
 * descriptions are checked for being there, not word for word. Both commands have the `compose`
 * context, the only one Outlook offers.
 */
function assertMessageExtension(manifest, en) {
  assert.ok(Array.isArray(manifest.composeExtensions), 'composeExtensions');
  assert.equal(manifest.composeExtensions.length, 1, 'one message extension');
  const [extension] = manifest.composeExtensions;
  assert.deepEqual(Object.keys(extension).sort(), ['botId', 'canUpdateConfiguration', 'commands'], 'composeExtensions[0] keys');
  assert.equal(extension.botId, sample.BOT_APP_ID, 'the message extension runs on the bot');
  assert.equal(extension.canUpdateConfiguration, false);

  const withoutDescriptions = (command) => ({
    ...command,
    description: undefined,
    ...(command.parameters && { parameters: command.parameters.map((p) => ({ ...p, description: undefined })) }),
  });
  const [check, search, ...more] = extension.commands;
  assert.deepEqual(more, [], 'exactly two commands');
  assert.deepEqual(withoutDescriptions(check), {
    id: 'checkBeforeSharing',
    type: 'action',
    title: 'Controleer voor delen',
    description: undefined,
    context: ['message', 'compose', 'commandBox'],
    fetchTask: true,
  }, 'the action command');
  assert.deepEqual(withoutDescriptions(search), {
    id: 'searchGuidance',
    type: 'query',
    title: 'Zoek in de AI-richtlijnen',
    description: undefined,
    context: ['compose', 'commandBox'],
    initialRun: true,
    parameters: [{ name: 'query', title: 'Zoekwoorden', description: undefined, inputType: 'text' }],
  }, 'the search command');
  for (const [what, text] of [['checkBeforeSharing', check.description], ['searchGuidance', search.description], ['the query parameter', search.parameters[0].description]]) {
    assert.equal(typeof text, 'string', `${what}: description`);
    assert.ok(text.trim().length > 0, `${what}: the description is empty`);
  }
  for (const command of extension.commands) {
    assert.ok(command.context.includes('compose'), `${command.id}: Outlook only offers the compose context`);
  }

  const at = 'composeExtensions[0].commands';
  assert.equal(en[`${at}[0].title`], 'Check before sharing');
  assert.equal(en[`${at}[1].title`], 'Search the AI guidance');
  assert.equal(en[`${at}[1].parameters[0].title`], 'Search words');
}

test('the validator is not a rubber stamp: broken manifests are refused', () => {
  const cases = [
    ['bots[0].botId removed', (m) => delete m.bots[0].botId, (e) => e.instancePath === '/bots/0' && e.params.missingProperty === 'botId'],
    ['developer.privacyUrl removed', (m) => delete m.developer.privacyUrl, (e) => e.params.missingProperty === 'privacyUrl'],
    ['id not a GUID', (m) => { m.id = 'not-a-guid'; }, (e) => e.instancePath === '/id' && e.keyword === 'pattern'],
    ['accentColor not a hex colour', (m) => { m.accentColor = 'blue'; }, (e) => e.instancePath === '/accentColor'],
    ['manifestVersion 1.21', (m) => { m.manifestVersion = '1.21'; }, (e) => e.instancePath === '/manifestVersion'],
    ['a property the schema does not know', (m) => { m.bots[0].botID = m.bots[0].botId; }, (e) => e.keyword === 'additionalProperties'],
    ['an unknown scope', (m) => { m.bots[0].scopes.push('meeting'); }, (e) => e.instancePath.startsWith('/bots/0/scopes')],
    ['an unknown command context', (m) => { m.composeExtensions[0].commands[0].context.push('meeting'); }, (e) => e.instancePath.startsWith('/composeExtensions/0/commands/0/context')],
    ['an unknown command type', (m) => { m.composeExtensions[0].commands[1].type = 'search'; }, (e) => e.instancePath === '/composeExtensions/0/commands/1/type'],
    ['a command title over 32 characters', (m) => { m.composeExtensions[0].commands[0].title = 'Controleer dit bericht voor het delen'; }, (e) => e.instancePath === '/composeExtensions/0/commands/0/title' && e.keyword === 'maxLength'],
    ['a second message extension', (m) => { m.composeExtensions.push(structuredClone(m.composeExtensions[0])); }, (e) => e.instancePath === '/composeExtensions' && e.keyword === 'maxItems'],
  ];
  for (const [what, breakIt, expected] of cases) {
    const manifest = sampleManifest();
    breakIt(manifest);
    assert.equal(validateManifest(manifest), false, `${what}: the validator accepted it`);
    assert.ok(validateManifest.errors.some(expected), `${what}: no matching error in\n${problems(validateManifest).join('\n')}`);
  }
  // The file as committed, placeholders and all, is not a valid manifest either (the ids are no GUIDs).
  assert.equal(validateManifest(JSON.parse(rawManifest())), false, 'manifest.json with its placeholders');
});

test('en.json is valid against the v1.22 Localization schema, and a broken one is refused', () => {
  assertValid(validateLocalization, english(), 'en.json');

  const misspelt = { ...english(), 'bots[0].commandLists[0].commands[0].titel': 'tips' };
  assert.equal(validateLocalization(misspelt), false, 'a key the schema does not allow');
  const withoutShortName = english();
  delete withoutShortName['name.short'];
  assert.equal(validateLocalization(withoutShortName), false, 'name.short is required');
  assert.ok(validateLocalization.errors.some((e) => e.params.missingProperty === 'name.short'), problems(validateLocalization).join('\n'));
});

test('every key of en.json is one the schema allows and points at a string in manifest.json; every localizable string is translated', () => {
  const schema = readJson(localizationSchemaFile);
  const allowed = (key) => (key in schema.properties && key !== 'localizationKeys')
    || Object.keys(schema.patternProperties).some((p) => new RegExp(p).test(key));
  const manifest = sampleManifest();
  const en = english();
  const keys = Object.keys(en).filter((k) => k !== '$schema');
  for (const key of keys) {
    assert.ok(allowed(key), `en.json: '${key}' is not a key the Localization schema allows`);
    assert.equal(typeof lookup(manifest, key), 'string', `en.json: '${key}' does not point at a string in manifest.json`);
    assert.equal(typeof en[key], 'string', `en.json: '${key}'`);
    assert.ok(en[key].trim().length > 0, `en.json: '${key}' is empty`);
  }
  assert.deepEqual(keys.sort(), localizableKeys(manifest).sort(), 'en.json translates exactly the localizable strings of manifest.json');
  assert.notEqual(en['description.full'], manifest.description.full, 'the English description is not the Dutch one');
  assert.match(en['description.full'], /automated assistant/);
  assert.match(en['description.full'], /does not store the text of your messages/);
  for (const key of keys.filter((k) => k.startsWith('composeExtensions'))) {
    assert.notEqual(en[key], lookup(manifest, key), `en.json: '${key}' is still the Dutch text`);
  }
});

test('the icons are PNGs of the right size: color.png 192x192, outline.png 32x32 white on transparent', () => {
  const manifest = sampleManifest();
  assert.deepEqual(manifest.icons, { color: 'color.png', outline: 'outline.png' });

  const color = readPng(join(manifestDir, manifest.icons.color));
  assert.deepEqual([color.width, color.height], [192, 192], 'color.png size');

  const outline = readPng(join(manifestDir, manifest.icons.outline));
  assert.deepEqual([outline.width, outline.height], [32, 32], 'outline.png size');
  assert.ok([4, 6].includes(outline.colourType), `outline.png needs an alpha channel (colour type ${outline.colourType})`);
  assert.ok(outline.rows, 'outline.png is 8-bit and not interlaced, so its pixels can be checked');
  let transparent = 0;
  let opaque = 0;
  for (const row of outline.rows) {
    for (let i = 0; i < row.length; i += outline.channels) {
      const alpha = row[i + outline.channels - 1];
      const grey = [...row.subarray(i, i + outline.channels - 1)];
      if (alpha === 0) transparent++;
      else assert.ok(grey.every((v) => v === 255), `outline.png: a visible pixel that is not white (${grey})`);
      if (alpha === 255) opaque++;
    }
  }
  assert.ok(transparent > 32 * 32 / 3, `outline.png is mostly transparent (${transparent} transparent pixels)`);
  assert.ok(opaque > 32 * 2, `outline.png draws something (${opaque} opaque pixels)`);
});

test('bot commands keep to the Teams limits: a list per scope, at most 10 commands, titles of 32 characters at most', () => {
  const manifest = sampleManifest();
  const en = english();
  const [bot] = manifest.bots;
  assert.deepEqual(bot.commandLists.flatMap((l) => l.scopes).sort(), [...scopes].sort(), 'one command list for each scope');
  bot.commandLists.forEach((list, l) => {
    assert.ok(list.commands.length >= 1 && list.commands.length <= 10, `commandLists[${l}] has ${list.commands.length} commands`);
    list.commands.forEach((command, c) => {
      for (const [language, title, description] of [
        ['nl', command.title, command.description],
        ['en', en[`bots[0].commandLists[${l}].commands[${c}].title`], en[`bots[0].commandLists[${l}].commands[${c}].description`]],
      ]) {
        assert.ok(title.length <= 32, `${language} title '${title}' is longer than 32 characters`);
        assert.ok(description.length <= 128, `${language} description of '${title}' is longer than 128 characters`);
      }
    });
    const titles = list.commands.map((c) => c.title);
    assert.equal(new Set(titles).size, titles.length, `commandLists[${l}] has a title twice`);
    assert.deepEqual(titles, ['tips', 'regels', 'tools', 'help', 'taal']);
    assert.deepEqual(titles.map((_, c) => en[`bots[0].commandLists[${l}].commands[${c}].title`]), ['tips', 'rules', 'tools', 'help', 'language']);
  });
});

test('package-manifest.sh writes a zip with exactly the four files at its root, ids filled in and valid', () => {
  const out = mkdtempSync(join(tmpdir(), 'tc-manifest-'));
  try {
    const result = runPackage([sample.TEAMS_APP_ID.toUpperCase(), sample.BOT_APP_ID, sample.BOT_DOMAIN, out]);
    assert.equal(result.status, 0, `package-manifest.sh failed:\n${result.stdout}${result.stderr}`);
    assert.deepEqual(readdirSync(out), ['teamscompanion-teams-app.zip']);
    const entries = readZip(join(out, 'teamscompanion-teams-app.zip'));
    assert.deepEqual(entries.map((e) => e.name).sort(), ['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const file = (name) => entries.find((e) => e.name === name).read();

    const manifest = JSON.parse(file('manifest.json').toString('utf8'));
    assertValid(validateManifest, manifest, 'the packaged manifest.json');
    assert.deepEqual(manifest, sampleManifest(), 'the packaged manifest is manifest.json with the ids filled in (GUIDs in lower case)');
    assertValid(validateLocalization, JSON.parse(file('en.json').toString('utf8')), 'the packaged en.json');
    assert.ok(file('color.png').equals(readFileSync(join(manifestDir, 'color.png'))), 'color.png unchanged');
    assert.ok(file('outline.png').equals(readFileSync(join(manifestDir, 'outline.png'))), 'outline.png unchanged');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('package-manifest.sh refuses ids that are not GUIDs and a domain that is not a bare host name (exit 2)', () => {
  const out = mkdtempSync(join(tmpdir(), 'tc-manifest-'));
  try {
    const zip = join(out, 'app.zip');
    const cases = [
      [['not-a-guid', sample.BOT_APP_ID, sample.BOT_DOMAIN, zip], /TEAMS_APP_ID 'not-a-guid' is not a GUID/],
      [[sample.TEAMS_APP_ID, '{{BOT_APP_ID}}', sample.BOT_DOMAIN, zip], /BOT_APP_ID .* is not a GUID/],
      [[sample.TEAMS_APP_ID, sample.BOT_APP_ID, `https://${sample.BOT_DOMAIN}`, zip], /is not a bare host name/],
      [[sample.TEAMS_APP_ID, sample.BOT_APP_ID, `${sample.BOT_DOMAIN}/api`, zip], /is not a bare host name/],
      [[sample.TEAMS_APP_ID, sample.BOT_APP_ID, `${sample.BOT_DOMAIN}:443`, zip], /is not a bare host name/],
      [[sample.TEAMS_APP_ID, sample.BOT_APP_ID, 'bad_host.example.nl', zip], /is not a bare host name/],
      [[sample.TEAMS_APP_ID, sample.BOT_APP_ID], /usage:/],
    ];
    for (const [args, message] of cases) {
      const result = runPackage(args);
      assert.equal(result.status, 2, `${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
      assert.match(result.stderr, message, args.join(' '));
    }
    assert.deepEqual(readdirSync(out), [], 'nothing was written');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the icons are what manifest/icons/make_icons.py draws', { skip: !hasPython() && 'python3 is not installed' }, () => {
  const out = mkdtempSync(join(tmpdir(), 'tc-icons-'));
  try {
    // The generator writes next to its own folder; run a copy so the committed files stay untouched.
    const script = join(out, 'icons', 'make_icons.py');
    execFileSync('mkdir', ['-p', join(out, 'icons')]);
    execFileSync('cp', [join(manifestDir, 'icons', 'make_icons.py'), script]);
    execFileSync('python3', ['-B', script], { encoding: 'utf8' });
    for (const icon of ['color.png', 'outline.png']) {
      assert.ok(readFileSync(join(out, icon)).equals(readFileSync(join(manifestDir, icon))), `${icon} is out of date: run python3 manifest/icons/make_icons.py`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

function hasPython() {
  return spawnSync('python3', ['--version']).status === 0;
}
