/*
 * patches/kafkajs+2.2.4.patch (applied by `patch-package` on install): kafkajs' Encoder takes its
 * buffers from Node's pool (`Buffer.allocUnsafe`) instead of zero-filling a fresh 512-byte
 * ArrayBuffer for every record, header and request it encodes (`Buffer.alloc`), which was about a
 * quarter of the relay's CPU per event (docs/benchmarks.md). Unzeroed memory is safe there only
 * because the Encoder hands out nothing past the bytes it wrote: these tests hold it to that.
 */

interface EncoderInstance {
  buf: Buffer;
  readonly buffer: Buffer;
}

interface RecordInput {
  offsetDelta: number;
  timestampDelta: number;
  key: Buffer;
  value: Buffer;
  headers: Record<string, string>;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const Encoder = require('kafkajs/src/protocol/encoder') as new (initialSize?: number) => EncoderInstance;
const { RecordBatch } = require('kafkajs/src/protocol/recordBatch/v0') as {
  RecordBatch: (batch: object) => Promise<EncoderInstance>;
};
const Record = require('kafkajs/src/protocol/recordBatch/record/v0') as (record: RecordInput) => EncoderInstance;
const Decoder = require('kafkajs/src/protocol/decoder') as new (buffer: Buffer) => object;
const decodeBatch = require('kafkajs/src/protocol/recordBatch/v0/decoder') as (decoder: object) => Promise<{
  records: { key: Buffer; value: Buffer; headers: Record<string, Buffer> }[];
}>;
const KafkaLong = require('kafkajs/src/utils/long') as { fromValue(value: number): unknown };
/* eslint-enable @typescript-eslint/no-require-imports */

/** Fills what Node's buffer pool hands out next with `byte`, so that unwritten bytes would show. */
function dirtyPool(byte: number): void {
  for (let i = 0; i < 64; i++) Buffer.allocUnsafe(512).fill(byte);
}

async function encodeOrders(count: number): Promise<Buffer> {
  const records = Array.from({ length: count }, (_, i) =>
    Record({
      offsetDelta: i,
      timestampDelta: 0,
      key: Buffer.from(`SO-${i}`),
      value: Buffer.from(JSON.stringify({ orderId: `SO-${i}`, note: 'ไข่ไก่ เบอร์ 1'.repeat(i % 40) })),
      headers: { 'message-id': `id-${i}`, 'message-type': 'coop.order-confirmed', 'x-empty': '' },
    }),
  );
  const batch = await RecordBatch({
    compression: 0,
    firstTimestamp: 1_764_000_000_000,
    maxTimestamp: 1_764_000_000_000,
    producerId: KafkaLong.fromValue(7),
    producerEpoch: 0,
    firstSequence: 0,
    lastOffsetDelta: count - 1,
    records,
  });
  return Buffer.from(batch.buffer);
}

describe("kafkajs' Encoder (patched)", () => {
  it("takes its buffer from Node's pool instead of a zero-filled buffer of its own", () => {
    const encoder = new Encoder();
    expect(encoder.buf.buffer.byteLength).toBe(Buffer.poolSize);
  });

  it('writes the same bytes whatever the pool held before: nothing unwritten leaks into a batch', async () => {
    dirtyPool(0xaa);
    const first = await encodeOrders(120);
    dirtyPool(0x55);
    const second = await encodeOrders(120);
    expect(second.equals(first)).toBe(true);
  });

  it('encodes records that decode to what was given', async () => {
    dirtyPool(0xff);
    const bytes = await encodeOrders(50);
    const { records } = await decodeBatch(new Decoder(bytes));
    expect(records).toHaveLength(50);
    records.forEach((record, i) => {
      expect(record.key.toString()).toBe(`SO-${i}`);
      expect(JSON.parse(record.value.toString())).toEqual({ orderId: `SO-${i}`, note: 'ไข่ไก่ เบอร์ 1'.repeat(i % 40) });
      expect(record.headers['message-id']?.toString()).toBe(`id-${i}`);
      expect(record.headers['x-empty']?.toString()).toBe('');
    });
  });
});
