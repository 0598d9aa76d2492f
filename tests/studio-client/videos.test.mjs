// The official `openai` client against a running `kinora serve`: the calls an application written for OpenAI's
// Videos API makes, unchanged but for baseURL and apiKey. Needs KINORA_STUDIO_URL (…/v1) and KINORA_API_KEY;
// `./kinora test` starts the server and sets both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import OpenAI, { toFile } from 'openai';

const baseURL = process.env.KINORA_STUDIO_URL;
const apiKey = process.env.KINORA_API_KEY;
if (!baseURL || !apiKey) throw new Error('set KINORA_STUDIO_URL (http://127.0.0.1:PORT/v1) and KINORA_API_KEY');

// No client-side retries: a 429 or 5xx must show up as the error it is.
const client = new OpenAI({ baseURL, apiKey, maxRetries: 0, timeout: 60_000 });

async function waitUntilDone(id, limitMs = 240_000) {
  const deadline = Date.now() + limitMs;
  let video = await client.videos.retrieve(id);
  const seen = new Set([video.status]);
  while (video.status === 'queued' || video.status === 'in_progress') {
    assert.ok(Date.now() < deadline, `video ${id} still ${video.status} after ${limitMs} ms`);
    assert.ok(video.progress >= 0 && video.progress <= 100);
    await new Promise((r) => setTimeout(r, 500));
    video = await client.videos.retrieve(id);
    seen.add(video.status);
  }
  return { video, seen };
}

async function bytesOf(id, variant) {
  const response = await client.videos.downloadContent(id, { variant });
  return Buffer.from(await response.arrayBuffer());
}

test('create → poll → download → remix → list with paging → delete → 404', async () => {
  const created = await client.videos.create({
    prompt: 'a red ball bounces on a wooden floor',
    model: 'sora-2',
    seconds: '4',
    size: '720x1280',
  });
  assert.match(created.id, /^video_/);
  assert.equal(created.object, 'video');
  assert.equal(created.status, 'queued');
  assert.equal(created.seconds, '4');
  assert.equal(created.size, '720x1280');
  assert.equal(created.model, 'sora-2');
  assert.equal(created.remixed_from_video_id, null);

  const { video } = await waitUntilDone(created.id);
  assert.equal(video.status, 'completed', JSON.stringify(video.error));
  assert.equal(video.progress, 100);
  assert.ok(video.completed_at >= video.created_at);

  const mp4 = await bytesOf(video.id, 'video');
  assert.equal(mp4.subarray(4, 8).toString('latin1'), 'ftyp', 'an MP4 starts with an ftyp box');
  for (const variant of ['thumbnail', 'spritesheet']) {
    const jpeg = await bytesOf(video.id, variant);
    assert.deepEqual([...jpeg.subarray(0, 3)], [0xff, 0xd8, 0xff], `${variant} is a JPEG`);
  }

  const remix = await client.videos.remix(video.id, { prompt: 'a blue ball bounces on a wooden floor' });
  assert.equal(remix.remixed_from_video_id, video.id);
  assert.equal(remix.size, video.size);
  assert.equal(remix.seconds, video.seconds);
  const remixed = (await waitUntilDone(remix.id)).video;
  assert.equal(remixed.status, 'completed', JSON.stringify(remixed.error));

  // Newest first by default; one a page, following the cursor the client keeps.
  const first = await client.videos.list({ limit: 1 });
  assert.equal(first.data.length, 1);
  assert.equal(first.data[0].id, remix.id);
  assert.equal(first.has_more, true);
  const second = await client.videos.list({ limit: 1, after: first.data[0].id });
  assert.equal(second.data[0].id, video.id);
  const ascending = await client.videos.list({ order: 'asc', limit: 100 });
  const ids = ascending.data.map((v) => v.id);
  assert.ok(ids.indexOf(video.id) < ids.indexOf(remix.id));
  const all = [];
  for await (const v of client.videos.list({ limit: 1 })) all.push(v.id);
  assert.ok(all.includes(video.id) && all.includes(remix.id), 'auto-pagination walks every page');

  for (const id of [remix.id, video.id]) {
    const deleted = await client.videos.delete(id);
    assert.deepEqual(deleted, { id, object: 'video.deleted', deleted: true });
    await assert.rejects(client.videos.retrieve(id), OpenAI.NotFoundError);
  }
});

test('a wrong key is refused with 401', async () => {
  const stranger = new OpenAI({ baseURL, apiKey: 'sk-not-a-kinora-key', maxRetries: 0 });
  await assert.rejects(stranger.videos.list(), OpenAI.AuthenticationError);
  await assert.rejects(stranger.videos.create({ prompt: 'a ball' }), OpenAI.AuthenticationError);
});

test('an empty prompt, a bad size or bad seconds is a 400 naming the parameter', async () => {
  const cases = [
    [{ prompt: '' }, 'prompt'],
    [{ prompt: 'a ball', size: '640x480' }, 'size'],
    [{ prompt: 'a ball', seconds: '5' }, 'seconds'],
  ];
  for (const [body, param] of cases) {
    await assert.rejects(client.videos.create(body), (e) => {
      assert.ok(e instanceof OpenAI.BadRequestError, `${param}: got ${e}`);
      assert.equal(e.param, param);
      return true;
    });
  }
});

test('an unknown id is a 404 for every call', async () => {
  const id = 'video_doesnotexist';
  await assert.rejects(client.videos.retrieve(id), OpenAI.NotFoundError);
  await assert.rejects(client.videos.delete(id), OpenAI.NotFoundError);
  await assert.rejects(client.videos.downloadContent(id), OpenAI.NotFoundError);
  await assert.rejects(client.videos.remix(id, { prompt: 'a ball' }), OpenAI.NotFoundError);
});

// A small real PNG (solid colour), built here so the test needs no fixture file.
function png(width, height) {
  const crcTable = Array.from({ length: 256 }, (_, n) => { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; return c >>> 0; });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0); body.copy(out, 4); out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0); header.writeUInt32BE(height, 4); header[8] = 8; header[9] = 2; // 8-bit RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x80)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

test('an input_reference image is accepted as a file upload; a non-image is a 400 on input_reference', async () => {
  const created = await client.videos.create({ prompt: 'a red ball bounces on a wooden floor', seconds: '4', input_reference: await toFile(png(64, 48), 'start.png', { type: 'image/png' }) });
  assert.equal(created.status, 'queued');
  // Only the upload path is under test here: cancel the render rather than wait for it.
  assert.deepEqual(await client.videos.delete(created.id), { id: created.id, object: 'video.deleted', deleted: true });

  await assert.rejects(client.videos.create({ prompt: 'a ball', input_reference: await toFile(Buffer.from('not a picture'), 'x.png', { type: 'image/png' }) }), (e) => {
    assert.ok(e instanceof OpenAI.BadRequestError, `got ${e}`);
    assert.equal(e.param, 'input_reference');
    return true;
  });
});
