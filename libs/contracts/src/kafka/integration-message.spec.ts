import { BuyerPaymentMessage } from './buyers.messages';
import { parseMessage } from './parse';

const payment = (occurredAt: unknown) => ({
  messageId: 'b5a4d0a2-5c1e-4f3e-9d43-2f4f1c7e9a10',
  occurredAt,
  schemaVersion: 1,
  buyerId: 'B-makro-cm',
  orderId: 'SO-1',
  paymentId: 'P-1',
  paidOn: '2026-11-30',
  amountSatang: 100_000,
  method: 'TRANSFER',
});

describe('occurredAt of a partner message', () => {
  it.each(['2026-12-07T09:30:00+07:00', '2026-12-07T02:30:00.123Z'])('takes %s', (occurredAt) => {
    const parsed = parseMessage<BuyerPaymentMessage>(BuyerPaymentMessage, JSON.stringify(payment(occurredAt)));
    expect(parsed.ok && parsed.message.occurredAt).toBe(occurredAt);
  });

  // Each is ISO 8601 but not the RFC 3339 timestamp with offset the partner's guide and docs/asyncapi.yaml promise.
  it.each(['2026-12-07', '2026-12-07T09:30:00', '2026-12-07T09:30+07:00', '2026-W50-1T09:30:00Z'])(
    'refuses %s, naming the field and the form it must have',
    (occurredAt) => {
      expect(parseMessage(BuyerPaymentMessage, JSON.stringify(payment(occurredAt)))).toEqual({
        ok: false,
        code: 'validation_failed',
        errors: [
          {
            field: 'occurredAt',
            messages: ['occurredAt must be an RFC 3339 timestamp with its offset (e.g. 2026-12-07T09:30:00+07:00)'],
          },
        ],
      });
    },
  );
});
