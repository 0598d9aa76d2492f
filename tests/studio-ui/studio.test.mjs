// The Studio web app in a real browser (Debian's chromium, driven by playwright-core): one person signs up,
// generates a short video, watches it, remixes it and shares it; a second person finds it in the feed, where it
// autoplays, and likes it. A screenshot of each page goes to KINORA_SCREENSHOTS for a person to look at.
// Needs KINORA_STUDIO_ORIGIN (http://127.0.0.1:PORT); `./kinora test` starts the server and sets it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { chromium } from 'playwright-core';

const origin = process.env.KINORA_STUDIO_ORIGIN;
if (!origin) throw new Error('set KINORA_STUDIO_ORIGIN (http://127.0.0.1:PORT)');
const shots = process.env.KINORA_SCREENSHOTS ?? join(tmpdir(), 'kinora-screenshots');
mkdirSync(shots, { recursive: true });
// A real render of 4 s at 360x640 takes seconds on two cores; the margin is for a busy machine.
const renderTimeout = 240_000;

let browser;
before(async () => {
  // --no-sandbox: CI runs as root, where chromium's sandbox cannot start; /dev/shm may be tiny in a container.
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
});
after(async () => { await browser?.close(); });

async function person() {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource.*404/.test(m.text())) problems.push(`console: ${m.text()}`); });
  return { context, page, problems };
}

const shot = (page, name) => page.screenshot({ path: join(shots, `${name}.png`), fullPage: name !== '07-feed' });

async function signUp(page, name) {
  await page.goto(`${origin}/studio/sign-up`);
  await page.fill('#email', `${name.toLowerCase()}-${Date.now()}@example.com`);
  await page.fill('#name', name);
  await page.fill('#password', 'a long enough password');
  await page.click('button:has-text("Sign up")');
  await page.waitForURL('**/studio/create');
}

async function waitForVideo(page) {
  // The watch page polls progress and reloads itself when the render is done.
  await page.waitForSelector('video#player', { timeout: renderTimeout });
  const video = page.locator('video#player');
  await video.evaluate((v) => new Promise((resolve, reject) => {
    if (v.readyState >= 2) return resolve();
    v.addEventListener('loadeddata', resolve, { once: true });
    v.addEventListener('error', () => reject(new Error('the video did not load')), { once: true });
  }));
  return video;
}

test('sign up, generate, watch, remix, share; another person likes it in the autoplaying feed', { timeout: 3 * renderTimeout }, async () => {
  const alice = await person();
  const { page } = alice;
  await page.goto(`${origin}/studio/sign-up`);
  await shot(page, '01-sign-up');
  await signUp(page, 'Alice');

  await page.fill('#prompt', 'a red ball bounces on a wooden floor');
  await page.selectOption('#size', '360x640');
  await page.selectOption('#seconds', '4');
  await page.check('#public');
  await shot(page, '02-create');
  await page.click('button:has-text("Generate")');
  await page.waitForURL(/\/studio\/videos\/video_[0-9a-f]+$/);
  const videoUrl = page.url();
  // Live progress: the bar is there while it renders (unless the render already finished).
  if (await page.locator('progress#progress').count()) await shot(page, '03-rendering');

  const video = await waitForVideo(page);
  const size = await video.evaluate((v) => [v.videoWidth, v.videoHeight, Math.round(v.duration)]);
  assert.deepEqual(size, [360, 640, 4], 'the player holds the 4 s 360x640 render');
  await assert.doesNotReject(page.locator('#understood').getByText('ball').first().waitFor(), 'what Kinora understood lists the ball');
  const download = await page.locator('a:has-text("Download MP4")').getAttribute('href');
  const mp4 = await page.request.get(`${origin}${download}`);
  assert.equal(mp4.headers()['content-type'], 'video/mp4');
  assert.equal(Buffer.from(await mp4.body()).subarray(4, 8).toString('latin1'), 'ftyp');
  await shot(page, '04-watch');

  await page.fill('#remix-prompt', 'a blue ball bounces on a wooden floor');
  await page.click('button:has-text("Remix")');
  await page.waitForURL((url) => url.href !== videoUrl && /\/studio\/videos\/video_/.test(url.href));
  const remixUrl = page.url();
  await waitForVideo(page);
  assert.ok(await page.getByText('Remix of').isVisible());
  await shot(page, '05-remix');

  await page.goto(`${origin}/studio/mine`);
  assert.equal(await page.locator('.grid .card').count(), 2);
  await shot(page, '06-my-videos');
  assert.deepEqual(alice.problems, []);

  // Bob: the feed plays Alice's shared video by itself; he likes it.
  const bob = await person();
  await signUp(bob.page, 'Bob');
  await bob.page.goto(`${origin}/studio/feed`);
  const first = bob.page.locator('.slide video').first();
  await first.evaluate((v) => new Promise((resolve) => { if (!v.paused && v.currentTime > 0) resolve(); else v.addEventListener('timeupdate', resolve, { once: true }); }));
  assert.equal(await first.evaluate((v) => v.paused), false, 'the video in view autoplays');
  assert.ok(await bob.page.getByText('by Alice').first().isVisible());
  await shot(bob.page, '07-feed');
  await bob.page.locator('.slide').first().getByRole('button', { name: 'Like' }).click();
  await bob.page.waitForURL('**/studio/feed*');
  assert.match(await bob.page.locator('.slide').first().getByRole('button', { name: 'Like' }).innerText(), /♥\s*1/);
  await bob.page.goto(videoUrl);
  assert.match(await bob.page.locator('#likes').innerText(), /^1$/);
  await shot(bob.page, '08-liked');
  assert.deepEqual(bob.problems, []);

  // Alice's remix is private: Bob gets the not-found page, never the video.
  const hidden = await bob.page.goto(remixUrl);
  assert.equal(hidden.status(), 404);
  assert.equal(await bob.page.locator('video').count(), 0);
  assert.equal((await bob.page.request.get(`${remixUrl}/video`)).status(), 404);
  await alice.context.close();
  await bob.context.close();
});
