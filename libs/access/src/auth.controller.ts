import {
  ApiProblems,
  credentialOf,
  JsonBody,
  KhaiError,
  Open,
  type Principal,
  ROLES,
  Roles,
  SignedIn,
  ValidationFailed,
} from '@khai/event-sourcing';
import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import {
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { MaxLength, MinLength } from 'class-validator';
import { IsIn, IsOptional, IsString } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';

import { ACCESS_OPTIONS, type AccessOptions } from './access-options';
import { AccountRefused, AccountStore } from './account-store';
import { PASSWORD_MAX_LENGTH } from './passwords';
import { sessionCookie, signedOutCookie } from './session-cookie';
import { SignInThrottle } from './sign-in-throttle';

/** Username or password not accepted: one answer for both, so it does not tell which. */
export class SignInFailed extends KhaiError {
  readonly code = 'sign_in_failed';
  readonly status = 401;
  readonly title = 'Sign-in failed';

  constructor() {
    super('the username or the password is not right, or the account is disabled');
  }
}

/** Too many failed sign-ins for the username in a row: wait (`Retry-After`) before trying again. */
export class SignInThrottled extends KhaiError {
  readonly code = 'sign_in_throttled';
  readonly status = 429;
  readonly title = 'Too many failed sign-ins';

  constructor(readonly retryAfterSeconds: number) {
    super(`too many failed sign-ins for this username: try again in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}

export class SignInDto {
  @ApiProperty({ example: 'somsri', maxLength: 64 }) @IsString() @MinLength(1) @MaxLength(64) username!: string;
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;
  @ApiPropertyOptional({
    enum: ['cookie', 'bearer'],
    description:
      '`cookie` (default, for the web app): the session is an HttpOnly, SameSite=Strict cookie and no token is ' +
      'answered; `bearer` (for API clients): the token is answered, to send as `Authorization: Bearer <token>`',
  })
  @IsOptional()
  @IsIn(['cookie', 'bearer'])
  session?: 'cookie' | 'bearer';
}

export class PrincipalDto {
  @ApiProperty({ example: 'u-3f9a0c1d5e7b2a48' }) userId!: string;
  @ApiProperty({ example: 'somsri' }) username!: string;
  @ApiProperty({ enum: ROLES }) role!: string;
  @ApiPropertyOptional({ description: 'the member a member account is bound to' }) memberId?: string;
  @ApiPropertyOptional({ description: 'the buyer or feed supplier a partner account is bound to' }) partnerId?: string;
}

export class SessionDto extends PrincipalDto {
  @ApiProperty({ format: 'date-time', description: 'when the session ends' }) expiresAt!: string;
  @ApiPropertyOptional({ description: 'with `session: bearer` only: the bearer token (shown once, never stored)' })
  token?: string;
}

export class ChangePasswordDto {
  @ApiProperty({ maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword!: string;
  @ApiProperty({ minLength: 12, maxLength: PASSWORD_MAX_LENGTH, format: 'password' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  newPassword!: string;
}

const ANY_ROLE = ROLES;

/** Sign-in and the signed-in account's own session and password (`/auth/*`). */
@ApiTags('access')
@Controller('auth')
export class AuthController {
  constructor(
    @Inject(AccountStore) private readonly accounts: AccountStore,
    @Inject(SignInThrottle) private readonly throttle: SignInThrottle,
    @Inject(ACCESS_OPTIONS) private readonly options: AccessOptions,
  ) {}

  @Post('sign-in')
  @HttpCode(200)
  @Open()
  @ApiOperation({
    operationId: 'SignIn',
    summary: 'Sign in with a username and password: a session cookie, or a bearer token',
    description:
      'Five failed sign-ins in a row for a username make it wait, twice as long after each further failure ' +
      '(429 with Retry-After).',
  })
  @ApiOkResponse({
    type: SessionDto,
    headers: {
      'Set-Cookie': { description: 'with `session: cookie`: the session cookie', schema: { type: 'string' } },
    },
  })
  @ApiProblems([400, 401, 413, 415, 429])
  @JsonBody()
  async signIn(@Body() body: SignInDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SessionDto> {
    this.refuseWhileThrottled(body.username, reply);
    const session = await this.accounts.signIn(body.username, body.password);
    if (!session) {
      this.throttle.failed(body.username);
      throw new SignInFailed();
    }
    this.throttle.succeeded(body.username);
    const answer = { ...toPrincipalDto(session.principal), expiresAt: session.expiresAt };
    if (body.session === 'bearer') return { ...answer, token: session.token };
    void reply.header('set-cookie', sessionCookie(session.token, session.expiresAt, this.options.cookieSecure));
    return answer;
  }

  @Post('sign-out')
  @HttpCode(204)
  @Roles(...ANY_ROLE)
  @ApiOperation({ operationId: 'SignOut', summary: 'End this session (its token or cookie stops working at once)' })
  @ApiNoContentResponse({ description: 'signed out' })
  signOut(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): void {
    const credential = credentialOf(request);
    if (credential !== undefined) this.accounts.signOut(credential);
    void reply.header('set-cookie', signedOutCookie(this.options.cookieSecure));
  }

  @Post('password')
  @HttpCode(204)
  @Roles(...ANY_ROLE)
  @ApiOperation({
    operationId: 'ChangePassword',
    summary: 'Change the signed-in account’s password; its other sessions end',
  })
  @ApiNoContentResponse({ description: 'changed; this session goes on, every other one has ended' })
  @ApiProblems([400, 413, 415, 429])
  @JsonBody()
  async changePassword(
    @Body() body: ChangePasswordDto,
    @SignedIn() principal: Principal,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    if (this.accounts.isFederated(principal.userId))
      throw new ValidationFailed([
        {
          field: 'currentPassword',
          messages: ['this account signs in through the OpenID Connect provider: change the password there'],
        },
      ]);
    this.refuseWhileThrottled(principal.username, reply);
    if (!(await this.accounts.passwordIs(principal.userId, body.currentPassword))) {
      this.throttle.failed(principal.username);
      throw new ValidationFailed([{ field: 'currentPassword', messages: ['is not the account’s password'] }]);
    }
    this.throttle.succeeded(principal.username);
    try {
      await this.accounts.setPassword(
        principal.username,
        body.newPassword,
        `user:${principal.userId}`,
        credentialOf(request),
      );
    } catch (error) {
      if (error instanceof AccountRefused)
        throw new ValidationFailed([{ field: 'newPassword', messages: [error.message] }]);
      throw error;
    }
  }

  @Get('me')
  @Roles(...ANY_ROLE)
  @ApiOperation({ operationId: 'GetSignedIn', summary: 'Who is signed in, in which role' })
  @ApiOkResponse({ type: PrincipalDto })
  me(@SignedIn() principal: Principal): PrincipalDto {
    return toPrincipalDto(principal);
  }

  /** 429 with Retry-After while the username must wait after failed attempts. */
  private refuseWhileThrottled(username: string, reply: FastifyReply): void {
    const wait = this.throttle.waitFor(username);
    if (wait === 0) return;
    const seconds = Math.ceil(wait / 1000);
    void reply.header('retry-after', String(seconds));
    throw new SignInThrottled(seconds);
  }
}

function toPrincipalDto(principal: Principal): PrincipalDto {
  return {
    userId: principal.userId,
    username: principal.username,
    role: principal.role,
    ...(principal.memberId === undefined ? {} : { memberId: principal.memberId }),
    ...(principal.partnerId === undefined ? {} : { partnerId: principal.partnerId }),
  };
}
