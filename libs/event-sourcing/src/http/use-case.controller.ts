import { ID_PATTERN, MatchesPattern } from '@khai/contracts';
import type { DomainEvent } from '@khai/core';
import type { CommandContext, CommandResult } from '@khai/core';
import { EVENT_STORE, type EventStore } from '@khai/core';
import { type AnyUseCase, runRequest, runUseCase, type UseCase } from '@khai/core';
import { Body, Controller, HttpCode, Inject, Injectable, Param, Post, Res, type Type } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiOperation,
  ApiProperty,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { Roles } from './access';
import { Context } from './command-context';
import { CommandResponseDto, toCommandResponse } from './command-response';
import { JsonBody } from './json-body';
import { ApiProblems, COMMAND_PROBLEMS } from './problem-responses';

/** Carries out use cases for every edge (HTTP, Kafka, process managers) on the process's event store. */
@Injectable()
export class UseCaseRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  run<Input, Command, Event extends DomainEvent, State>(
    use: UseCase<Input, Command, Event, State>,
    input: Input,
    context: CommandContext,
  ): Promise<CommandResult<Event>> {
    return runUseCase(this.store, use, input, context, (token) => this.setting(token));
  }

  /** A routed request: the use case, then the one its route says completes it (`HttpRoute.then`). */
  runRequest<Input>(use: UseCase<Input, unknown, DomainEvent, unknown>, input: Input, context: CommandContext) {
    return runRequest(this.store, use, input, context, (token) => this.setting(token));
  }

  private setting(token: symbol | string): unknown {
    try {
      return this.moduleRef.get(token, { strict: false });
    } catch {
      return undefined; // not bound: the use case's fallback
    }
  }
}

/**
 * One controller per routed use case, made from its declaration: `POST path`
 * whose path parameters and body, validated by their classes, are the input.
 * The classes are given to Nest (validation) and Swagger (the document) as the
 * handler's parameter types, which a generic method cannot declare itself.
 */
export function useCaseControllers(useCases: readonly AnyUseCase[]): Type[] {
  return useCases.flatMap((use) =>
    use.http ? [controllerFor(use as UseCase<object, unknown, DomainEvent, unknown>)] : [],
  );
}

function controllerFor(use: UseCase<object, unknown, DomainEvent, unknown>): Type {
  const route = use.http!;
  const name = route.operationId ?? use.name;
  const operation = { operationId: name, summary: route.summary ?? name, description: route.description };
  const pending = route.pending;
  const answered = pending
    ? ApiAcceptedResponse({
        type: CommandResponseDto,
        description: `Recorded; ${pending.what} follows, and the resource at Location says how it went`,
        headers: { Location: { description: 'where to look', schema: { type: 'string' } } },
      })
    : ApiCreatedResponse({ type: CommandResponseDto });

  @ApiTags(route.tag)
  @Controller()
  class UseCaseController {
    constructor(readonly runner: UseCaseRunner) {}

    @Post(route.path)
    @Roles(...route.roles)
    @HttpCode(pending ? 202 : 201)
    @ApiOperation(operation)
    @ApiHeader({ name: 'Idempotency-Key', required: false })
    @ApiHeader({ name: 'Accept-Language', required: false, description: 'th: field errors in Thai; else English' })
    @answered
    @ApiProblems(COMMAND_PROBLEMS)
    @JsonBody()
    async handle(
      @Param() params: object,
      @Body() body: object,
      @Context() context: CommandContext,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<CommandResponseDto> {
      // An absent optional field is absent from the input, not a key holding `undefined`.
      const input = Object.fromEntries(Object.entries({ ...body, ...params }).filter(([, v]) => v !== undefined));
      const response = toCommandResponse(await this.runner.runRequest(use, input, context));
      if (!pending) return response;
      const location = pending.location(input);
      void reply.header('location', location);
      return { ...response, pending: { what: pending.what, location } };
    }
  }
  Reflect.defineMetadata(
    'design:paramtypes',
    [route.params ?? pathIdsOf(route.path), route.body, Object, Object],
    UseCaseController.prototype,
    'handle',
  );
  Object.defineProperty(UseCaseController, 'name', { value: `${name}Controller` });
  return UseCaseController;
}

/** The path's parameters (`:name`) as ids, or no class to validate when it has none. */
function pathIdsOf(path: string): abstract new () => object {
  const names = [...path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  return names.length === 0 ? Object : pathIds(...names);
}

/** The class of path parameters that are all ids (`ID_PATTERN`), e.g. `pathIds('lotId', 'shipmentId')`. */
export function pathIds(...names: readonly string[]): abstract new () => object {
  const params = class {};
  Object.defineProperty(params, 'name', { value: `${names.join('And')}Params` });
  for (const name of names) {
    ApiProperty({ type: String, pattern: ID_PATTERN.source })(params.prototype, name);
    MatchesPattern(ID_PATTERN)(params.prototype, name);
  }
  return params;
}
