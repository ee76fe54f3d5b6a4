// Shared helpers for the end-to-end tests: real processes, real ports, real Chromium.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const artifacts = join(repoRoot, 'artifacts');

export function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found; scripts/test.sh installs it (apt-get install chromium).');
  return found;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    // This machine has no internet: keep Chromium from reaching out at start.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a process; its output is kept (for failure messages) and it is killed with its group on stop. */
export function startProcess(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = [];
  child.stdout.on('data', (d) => output.push(d.toString()));
  child.stderr.on('data', (d) => output.push(d.toString()));
  const exited = new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  return {
    child,
    exited,
    output: () => output.join(''),
    stop: () => {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    },
  };
}

export async function waitFor(check, what, timeoutMs = 60000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
}

export function artifactPath(name) {
  mkdirSync(artifacts, { recursive: true });
  return join(artifacts, name);
}

/** The Playground configuration shared with scripts/run.sh: its user has a real Entra-style object id. */
export const playgroundConfigTemplate = join(repoRoot, 'tests', 'TeamsCompanion.EndToEnd', 'playground.yml');

/** The Playground user's aadObjectId (currentUser in playground.yml). */
export function playgroundUserObjectId() {
  const match = /^currentUser:\n(?:[ \t]+.*\n)*?[ \t]+aadObjectId:[ \t]*(\S+)/m.exec(readFileSync(playgroundConfigTemplate, 'utf8'));
  if (!match) throw new Error(`No currentUser.aadObjectId in ${playgroundConfigTemplate}`);
  return match[1];
}

/** Writes the Playground configuration to dir/.m365agentsplayground.yml, with fresh chat ids. */
export function writePlaygroundConfig(dir) {
  const content = readFileSync(playgroundConfigTemplate, 'utf8')
    .replace('__PERSONAL_CHAT_ID__', randomUUID())
    .replace('__GROUP_CHAT_ID__', randomUUID());
  writeFileSync(join(dir, '.m365agentsplayground.yml'), content);
}

/**
 * The bot (built, Development mode, its own SQLite file) and the Agents Playground pointed at it,
 * on free ports. Returns the Playground URL, a stop function that ends both and cleans up, and
 * restartBot, which stops only the bot and starts it again on the same port and database file.
 * With supportContact, the Playground runs with playground.yml and its user is the bot's one
 * support contact (Support__Contacts__0), as in scripts/run.sh. env adds settings for the bot
 * (e.g. Outbox__PollInterval). connectionString is the bot's database, for the command line.
 */
export async function startBotAndPlayground({ supportContact = false, env = {} } = {}) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const botDll = join(repoRoot, 'src', 'TeamsCompanion.Bot', 'bin', process.env.CONFIGURATION ?? 'Debug', 'net10.0', 'TeamsCompanion.Bot.dll');
  if (!existsSync(botDll)) throw new Error(`Build the bot first (dotnet build): ${botDll} is missing.`);
  const playgroundBin = join(repoRoot, 'tests', 'TeamsCompanion.EndToEnd', 'node_modules', '.bin', 'agentsplayground');
  const botPort = await freePort();
  const playgroundPort = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'tc-e2e-'));
  if (supportContact) writePlaygroundConfig(dataDir);

  const connectionString = `Data Source=${join(dataDir, 'e2e.db')}`;
  const botEnv = {
    ...process.env,
    ASPNETCORE_ENVIRONMENT: 'Development',
    Urls: `http://127.0.0.1:${botPort}`,
    ConnectionStrings__TeamsCompanion: connectionString,
    ...(supportContact ? { Support__Contacts__0: playgroundUserObjectId() } : {}),
    ...env,
  };
  const startBot = () => startProcess('dotnet', [botDll], { cwd: join(repoRoot, 'src', 'TeamsCompanion.Bot'), env: botEnv });
  const botHealthy = () => waitFor(async () => (await fetch(`http://127.0.0.1:${botPort}/health`)).ok, `the bot on port ${botPort}\n${bot.output()}`);
  const earlierBotOutput = [];
  let bot = startBot();
  const playground = startProcess(playgroundBin, ['-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(playgroundPort)], {
    cwd: dataDir,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' },
  });
  const stop = () => {
    playground.stop();
    bot.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const restartBot = async () => {
    bot.stop();
    await bot.exited;
    earlierBotOutput.push(bot.output(), '--- bot restarted ---\n');
    bot = startBot();
    await botHealthy();
  };
  const logs = () => `--- bot ---\n${(earlierBotOutput.join('') + bot.output()).slice(-6000)}\n--- playground ---\n${playground.output().slice(-2000)}`;
  try {
    await botHealthy();
    const playgroundUrl = `http://127.0.0.1:${playgroundPort}`;
    await waitFor(async () => (await fetch(playgroundUrl)).ok, `the Agents Playground on port ${playgroundPort}\n${playground.output()}`);
    return { playgroundUrl, stop, restartBot, logs, dataDir, connectionString };
  } catch (error) {
    stop();
    throw error;
  }
}

/**
 * Runs the built command line (src/TeamsCompanion.Cli, built by scripts/test.sh with the solution)
 * in cwd, with env added; resolves to { code, stdout, stderr } when it exits.
 */
export function runCli(args, { cwd = repoRoot, env = {} } = {}) {
  const cliDll = join(repoRoot, 'src', 'TeamsCompanion.Cli', 'bin', process.env.CONFIGURATION ?? 'Debug', 'net10.0', 'teamscompanion.dll');
  if (!existsSync(cliDll)) throw new Error(`Build the command line first (dotnet build): ${cliDll} is missing.`);
  return new Promise((resolve, reject) => {
    const child = spawn('dotnet', [cliDll, ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// The Playground's chat as a user works it: type into the compose box and press Enter; find the
// newest card with a text (each Adaptive Card root is one card; the last match is the newest).
export function playgroundChat(page) {
  const editor = page.locator('[data-lexical-editor=true]');
  return {
    editor,
    async open(url) {
      await page.goto(url);
      await editor.waitFor({ timeout: 60000 });
    },
    async say(text) {
      await editor.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    },
    card: (text) => page.locator('.ac-adaptiveCard').filter({ hasText: text }).last(),
  };
}
