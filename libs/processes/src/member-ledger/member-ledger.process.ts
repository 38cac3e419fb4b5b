import { EVENT_STORE, type EventStore, type RecordedEvent, streamName, UseCaseRunner } from '@khai/event-sourcing';
import type { FeedDelivered, FeedDeliveryAdjusted } from '@khai/feed';
import { type EggsCollected, lot, type LotGraded, type LotGradingVoided } from '@khai/production';
import { adjustFeedCharge, recordEggDelivery, recordFeedCharge, voidEggDelivery } from '@khai/settlement';
import { Inject, Injectable } from '@nestjs/common';

import { commandContextFor, type Handling, type ProcessManager } from '../runner/process-manager';

/**
 * Feeds each member's account for settlement: graded eggs from their lots (and
 * voided gradings), feed delivered to their farms at the contract price (and
 * adjustments). Grading and adjustment events do not name the member (nor the
 * collection day), so the lot's collection and the contract's delivery are looked up in their streams.
 */
export const MEMBER_LEDGER_PROCESS = 'member-ledger';

/**
 * Collections remembered from the log the process reads anyway: a lot is graded days after it is collected, so
 * a grading finds its member here instead of reading the lot's stream (a read per grading was a tenth of a catch-up's
 * CPU). Bounded (the last 10,000 to 20,000); a lot collected before the process's checkpoint, or forgotten, is read
 * from its stream.
 */
const REMEMBERED_COLLECTIONS = 20_000;

type Collection = Pick<EggsCollected['data'], 'memberId' | 'collectedOn'>;

@Injectable()
export class MemberLedgerProcess implements ProcessManager {
  readonly name = MEMBER_LEDGER_PROCESS;
  readonly handles = new Set([
    'EggsCollected',
    'LotGraded',
    'LotGradingVoided',
    'FeedDelivered',
    'FeedDeliveryAdjusted',
  ]);
  /**
   * The collections remembered: the recent ones, and those before them. Two generations, the older dropped whole when
   * the recent one is full, rather than the oldest entry of one map dropped at every insert: reaching a Map's first
   * entry walks past every one deleted before it, and that walk was a twentieth of a catch-up's main thread.
   */
  private recent = new Map<string, Collection>();
  private older = new Map<string, Collection>();

  constructor(
    private readonly useCases: UseCaseRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  /**
   * The member whose account the event's entry goes to: entries of one member are made in log order, of different
   * members at the same time. Called in log order, so a collection is remembered before its lot's grading asks.
   */
  async keyOf(event: RecordedEvent): Promise<string> {
    switch (event.type) {
      case 'EggsCollected': {
        const { lotId, memberId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
        this.remember(lotId, { memberId, collectedOn });
        return memberId;
      }
      case 'LotGraded':
      case 'LotGradingVoided':
        return (await this.collectionOf((event as RecordedEvent<LotGraded | LotGradingVoided>).data.lotId)).memberId;
      case 'FeedDelivered':
        return (event as RecordedEvent<FeedDelivered>).data.memberId;
      case 'FeedDeliveryAdjusted': {
        const { contractId, deliveryId } = (event as RecordedEvent<FeedDeliveryAdjusted>).data;
        return this.memberOfDelivery(contractId, deliveryId);
      }
      default:
        return '';
    }
  }

  async handle(event: RecordedEvent, handling: Handling): Promise<void> {
    if (event.type === 'EggsCollected') {
      const { lotId, memberId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
      this.remember(lotId, { memberId, collectedOn });
      return;
    }
    if (handling.sent('ledger')) return;
    const context = commandContextFor(this.name, event, 'ledger');
    switch (event.type) {
      case 'LotGraded': {
        const { lotId, gradedOn, sizes } = (event as RecordedEvent<LotGraded>).data;
        const { memberId, collectedOn } = await this.collectionOf(lotId);
        const data = { memberId, lotId, gradedOn, collectedOn, sizes: sizes.map(({ size, eggs }) => ({ size, eggs })) };
        await this.useCases.run(recordEggDelivery, data, context);
        return;
      }
      case 'LotGradingVoided': {
        const { lotId, reason, voidedOn } = (event as RecordedEvent<LotGradingVoided>).data;
        const { memberId } = await this.collectionOf(lotId);
        await this.useCases.run(voidEggDelivery, { memberId, lotId, reason, voidedOn }, context);
        return;
      }
      case 'FeedDelivered': {
        const { memberId, deliveryId, deliveredOn, kg, amountSatang } = (event as RecordedEvent<FeedDelivered>).data;
        const data = { memberId, deliveryId, deliveredOn, kg, amountSatang };
        await this.useCases.run(recordFeedCharge, data, context);
        return;
      }
      case 'FeedDeliveryAdjusted': {
        const a = (event as RecordedEvent<FeedDeliveryAdjusted>).data;
        const memberId = await this.memberOfDelivery(a.contractId, a.deliveryId);
        const data = {
          memberId,
          deliveryId: a.deliveryId,
          adjustmentId: a.adjustmentId,
          deltaKg: a.deltaKg,
          amountDeltaSatang: a.amountDeltaSatang,
          reason: a.reason,
          adjustedOn: a.adjustedOn,
        };
        await this.useCases.run(adjustFeedCharge, data, context);
        return;
      }
    }
  }

  /** The lot's first event, its collection: whose eggs they are and the day the price list is taken on. */
  private async collectionOf(lotId: string): Promise<Collection> {
    const remembered = this.recent.get(lotId) ?? this.older.get(lotId);
    if (remembered) return remembered;
    const [collected] = await this.store.readStream(lot.stream(lotId), { maxCount: 1 });
    if (collected?.type !== 'EggsCollected') throw new Error(`lot ${lotId} has no collection to name its member`);
    const { memberId, collectedOn } = (collected as RecordedEvent<EggsCollected>).data;
    // Read for the key, asked again by the handling: remembered, it is read once.
    this.remember(lotId, { memberId, collectedOn });
    return { memberId, collectedOn };
  }

  private remember(lotId: string, collection: Collection): void {
    this.recent.set(lotId, collection);
    if (this.recent.size >= REMEMBERED_COLLECTIONS / 2) {
      this.older = this.recent;
      this.recent = new Map();
    }
  }

  private async memberOfDelivery(contractId: string, deliveryId: string): Promise<string> {
    const events = await this.store.readStream(streamName('feedcontract', contractId));
    const delivery = events.find(
      (e): e is RecordedEvent<FeedDelivered> =>
        e.type === 'FeedDelivered' && (e as RecordedEvent<FeedDelivered>).data.deliveryId === deliveryId,
    );
    if (!delivery) throw new Error(`delivery ${deliveryId} of contract ${contractId} not found`);
    return delivery.data.memberId;
  }
}
