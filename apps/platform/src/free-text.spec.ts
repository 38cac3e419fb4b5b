import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { FREE_TEXT, FREE_TEXT_NOTE, isFreeText, NOT_BLANK_FREE_TEXT } from '@khai/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

import { signedIn } from '../test/sign-in';
import { loadConfig } from './config';
import { createPlatform } from './platform';

type Schema = {
  type?: string;
  pattern?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
};
type Document = {
  paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { $ref?: string } }> } }>>;
  components: { schemas: Record<string, Schema> };
};

/** The auth routes take a username and a password: neither is text anyone reads back. */
const NOT_TEXT = new Set([
  'SignInDto.username',
  'SignInDto.password',
  'ChangePasswordDto.currentPassword',
  'ChangePasswordDto.newPassword',
]);

describe('free text in requests', () => {
  let app: NestFastifyApplication;
  let document: Document;
  let manager: Record<string, string>;

  beforeAll(async () => {
    app = await createPlatform(loadConfig({ KHAI_DATA_DIR: mkdtempSync(join(tmpdir(), 'khai-free-text-')) }), false);
    await app.init();
    document = (await app.inject({ method: 'GET', url: '/docs-json' })).json<Document>();
    manager = await signedIn(app, 'manager');
  });
  afterAll(() => app.close());

  it('is checked on every string field of every body that is not an id, a code, a day or a choice', () => {
    const bodies = new Set<string>();
    const visit = (name: string) => {
      if (bodies.has(name)) return;
      bodies.add(name);
      for (const property of Object.values(document.components.schemas[name]?.properties ?? {})) {
        const ref = (property as { $ref?: string }).$ref ?? (property.items as { $ref?: string } | undefined)?.$ref;
        if (ref) visit(ref.split('/').pop()!);
      }
    };
    for (const byMethod of Object.values(document.paths))
      for (const operation of Object.values(byMethod)) {
        const ref = operation.requestBody?.content['application/json']?.schema.$ref;
        if (ref) visit(ref.split('/').pop()!);
      }
    const unchecked: string[] = [];
    for (const name of bodies)
      for (const [field, schema] of Object.entries(document.components.schemas[name]?.properties ?? {})) {
        const text = schema.type === 'array' ? schema.items : schema;
        if (text?.type !== 'string' || text.enum || text.format || NOT_TEXT.has(`${name}.${field}`)) continue;
        // A pattern of its own (an id, a code) leaves no free text; "not blank" alone does.
        if (text.pattern === undefined || text.pattern === '\\S') unchecked.push(`${name}.${field}`);
      }
    expect(bodies.size).toBeGreaterThan(40);
    expect(unchecked).toEqual([]);
    expect(document.components.schemas['RegisterPartnerDto']?.properties?.['name']?.pattern).toBe(
      NOT_BLANK_FREE_TEXT.source,
    );
    expect(document.components.schemas['RecordLossDto']?.properties?.['note']?.pattern).toBe(FREE_TEXT.source);
  });

  it('publishes patterns every regex dialect reads, and says in words what they leave to the server', () => {
    // jsonschema-rs (Rust) and Python compile no surrogate range: schemathesis dropped such a pattern and sent
    // control characters. A lookahead it handles slowly.
    for (const pattern of [FREE_TEXT, NOT_BLANK_FREE_TEXT])
      expect(pattern.source).not.toMatch(/\\uD[89A-F]|\(\?[=!<]/i);
    expect((document as unknown as { info: { description: string } }).info.description).toContain(FREE_TEXT_NOTE);
    const samples = [
      '',
      ' ',
      ' \t\n',
      '\u3000\u00A0',
      '\uFEFF',
      ' a',
      'a ',
      'ร้านไข่ดี 🥚\tสาขา 1\nเชียงใหม่',
      'Farm\u0000A',
      ' \u0007',
      'Farm \u202Egnp.exe',
      '\u2067',
      '\u0085x',
      'Farm \uD83D',
      'Farm \uDC00x',
      '\uDE00\uD83D',
      ' \uD83D\uDC23 ',
    ];
    const paired = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;
    for (const text of samples) {
      const hasLoneSurrogate = /[\uD800-\uDFFF]/.test(text.replace(paired, ''));
      const notBlank = /\S/.test(text);
      expect({ text, free: isFreeText(text), notBlank: isFreeText(text, true) }).toEqual({
        text,
        // The server's rule: the pattern, and no lone surrogate.
        free: FREE_TEXT.test(text) && !hasLoneSurrogate,
        notBlank: FREE_TEXT.test(text) && notBlank && !hasLoneSurrogate,
      });
      // Not blank is free text with something besides white space in it.
      expect({ text, pattern: NOT_BLANK_FREE_TEXT.test(text) }).toEqual({
        text,
        pattern: FREE_TEXT.test(text) && notBlank,
      });
    }
    expect([FREE_TEXT.test('Farm \uD83D'), isFreeText('Farm \uD83D'), isFreeText('🥚')]).toEqual([true, false, true]);
  });

  it.each([
    ['NUL', 'Farm\u0000A'],
    ['a control character', 'Farm\u0007A'],
    ['a bidi override', 'Farm \u202Egnp.exe'],
    ['a bidi isolate', 'Farm \u2067A'],
    ['a lone surrogate', 'Farm \uD83D'],
  ])('refuses %s in a name: 400 with the field, in English and Thai, nothing written', async (_, name) => {
    const register = (language: string) =>
      app.inject({
        method: 'POST',
        url: '/partners',
        headers: { ...manager, 'accept-language': language },
        payload: { partnerId: 'P-FREE', name, kind: 'BUYER', channel: 'MODERN_TRADE', registeredOn: '2026-01-05' },
      });
    const english = await register('en');
    expect(english.statusCode).toBe(400);
    expect(english.json()).toMatchObject({
      errors: [
        {
          field: 'name',
          messages: ['name must be text without control characters, bidi overrides or lone surrogates'],
        },
      ],
    });
    const thai = await register('th');
    expect(thai.json<{ errors: { messages: string[] }[] }>().errors[0]?.messages[0]).toMatch(
      /^name ต้องเป็นข้อความที่ไม่มีอักขระควบคุม/,
    );
    expect((await app.inject({ method: 'GET', url: '/partners/P-FREE', headers: manager })).statusCode).toBe(404);
  });

  it('takes Thai, emoji, line breaks and tabs, and still refuses a blank name', async () => {
    const register = (partnerId: string, name: string) =>
      app.inject({
        method: 'POST',
        url: '/partners',
        headers: manager,
        payload: { partnerId, name, kind: 'BUYER', channel: 'MODERN_TRADE', registeredOn: '2026-01-05' },
      });
    expect((await register('P-OK', 'ร้านไข่ดี 🥚\tสาขา 1\nเชียงใหม่')).statusCode).toBe(201);
    const blank = await register('P-BLANK', ' \t ');
    expect(blank.json()).toMatchObject({ errors: [{ field: 'name', messages: ['name must not be blank'] }] });
  });
});
