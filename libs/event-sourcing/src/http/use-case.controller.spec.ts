import { IsBusinessDate } from '@khai/contracts';
import type { Decider } from '@khai/core';
import { InvariantViolated, NotFound } from '@khai/core';
import { aggregate } from '@khai/core';
import { createHttpTestApp, type HttpTestApp } from '@khai/testing';
import { Module } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';

import { createApiDocument } from './openapi-constraints';
import { pathIds, useCaseControllers } from './use-case.controller';

type TallyCommand =
  | { type: 'OpenTally'; data: { tallyId: string; openedOn: string } }
  | { type: 'Count'; data: { tallyId: string; eggs: number; limit: number } };
type TallyEvent =
  | { type: 'TallyOpened'; data: { tallyId: string; openedOn: string } }
  | { type: 'Counted'; data: { tallyId: string; eggs: number } };

const tallyDecider: Decider<TallyCommand, TallyEvent, number | null> = {
  initialState: null,
  evolve: (state, event) => (event.type === 'TallyOpened' ? 0 : (state ?? 0) + event.data.eggs),
  decide: (command, state) => {
    if (command.type === 'OpenTally') return state === null ? [{ type: 'TallyOpened', data: command.data }] : [];
    if (state === null) throw new NotFound(`no tally ${command.data.tallyId}`);
    if (state + command.data.eggs > command.data.limit) throw new InvariantViolated('over_limit', 'over the limit');
    return [{ type: 'Counted', data: { tallyId: command.data.tallyId, eggs: command.data.eggs } }];
  },
};
type Problem = { code: string; errors?: { field: string; messages: string[] }[] };

const tally = aggregate('tally', tallyDecider);
const LIMIT = Symbol('limit');

class OpenTallyDto {
  @ApiProperty() @IsBusinessDate() openedOn!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() note?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsString() closedBy?: string | null;
}
class CountDto {
  @ApiProperty() @IsInt() @Min(1) eggs!: number;
}

const openTally = tally.useCase({
  name: 'OpenTally',
  streamId: (d: { tallyId: string; openedOn: string }) => d.tallyId,
  http: { tag: 'tallies', roles: ['staff'], path: '/tallies/:tallyId', body: OpenTallyDto, params: pathIds('tallyId') },
});
// A command is left out only where `{ type: name, data: input }` is one of the aggregate's commands.
// @ts-expect-error -- Count's data needs a limit the input lacks
tally.useCase({ name: 'Count', streamId: (d: { tallyId: string; eggs: number }) => d.tallyId });
// @ts-expect-error -- no command is named Recount
tally.useCase({ name: 'Recount', streamId: (d: { tallyId: string; eggs: number; limit: number }) => d.tallyId });
const checked: string[] = [];
const count = tally.useCase({
  name: 'Count',
  streamId: (d: { tallyId: string; eggs: number }) => d.tallyId,
  checks: [
    async (d, env) => {
      checked.push(d.tallyId);
      if ((await env.state(tally, d.tallyId)) === null) throw new NotFound('checked first', {}, 'tally_not_found');
    },
  ],
  command: (d, env) => ({ type: 'Count', data: { ...d, limit: env.setting(LIMIT, 100) } }),
  http: {
    tag: 'tallies',
    roles: ['staff'],
    path: '/tallies/:tallyId/counts',
    body: CountDto,
    params: pathIds('tallyId'),
  },
});

const recount = tally.useCase({
  name: 'Count',
  streamId: (d: { tallyId: string; eggs: number }) => d.tallyId,
  command: (d) => ({ type: 'Count', data: { ...d, limit: 1_000 } }),
  http: {
    tag: 'tallies',
    roles: ['staff'],
    path: '/tallies/:tallyId/recounts',
    body: CountDto,
    pending: { what: 'a check by the farm', location: (d) => `/tallies/${d.tallyId}` },
  },
});

@Module({ controllers: useCaseControllers([openTally, count, recount]) })
class TallyModule {}

@Module({ providers: [{ provide: LIMIT, useValue: 10 }], exports: [LIMIT] })
class LimitModule {}

describe('use cases over HTTP', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    checked.length = 0;
    t = await createHttpTestApp([TallyModule]);
  });
  afterEach(() => t.close());

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, payload, headers: { ...t.as('staff'), ...headers } });

  it('routes the declaration: path parameters and body are the input, the answer says where the events went', async () => {
    const res = await post('/tallies/T1', { openedOn: '2026-12-07' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ streamName: 'tally-T1', revision: 0, repeated: false });
    expect((await t.store.readStream('tally-T1'))[0]?.data).toEqual({ openedOn: '2026-12-07', tallyId: 'T1' });
  });

  it('validates path parameters and body by their classes: 400, nothing written', async () => {
    const badId = await post('/tallies/bad%20id', { openedOn: '2026-12-07' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json<Problem>().errors).toEqual([expect.objectContaining({ field: 'tallyId' })]);
    const badBody = await post('/tallies/T1', { openedOn: '2026-02-30', extra: 1 });
    expect(badBody.statusCode).toBe(400);
    expect(
      badBody
        .json<Problem>()
        .errors?.map((e) => e.field)
        .sort(),
    ).toEqual(['extra', 'openedOn']);
    expect(await t.store.readStream('tally-T1')).toEqual([]);
  });

  it('refuses null for a field not declared nullable, as the document says: 400, nothing written', async () => {
    const res = await post('/tallies/T1', { openedOn: '2026-12-07', note: null });
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors).toEqual([{ field: 'note', messages: ['note must not be null (leave it out)'] }]);
    expect(await t.store.readStream('tally-T1')).toEqual([]);
    expect((await post('/tallies/T1', { openedOn: '2026-12-07', closedBy: null })).statusCode).toBe(201);
  });

  it('answers field errors in Thai to a client that prefers Thai, in English otherwise', async () => {
    const th = await post('/tallies/T1/counts', { eggs: 0 }, { 'accept-language': 'th-TH,th;q=0.9,en;q=0.8' });
    expect(th.statusCode).toBe(400);
    expect(th.headers['content-language']).toBe('th');
    expect(th.json<Problem>().errors).toEqual([{ field: 'eggs', messages: ['eggs ต้องไม่น้อยกว่า 1'] }]);
    const en = await post('/tallies/T1/counts', { eggs: 0 });
    expect(en.headers['content-language']).toBe('en');
    expect(en.json<Problem>().errors).toEqual([{ field: 'eggs', messages: ['eggs must not be less than 1'] }]);
  });

  it('answers 202 with where to look when a process decides what follows the write', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    const res = await post('/tallies/T1/recounts', { eggs: 5 });
    expect(res.statusCode).toBe(202);
    expect(res.headers['location']).toBe('/tallies/T1');
    expect(res.json()).toMatchObject({
      streamName: 'tally-T1',
      pending: { what: 'a check by the farm', location: '/tallies/T1' },
    });
  });

  it('takes only JSON bodies: a form or text is 415 before any check, nothing written', async () => {
    for (const contentType of ['application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x']) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/tallies/T1',
        payload: 'openedOn=2026-12-07',
        headers: { ...t.as('staff'), 'content-type': contentType },
      });
      expect(res.statusCode).toBe(415);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.json<Problem>().code).toBe('unsupported_media_type');
    }
    const json = await t.app.inject({
      method: 'POST',
      url: '/tallies/T1',
      payload: '{"openedOn":"2026-12-07"}',
      headers: { ...t.as('staff'), 'content-type': 'application/json; charset=utf-8' },
    });
    expect(json.statusCode).toBe(201);
    expect(await t.store.readStream('tally-T1')).toHaveLength(1);
  });

  it('runs the checks before deciding, and a refusal writes nothing', async () => {
    const res = await post('/tallies/T9/counts', { eggs: 5 });
    expect(res.statusCode).toBe(404);
    expect(res.json<Problem>().code).toBe('tally_not_found');
    expect(checked).toEqual(['T9']);
    expect(await t.store.readStream('tally-T9')).toEqual([]);
  });

  it('records the signed-in principal as the actor of its events, never a header the client sends', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' }, { 'x-actor': 'member:M001' });
    await post('/tallies/T1/counts', { eggs: 5 }, { ...t.as('admin'), 'x-correlation-id': 'c-1' });
    const events = await t.store.readStream('tally-T1');
    expect(events.map((e) => e.metadata.actor)).toEqual(['user:test-staff:staff', 'user:test-admin:admin']);
    expect(events[1]?.metadata.correlationId).toBe('c-1');
  });

  it('refuses without credentials or in a role not declared, before any check, writing nothing', async () => {
    const unsigned = await t.app.inject({ method: 'POST', url: '/tallies/T1', payload: { openedOn: '2026-12-07' } });
    expect(unsigned.statusCode).toBe(401);
    expect((await post('/tallies/T1', { openedOn: 'not a day' }, t.as('agency'))).statusCode).toBe(403);
    expect(await t.store.readStream('tally-T1')).toEqual([]);
  });

  it('answers a repeated Idempotency-Key as the first time', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    const first = await post('/tallies/T1/counts', { eggs: 5 }, { 'idempotency-key': 'k1' });
    const again = await post('/tallies/T1/counts', { eggs: 5 }, { 'idempotency-key': 'k1' });
    expect(again.json()).toEqual({ ...first.json(), repeated: true });
    expect(await t.store.readStream('tally-T1')).toHaveLength(2);
  });

  it('refuses an Idempotency-Key sent again with another body or route: 422, nothing written', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    await post('/tallies/T1/counts', { eggs: 5 }, { 'idempotency-key': 'k1' });
    const otherBody = await post('/tallies/T1/counts', { eggs: 6 }, { 'idempotency-key': 'k1' });
    const otherRoute = await post('/tallies/T1/recounts', { eggs: 5 }, { 'idempotency-key': 'k1' });
    for (const answer of [otherBody, otherRoute]) {
      expect(answer.statusCode).toBe(422);
      expect(answer.json<Problem>().code).toBe('idempotency_key_reused');
    }
    expect(await t.store.readStream('tally-T1')).toHaveLength(2);
    const same = await post('/tallies/T1/counts', { eggs: 5 }, { 'idempotency-key': 'k1' });
    expect(same.json()).toMatchObject({ repeated: true });
  });

  it('takes an Idempotency-Key for one request across streams: another stream with it is 422, nothing written', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    await post('/tallies/T2', { openedOn: '2026-12-07' });
    expect((await post('/tallies/T1/counts', { eggs: 5 }, { 'idempotency-key': 'k-day' })).statusCode).toBe(201);
    for (const [url, body] of [
      ['/tallies/T2/counts', { eggs: 5 }],
      ['/tallies/T2/counts', { eggs: 7 }],
      ['/tallies/T3', { openedOn: '2026-12-07' }],
    ] as const) {
      const reused = await post(url, body, { 'idempotency-key': 'k-day' });
      expect(reused.statusCode).toBe(422);
      expect(reused.json<Problem>().code).toBe('idempotency_key_reused');
    }
    expect(await t.store.readStream('tally-T2')).toHaveLength(1);
    expect(await t.store.readStream('tally-T3')).toEqual([]);
    // Keys are the sender's: another account's same key is its own request.
    const other = await post('/tallies/T2/counts', { eggs: 7 }, { ...t.as('admin'), 'idempotency-key': 'k-day' });
    expect(other.statusCode).toBe(201);
  });

  it('leaves a key free when its request was refused, for the corrected entry', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    const refused = await post('/tallies/T1/counts', { eggs: 500 }, { 'idempotency-key': 'k-entry' });
    expect(refused.json<Problem>().code).toBe('over_limit');
    const invalid = await post('/tallies/T1/counts', { eggs: 0 }, { 'idempotency-key': 'k-entry' });
    expect(invalid.statusCode).toBe(400);
    const corrected = await post('/tallies/T1/counts', { eggs: 50 }, { 'idempotency-key': 'k-entry' });
    expect(corrected.statusCode).toBe(201);
    const again = await post('/tallies/T1/counts', { eggs: 50 }, { 'idempotency-key': 'k-entry' });
    expect(again.json()).toMatchObject({ repeated: true });
    expect(await t.store.readStream('tally-T1')).toHaveLength(2);
  });

  it('gives settings bound in the composition root to the command, else the fallback', async () => {
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    expect((await post('/tallies/T1/counts', { eggs: 60 })).statusCode).toBe(201);
    await t.close();
    t = await createHttpTestApp([TallyModule, LimitModule]);
    await post('/tallies/T1', { openedOn: '2026-12-07' });
    const res = await post('/tallies/T1/counts', { eggs: 60 });
    expect(res.statusCode).toBe(422);
    expect(res.json<Problem>().code).toBe('over_limit');
  });

  it('documents each use case as an operation with its parameters and body', () => {
    const document = SwaggerModule.createDocument(t.app, new DocumentBuilder().build());
    const operation = document.paths['/tallies/{tallyId}/counts']?.post;
    expect(operation?.operationId).toBe('Count');
    expect(operation?.tags).toEqual(['tallies']);
    expect(operation?.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'tallyId', in: 'path', required: true })]),
    );
    expect(operation?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/CountDto' } } },
    });
    expect(Object.keys(operation?.responses ?? {}).sort()).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '412',
      '413',
      '415',
      '422',
      '503',
    ]);
    expect(operation?.security).toEqual([{ bearer: [] }, { session: [] }]);
    expect(operation?.responses['422']).toMatchObject({
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } } },
    });
    expect(Object.keys(document.paths)).toEqual([
      '/tallies/{tallyId}',
      '/tallies/{tallyId}/counts',
      '/tallies/{tallyId}/recounts',
    ]);
    expect(document.paths['/tallies/{tallyId}/recounts']?.post?.responses['202']).toBeDefined();
  });

  it('documents what the server enforces: types, ranges, required fields, the form of an Idempotency-Key', () => {
    const document = createApiDocument(t.app, new DocumentBuilder().build());
    const schemas = document.components?.schemas ?? {};
    expect(schemas['CountDto']).toMatchObject({
      additionalProperties: false,
      properties: { eggs: { type: 'integer', minimum: 1 } },
      required: ['eggs'],
    });
    expect(schemas['OpenTallyDto']).toMatchObject({
      properties: { openedOn: { format: 'date' }, closedBy: { nullable: true } },
      required: ['openedOn'],
    });
    const key = document.paths['/tallies/{tallyId}/counts']?.post?.parameters?.find(
      (p) => 'name' in p && p.name === 'Idempotency-Key',
    );
    expect(key).toMatchObject({ in: 'header', required: false, schema: { pattern: '^[\\x21-\\x7e]{1,200}$' } });
  });
});
