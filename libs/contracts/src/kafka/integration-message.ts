import { IsIn } from 'class-validator';

import { IsIsoTimestamp, MatchesPattern, MESSAGE_ID } from './validators';

/**
 * What every message on every topic carries: a message id (also in the `message-id`
 * header) by which the receiver dedupes, when it happened, and its schema version.
 */
export abstract class IntegrationMessage {
  /** Unique per message; a redelivery carries the same id. Outbound: the event id. */
  @MatchesPattern(MESSAGE_ID, { message: 'messageId must be 1–128 letters, digits or "._:-" (a UUID is best)' })
  messageId!: string;

  /** An RFC 3339 timestamp with its offset (`isIsoTimestamp`): part of how the inbox knows the message. */
  @IsIsoTimestamp()
  occurredAt!: string;

  /** The version in the topic name; a breaking change is a new topic (`.v2`). */
  @IsIn([1])
  schemaVersion!: 1;
}
