import { createHttpTestApp, type HttpTestApp } from '@khai/testing';
import { Body, Controller, Get, HttpCode, Module, Param, Post, Query } from '@nestjs/common';

import { cookieOf, credentialOf, Open, Roles, SignedIn } from './access';
import { JsonBody } from './json-body';

@Controller('farms')
class FarmsController {
  @Get('open')
  @Open()
  open(): object {
    return { open: true };
  }

  @Get('forgotten')
  forgotten(): object {
    return { forgotten: true };
  }

  @Get(':memberId')
  @Roles('staff', { member: 'memberId' })
  byPath(@Param('memberId') memberId: string, @SignedIn() who: { userId: string }): object {
    return { memberId, by: who.userId };
  }

  @Get()
  @Roles({ member: 'memberId' })
  byQuery(@Query('memberId') memberId: string): object {
    return { memberId };
  }

  @Post()
  @HttpCode(200)
  @JsonBody()
  @Roles({ partner: 'buyerId' })
  byBody(@Body() body: object): object {
    return body;
  }
}

@Module({ controllers: [FarmsController] })
class FarmsModule {}

describe('the access guard', () => {
  let t: HttpTestApp;
  beforeAll(async () => {
    t = await createHttpTestApp([FarmsModule]);
  });
  afterAll(() => t.close());
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('refuses a route that declares no roles to everyone, admin and the unsigned alike', async () => {
    for (const headers of [{}, t.as('admin'), t.as('staff')]) {
      const res = await get('/farms/forgotten', headers);
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('declares no roles') });
    }
  });

  it('answers an open route without credentials', async () => {
    expect((await get('/farms/open')).json()).toEqual({ open: true });
  });

  it('lets in the roles a route declares and admin; 401 without a known token, 403 for other roles', async () => {
    expect((await get('/farms/M1', t.as('staff'))).json()).toEqual({ memberId: 'M1', by: 'test-staff' });
    expect((await get('/farms/M1', t.as('admin'))).statusCode).toBe(200);
    expect((await get('/farms/M1')).statusCode).toBe(401);
    expect((await get('/farms/M1', { authorization: 'Bearer test_unknown' })).statusCode).toBe(401);
    expect((await get('/farms/M1', t.as('agency'))).statusCode).toBe(403);
    expect((await get('/farms/M1', t.as('partner', 'M1'))).statusCode).toBe(403);
  });

  it('lets a member or partner in on their own data only: path, query or body', async () => {
    expect((await get('/farms/M1', t.as('member', 'M1'))).statusCode).toBe(200);
    expect((await get('/farms/M2', t.as('member', 'M1'))).statusCode).toBe(403);
    expect((await get('/farms?memberId=M1', t.as('member', 'M1'))).statusCode).toBe(200);
    expect((await get('/farms?memberId=M2', t.as('member', 'M1'))).statusCode).toBe(403);
    expect((await get('/farms', t.as('member', 'M1'))).statusCode).toBe(403);
    const post = (payload: object, headers: Record<string, string>) =>
      t.app.inject({ method: 'POST', url: '/farms', payload, headers });
    expect((await post({ buyerId: 'B1' }, t.as('partner', 'B1'))).statusCode).toBe(200);
    expect((await post({ buyerId: 'B2' }, t.as('partner', 'B1'))).statusCode).toBe(403);
    expect((await post({}, t.as('partner', 'B1'))).statusCode).toBe(403);
    expect((await post({ buyerId: 'B1' }, t.as('member', 'B1'))).statusCode).toBe(403);
  });

  it('reads a bearer token, else the session cookie', () => {
    expect(credentialOf({ headers: { authorization: 'Bearer abc' } })).toBe('abc');
    expect(credentialOf({ headers: { authorization: 'bearer  abc ' } })).toBe('abc');
    expect(credentialOf({ headers: { authorization: 'Basic abc', cookie: 'khai_session=xyz' } })).toBeUndefined();
    expect(credentialOf({ headers: { cookie: 'a=1; khai_session=xyz; b=2' } })).toBe('xyz');
    expect(cookieOf('khai_session_old=1;khai_session= ', 'khai_session')).toBeUndefined();
    expect(cookieOf(undefined, 'khai_session')).toBeUndefined();
  });
});
