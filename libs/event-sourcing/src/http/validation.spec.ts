import { createHttpTestApp, type HttpTestApp } from '@khai/testing';
import { Controller, Get, Module, Param, Query } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Min } from 'class-validator';

import { Roles } from './access';

class CountParams {
  @ApiPropertyOptional() @IsOptional() @Type(() => Number) @IsInt() @Min(0) size?: number;
  @ApiPropertyOptional() @IsOptional() @IsString() note?: string;
}

@Controller('counts')
class CountsController {
  @Get(':countId')
  @Roles('staff')
  get(@Param('countId') countId: string, @Query() params: CountParams): object {
    return { countId, ...params };
  }
}

@Module({ controllers: [CountsController] })
class CountsModule {}

type Problem = { code: string; status: number; errors?: { field: string; messages: string[] }[] };

describe('the edge’s checks of a query string and a path', () => {
  let t: HttpTestApp;
  beforeAll(async () => {
    t = await createHttpTestApp([CountsModule]);
  });
  afterAll(() => t.close());
  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: t.as('staff') });

  it('refuses a number given no digits, which class-transformer made 0', async () => {
    const res = await get('/counts/C1?size=&note=');
    expect(res.statusCode).toBe(400);
    expect(res.json<Problem>().errors).toEqual([
      { field: 'size', messages: ['size must be a number conforming to the specified constraints'] },
    ]);
    expect((await get('/counts/C1?size=0')).json()).toEqual({ countId: 'C1', size: 0 });
  });

  it('routes a path parameter of any length, for the route to judge', async () => {
    const long = 'x'.repeat(500);
    expect((await get(`/counts/${long}`)).json()).toEqual({ countId: long });
  });

  it('answers a path that is not percent-encoding as a problem', async () => {
    const res = await get('/counts/%E0%A4%A');
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json<Problem>()).toMatchObject({ status: 400, code: 'bad_url' });
  });
});
