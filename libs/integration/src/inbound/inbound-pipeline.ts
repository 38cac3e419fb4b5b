import { hash } from 'node:crypto';

import {
  deadLetterTopic,
  HEADERS,
  type IntegrationMessage,
  MESSAGE_ID,
  parseMessage,
  type ParseResult,
  partnerTopic,
  type TopicSpec,
  topicSpec,
} from '@khai/contracts';
import { type CommandResult, KhaiError, UseCaseRunner } from '@khai/event-sourcing';
import { Inject, Injectable } from '@nestjs/common';

import {
  deadLettered,
  INBOX_STORE,
  type InboxEntry,
  type InboxKey,
  inboxKeyString,
  type InboxStore,
  isDeadLettered,
} from '../inbox/inbox-store.port';
import { type InboundMessage, INTEGRATION_BUS, type IntegrationBus } from '../integration-bus.port';
import { rejectionNotice } from '../outbound/notice-mappers';
import {
  type RetryOutcome,
  WAITING_OPTIONS,
  type WaitingOptions,
  WaitingRoom,
  waitsOut,
} from '../waiting/waiting-room';
import { WAITING_STORE, type WaitingMessage, type WaitingStore } from '../waiting/waiting-store.port';
import { applyMessage, partnerOf } from './inbound-commands';

export interface InboundCounts {
  applied: number;
  repeated: number;
  noChange: number;
  duplicates: number;
  deadLettered: number;
  /** Messages that came again after a dead letter and were handled again (each also counted by its new outcome). */
  retried: number;
  /** Messages that had to wait for what they name (or behind one of their key that did); each also counted by its outcome. */
  waited: number;
  /** Of those, the messages dead-lettered because what they named was still not there when their time was up. */
  waitedInVain: number;
}

/** Longest reason kept in the `dlq-reason` header. */
const MAX_REASON = 2000;

/**
 * One inbound message, from bytes to a durable effect: parse and validate
 * (class-validator), look it up in the inbox by message id and occurredAt, map it to its
 * command, apply it once (the idempotency key `kafka:<messageId>@<occurredAt>`), and record
 * the outcome in the inbox with a hash of the bytes. A message is known by its id and
 * occurredAt; the same key again is:
 * - the same bytes, applied before: a redelivery, acknowledged with no effect;
 * - the same bytes, dead-lettered before: a retry, handled again (the order it
 *   needed may exist by now) and its new outcome recorded;
 * - other bytes: another message under a used id, dead-lettered `message_id_reused`.
 * An inbox record lost in a crash is stood in for by the idempotency key, which the
 * log keeps with the events. The same id with another occurredAt is another message
 * (each fact it states is recorded once by its own id: a payment's, a round's).
 * Whatever the cooperative cannot accept — not JSON,
 * invalid, the wrong key, a business refusal (4xx) — goes to `<topic>.dlq` with
 * the reason in headers, and the consumer moves on. But a message refused because
 * what it names is not there yet (`*_not_found`: a payment that overtook its order,
 * which came on another topic) waits for it in the `WaitingRoom`, tried again with
 * back-off for a bounded time, and the messages of its topic and key that follow
 * wait behind it; only when the time is up is it dead-lettered. Anything else (the
 * store is down) throws, and the bus retries the message.
 */
@Injectable()
export class InboundPipeline {
  readonly counts: InboundCounts = {
    applied: 0,
    repeated: 0,
    noChange: 0,
    duplicates: 0,
    deadLettered: 0,
    retried: 0,
    waited: 0,
    waitedInVain: 0,
  };
  /** Messages waiting for what they name; `waiting.tryDue()` tries those whose time has come. */
  readonly waiting: WaitingRoom;
  /** The inbox keys of the messages being handled now, with the hash of their bytes. */
  private readonly inFlight = new Map<string, string>();

  constructor(
    @Inject(UseCaseRunner) private readonly useCases: UseCaseRunner,
    @Inject(INBOX_STORE) private readonly inbox: InboxStore,
    @Inject(INTEGRATION_BUS) private readonly bus: IntegrationBus,
    @Inject(WAITING_STORE) waitingStore: WaitingStore,
    @Inject(WAITING_OPTIONS) private readonly waitingOptions: WaitingOptions,
  ) {
    this.waiting = new WaitingRoom(waitingStore, waitingOptions, (w, mayWait) => this.retryWaiting(w, mayWait));
  }

  readonly handle = async (raw: InboundMessage): Promise<void> => {
    const spec = topicSpec(raw.topic);
    const parsed = spec?.direction === 'inbound' ? parseMessage(spec.message, raw.value) : undefined;
    const key: InboxKey = parsed?.ok
      ? { messageId: parsed.message.messageId, occurredAt: parsed.message.occurredAt }
      : looseKey(raw);
    const { messageId } = key;
    const bodyHash = bodyHashOf(raw.value);
    // Claimed before anything is awaited: another message under this key handled at the same time (another
    // Kafka key, so another queue) is told apart here, before either has a record in the inbox.
    const claim = inboxKeyString(key);
    const other = this.inFlight.get(claim);
    if (other !== undefined) {
      if (other === bodyHash) this.counts.duplicates += 1;
      else {
        const first = { receivedAt: new Date().toISOString(), outcome: 'being handled' };
        await this.deadLetter(raw, messageId, 'message_id_reused', reusedReason(key, first));
      }
      return;
    }
    this.inFlight.set(claim, bodyHash);
    try {
      await this.handleClaimed(raw, spec, parsed, key, bodyHash);
    } finally {
      this.inFlight.delete(claim);
    }
  };

  private async handleClaimed(
    raw: InboundMessage,
    spec: TopicSpec | undefined,
    parsed: ParseResult<IntegrationMessage> | undefined,
    key: InboxKey,
    bodyHash: string,
  ): Promise<void> {
    const { messageId } = key;
    await this.waiting.load();
    const earlier = await this.inbox.find(key);
    const waiting = earlier ? undefined : this.waiting.find(key);
    const known =
      earlier ?? (waiting && { ...waiting, receivedAt: new Date(waiting.since).toISOString(), outcome: 'waiting' });
    if (known) {
      if (known.bodyHash !== null && known.bodyHash !== bodyHash) {
        await this.deadLetter(raw, messageId, 'message_id_reused', reusedReason(key, known));
        return;
      }
      if (!isDeadLettered(known.outcome)) {
        this.counts.duplicates += 1;
        return;
      }
      this.counts.retried += 1;
    }
    let outcome: string;
    if (!spec || !parsed) {
      outcome = await this.deadLetter(raw, messageId, 'unknown_topic', `${raw.topic} is not an inbound topic`);
    } else if (!parsed.ok) {
      outcome = await this.deadLetter(raw, messageId, parsed.code, JSON.stringify(parsed.errors));
    } else if (raw.headers[HEADERS.messageId] !== messageId) {
      outcome = await this.headerRefused(raw, parsed.message);
    } else if (raw.partner !== undefined && !sentBy(parsed.message, raw.partner)) {
      // No notice to the partner the message names: it did not send it.
      outcome = await this.deadLetter(raw, messageId, 'sender_mismatch', senderReason(raw, parsed.message));
    } else if (raw.key !== keyOf(parsed.message, spec.key)) {
      const expected = keyOf(parsed.message, spec.key);
      const reason = `the key must be the ${spec.key} "${expected}" (got ${raw.key === null ? 'no key' : `"${raw.key}"`}): it keeps the messages of one ${spec.key} in order`;
      outcome = await this.deadLetter(raw, messageId, 'key_mismatch', reason, parsed.message);
    } else if (this.waiting.holds(raw.topic, raw.key)) {
      // Behind a message of its key that waits: applied after it, in order.
      if (this.waiting.full) throw new Error(`${this.waiting.size} messages wait: ${messageId} is tried again later`);
      await this.waiting.park({ ...key, message: raw, bodyHash }, null);
      this.counts.waited += 1;
      return;
    } else {
      const applied = await this.apply(raw, parsed.message);
      if (typeof applied === 'string') {
        outcome = applied;
      } else if (this.waiting.admits(applied.code)) {
        await this.waiting.park({ ...key, message: raw, bodyHash }, applied);
        this.counts.waited += 1;
        return;
      } else {
        outcome = await this.deadLetter(raw, messageId, applied.code, applied.reason, parsed.message);
      }
    }
    await this.inbox.record({ ...key, topic: raw.topic, receivedAt: new Date().toISOString(), outcome, bodyHash });
  }

  /**
   * A waiting message tried again (by the `WaitingRoom`, when due): applied, dead-lettered, or — refused
   * `*_not_found` while it may still wait — left waiting. Its outcome is recorded in the inbox as any other's.
   */
  private async retryWaiting(w: WaitingMessage, mayWait: boolean): Promise<RetryOutcome> {
    const raw = w.message;
    const earlier = await this.inbox.find(w);
    // Done before a crash that kept it in the store: its outcome is in the inbox already.
    if (earlier && earlier.bodyHash === w.bodyHash && !isDeadLettered(earlier.outcome)) return 'done';
    const spec = topicSpec(raw.topic);
    const parsed = spec?.direction === 'inbound' ? parseMessage(spec.message, raw.value) : undefined;
    let outcome: string;
    if (!parsed?.ok) {
      outcome = await this.deadLetter(raw, w.messageId, parsed?.code ?? 'unknown_topic', 'the message no longer reads');
    } else {
      const applied = await this.apply(raw, parsed.message);
      if (typeof applied === 'string') {
        outcome = applied;
      } else if (mayWait && waitsOut(applied.code)) {
        return applied;
      } else {
        const waited = Math.round((this.waitingOptions.now() - w.since) / 1000);
        if (waitsOut(applied.code)) this.counts.waitedInVain += 1;
        const reason = `${applied.reason} (after ${w.attempts + 1} tries in ${waited} s)`;
        outcome = await this.deadLetter(raw, w.messageId, applied.code, reason, parsed.message);
      }
    }
    await this.inbox.record({
      messageId: w.messageId,
      occurredAt: w.occurredAt,
      topic: raw.topic,
      receivedAt: new Date().toISOString(),
      outcome,
      bodyHash: w.bodyHash,
    });
    return 'done';
  }

  /** Applies a message: its outcome (`applied`, `repeated`, `no_change`), or the business refusal it met. */
  private async apply(
    raw: InboundMessage,
    message: IntegrationMessage,
  ): Promise<string | { readonly code: string; readonly reason: string }> {
    // On a partner's own topic the broker vouches for the sender; on a shared topic only the message names it.
    const partner = raw.partner ?? partnerOf(message);
    const context = {
      actor: partner ? `partner:${partner}` : `kafka:${raw.topic}`,
      correlationId: raw.headers[HEADERS.correlationId] ?? message.messageId,
      causationId: message.messageId,
      idempotencyKey: `kafka:${message.messageId}@${message.occurredAt}`,
    };
    let result: CommandResult;
    try {
      result = await applyMessage(message, context, this.useCases);
    } catch (error) {
      if (!isRefusal(error)) throw error;
      const details = Object.keys(error.details).length > 0 ? ` ${JSON.stringify(error.details)}` : '';
      return { code: error.code, reason: `${error.message}${details}` };
    }
    if (result.repeated) {
      this.counts.repeated += 1;
      return 'repeated';
    }
    if (result.events.length === 0) {
      this.counts.noChange += 1;
      return 'no_change';
    }
    this.counts.applied += 1;
    return 'applied';
  }

  /** The `message-id` header every message carries (docs/asyncapi.yaml) is missing, or is not the body's id. */
  private headerRefused(raw: InboundMessage, message: IntegrationMessage): Promise<string> {
    const { messageId } = message;
    const header = raw.headers[HEADERS.messageId];
    return header === undefined
      ? this.deadLetter(
          raw,
          messageId,
          'message_id_header_missing',
          `no message-id header: it must be the body's messageId "${messageId}"`,
          message,
        )
      : this.deadLetter(
          raw,
          messageId,
          'message_id_header_mismatch',
          `the message-id header "${header}" is not the body's messageId "${messageId}": the two must be the same`,
          message,
        );
  }

  /**
   * Sends a message to its dead-letter topic with the reason in headers; a buyer's offer or delivery confirmation,
   * or a supplier's quote, delivery note or invoice, that was read gets, in the same publish, a REJECTED notice on
   * `coop.notices.v1`.
   */
  private async deadLetter(
    raw: InboundMessage,
    messageId: string,
    code: string,
    reason: string,
    message?: IntegrationMessage,
  ): Promise<string> {
    const said = reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
    const notice = message && rejectionNotice(raw, message, code, said);
    await this.bus.publish([
      {
        topic: deadLetterTopic(raw.topic),
        key: raw.key,
        // On per-partner topics, to the sender's own: the partner the body names may not be the one that sent it.
        ...(raw.partner === undefined ? {} : { partner: raw.partner }),
        value: raw.value ?? Buffer.alloc(0),
        headers: {
          ...raw.headers,
          [HEADERS.messageId]: messageId,
          [HEADERS.dlqCode]: code,
          [HEADERS.dlqReason]: said,
          [HEADERS.dlqOriginalTopic]: raw.topic,
          [HEADERS.dlqOriginalPartition]: String(raw.partition),
          [HEADERS.dlqOriginalOffset]: raw.offset,
        },
      },
      ...(notice ? [notice] : []),
    ]);
    this.counts.deadLettered += 1;
    return deadLettered(code);
  }
}

/**
 * A business refusal: the message will never be accepted as it is (4xx). A
 * concurrency conflict (412) that outlasted handleCommand's retries is not one:
 * it is tried again.
 */
function isRefusal(error: unknown): error is KhaiError {
  return error instanceof KhaiError && error.status >= 400 && error.status < 500 && error.status !== 412;
}

/**
 * A hash of a message's bytes, kept in the inbox: the first 128 bits of its SHA-256 (base64url), plenty to tell
 * apart two messages a partner sent under one id, in 22 bytes of the row instead of 43.
 */
export function bodyHashOf(value: Buffer | null): string {
  return hash('sha256', value ?? Buffer.alloc(0), 'base64url').slice(0, 22);
}

function reusedReason(key: InboxKey, earlier: Pick<InboxEntry, 'receivedAt' | 'outcome'>): string {
  const at = key.occurredAt === '' ? '' : ` with occurredAt ${key.occurredAt}`;
  return (
    `message ${key.messageId}${at} came on ${earlier.receivedAt} with other bytes (${earlier.outcome}): ` +
    'a message sent again must be the same bytes, and a new message needs a new messageId'
  );
}

/**
 * Whether a message names as its sender (`buyerId`, `supplierId`) the partner whose topic it came on. A message that
 * names no partner (a delivery note names its contract) passes here: what it names is checked by its use case.
 */
function sentBy(message: IntegrationMessage, partner: string): boolean {
  const named = partnerOf(message);
  return named === undefined || named === partner;
}

function senderReason(raw: InboundMessage, message: IntegrationMessage): string {
  const field = 'buyerId' in message ? 'buyerId' : 'supplierId';
  return (
    `the message's ${field} "${partnerOf(message) ?? ''}" is not the partner whose topic it came on ` +
    `(${partnerTopic(raw.partner ?? '', 'in', raw.topic)}, partner "${raw.partner ?? ''}"): a partner sends only ` +
    'as itself, on its own topics'
  );
}

function keyOf(message: IntegrationMessage, field: string): string | undefined {
  const value = (message as unknown as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

/** Longest `occurredAt` of a body that did not validate kept in its inbox key; a longer one is not kept. */
const MAX_LOOSE_TIME = 64;

/**
 * The inbox key of a message that did not validate, so that its redelivery is
 * recognised and not dead-lettered twice. The message id: the body's, else the
 * header's, else where it sits in the log; the time: the body's `occurredAt` if
 * it is a short string, else none ('').
 */
function looseKey(raw: InboundMessage): InboxKey {
  let body: unknown;
  try {
    body = JSON.parse(raw.value?.toString() ?? '');
  } catch {
    // not JSON: the header, or the place in the log
  }
  const fields = (typeof body === 'object' && body !== null ? body : {}) as {
    messageId?: unknown;
    occurredAt?: unknown;
  };
  const at = fields.occurredAt;
  const occurredAt = typeof at === 'string' && at.length <= MAX_LOOSE_TIME ? at : '';
  const id = fields.messageId;
  if (typeof id === 'string' && MESSAGE_ID.test(id)) return { messageId: id, occurredAt };
  const header = raw.headers[HEADERS.messageId];
  if (header !== undefined && MESSAGE_ID.test(header)) return { messageId: header, occurredAt };
  // On per-partner topics, the partner's topic: two partners' topics have records at the same places.
  const topic = raw.partner === undefined ? raw.topic : partnerTopic(raw.partner, 'in', raw.topic);
  return { messageId: `${topic}/${raw.partition}/${raw.offset}`, occurredAt };
}
