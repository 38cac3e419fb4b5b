import { EVENT_STORE, type EventStore, type RecordedEvent, streamName, UseCaseRunner } from '@khai/event-sourcing';
import type { FeedDelivered, FeedDeliveryAdjusted } from '@khai/feed';
import { type EggsCollected, lot, type LotGraded, type LotGradingVoided } from '@khai/production';
import { adjustFeedCharge, recordEggDelivery, recordFeedCharge, voidEggDelivery } from '@khai/settlement';
import { Inject, Injectable } from '@nestjs/common';

import { commandContextFor, type ProcessManager } from '../runner/process-manager';

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
 * CPU). Bounded; a lot collected before the process's checkpoint, or forgotten, is read from its stream.
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
  private readonly collections = new Map<string, Collection>();

  constructor(
    private readonly useCases: UseCaseRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async handle(event: RecordedEvent): Promise<void> {
    const context = commandContextFor(this.name, event, 'ledger');
    switch (event.type) {
      case 'EggsCollected': {
        const { lotId, memberId, collectedOn } = (event as RecordedEvent<EggsCollected>).data;
        this.remember(lotId, { memberId, collectedOn });
        return;
      }
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
    const remembered = this.collections.get(lotId);
    if (remembered) return remembered;
    const [collected] = await this.store.readStream(lot.stream(lotId), { maxCount: 1 });
    if (collected?.type !== 'EggsCollected') throw new Error(`lot ${lotId} has no collection to name its member`);
    const { memberId, collectedOn } = (collected as RecordedEvent<EggsCollected>).data;
    return { memberId, collectedOn };
  }

  private remember(lotId: string, collection: Collection): void {
    this.collections.set(lotId, collection);
    if (this.collections.size > REMEMBERED_COLLECTIONS) {
      const [oldest] = this.collections.keys();
      if (oldest !== undefined) this.collections.delete(oldest);
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
