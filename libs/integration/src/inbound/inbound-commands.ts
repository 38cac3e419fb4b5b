import type { IntegrationMessage } from '@khai/contracts';
import type { CommandContext, CommandResult, UseCaseRunner } from '@khai/event-sourcing';

import { applyBuyerMessage } from './buyer-messages';
import { applySupplierMessage } from './supplier-messages';

/** The partner who sent a message, for the `actor` of the events it causes. */
export function partnerOf(message: IntegrationMessage): string | undefined {
  if ('buyerId' in message && typeof message.buyerId === 'string') return message.buyerId;
  if ('supplierId' in message && typeof message.supplierId === 'string') return message.supplierId;
  return undefined;
}

/**
 * Applies a validated partner message as the use case it asks for: the message
 * classes are the partners' language, the use cases' inputs the cooperative's.
 */
export function applyMessage(
  message: IntegrationMessage,
  context: CommandContext,
  useCases: UseCaseRunner,
): Promise<CommandResult> {
  const applied = applyBuyerMessage(message, context, useCases) ?? applySupplierMessage(message, context, useCases);
  if (!applied) throw new Error(`no use case for ${message.constructor.name}`);
  return applied;
}
