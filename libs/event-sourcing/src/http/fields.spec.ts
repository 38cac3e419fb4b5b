import { createHttpTestApp, type HttpTestApp } from '@khai/testing';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import { DocumentBuilder } from '@nestjs/swagger';

import { Roles } from './access';
import { DayField, IdField, IdsField, ListField, ObjectField, OneOfField, TextField, WholeField } from './fields';
import { createApiDocument } from './openapi-constraints';

class LineDto {
  @OneOfField(['M', 'L'], { description: 'a size' }) size!: string;
  @WholeField(1, 100, { example: 30 }) eggs!: number;
}

class NoteDto {
  @TextField(10, { blank: 'allowed', optional: true }) text?: string;
}

class FieldsDto {
  @IdField({ example: 'X1' }) id!: string;
  @DayField({ optional: true }) on?: string;
  @TextField(20) reason!: string;
  @ListField(LineDto, { min: 1, max: 2 }) lines!: LineDto[];
  @IdsField({ max: 3, unique: true }, { optional: true }) ids?: string[];
  @ObjectField(NoteDto) note!: NoteDto;
}

@Controller('fields')
class FieldsController {
  @Post()
  @Roles('staff')
  @HttpCode(200)
  take(@Body() body: FieldsDto): object {
    return body;
  }
}

@Module({ controllers: [FieldsController] })
class FieldsModule {}

type Problem = { errors?: { field: string }[] };
type Schema = { required?: string[]; properties: Record<string, Record<string, unknown>> };

describe('a field declared once: its rules and its document', () => {
  let t: HttpTestApp;
  beforeAll(async () => {
    t = await createHttpTestApp([FieldsModule]);
  });
  afterAll(() => t.close());
  const post = (payload: object) => t.app.inject({ method: 'POST', url: '/fields', payload, headers: t.as('staff') });
  const valid = { id: 'X1', reason: 'late', lines: [{ size: 'M', eggs: 30 }], note: {} };
  const refused = async (payload: object) => {
    const res = await post(payload);
    expect(res.statusCode).toBe(400);
    return res.json<Problem>().errors?.map((e) => e.field);
  };

  it('takes a request each rule allows, optional fields left out', async () => {
    expect((await post(valid)).statusCode).toBe(200);
    expect((await post({ ...valid, on: '2026-12-08', ids: ['A', 'B'], note: { text: ' ' } })).statusCode).toBe(200);
  });

  it('refuses what each rule refuses', async () => {
    expect(await refused({ ...valid, id: '-bad' })).toEqual(['id']);
    expect(await refused({ ...valid, on: '2026-02-30' })).toEqual(['on']);
    expect(await refused({ ...valid, reason: '   ' })).toEqual(['reason']);
    expect(await refused({ ...valid, reason: 'x'.repeat(21) })).toEqual(['reason']);
    expect(await refused({ ...valid, lines: [] })).toEqual(['lines']);
    expect(await refused({ ...valid, lines: [{ size: 'XL', eggs: 0 }] })).toEqual(['lines.0.size', 'lines.0.eggs']);
    expect(await refused({ ...valid, ids: ['A', 'A'] })).toEqual(['ids']);
    expect(await refused({ ...valid, note: undefined })).toEqual(['note']);
    expect(await refused({ ...valid, note: { text: 'a\u0000' } })).toEqual(['note.text']);
  });

  it('documents each field with the constraints its rules enforce', () => {
    const schemas = createApiDocument(t.app, new DocumentBuilder().build()).components?.schemas as Record<
      string,
      Schema
    >;
    const fields = schemas['FieldsDto']!;
    expect(fields.required).toEqual(['id', 'reason', 'lines', 'note']);
    expect(fields.properties['id']).toMatchObject({ example: 'X1', pattern: expect.any(String) });
    expect(fields.properties['on']).toMatchObject({ format: 'date' });
    expect(fields.properties['reason']).toMatchObject({ type: 'string', minLength: 1, maxLength: 20 });
    expect(fields.properties['lines']).toMatchObject({ type: 'array', minItems: 1, maxItems: 2 });
    expect(fields.properties['ids']).toMatchObject({ type: 'array', maxItems: 3, uniqueItems: true });
    expect(schemas['LineDto']!.properties['size']).toMatchObject({ enum: ['M', 'L'], description: 'a size' });
    expect(schemas['LineDto']!.properties['eggs']).toMatchObject({ type: 'integer', minimum: 1, maximum: 100 });
    expect(schemas['NoteDto']!.properties['text']).toMatchObject({ maxLength: 10 });
    expect(schemas['NoteDto']!.required ?? []).toEqual([]);
  });
});
