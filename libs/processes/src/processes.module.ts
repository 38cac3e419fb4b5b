import { EVENT_STORE, type EventStore } from '@khai/event-sourcing';
import { MEMBER_LEDGER, type MemberLedger } from '@khai/settlement';
import { Module } from '@nestjs/common';

import { MEMBER_LEDGER_PROCESS, MemberLedgerProcess } from './member-ledger/member-ledger.process';
import { PROCESS_MANAGERS, ProcessManagerRunner } from './runner/process-manager-runner';
import { ProcessStatusController } from './runner/process-status.controller';
import { DeliveredSaleProcess } from './shipment-allocation/delivered-sale.process';
import { OrderDispatchProcess } from './shipment-allocation/order-dispatch.process';
import { ShipmentAllocationProcess } from './shipment-allocation/shipment-allocation.process';

/** The steps that cross contexts, each a process manager on a checkpointed subscription. */
@Module({
  controllers: [ProcessStatusController],
  providers: [
    ShipmentAllocationProcess,
    OrderDispatchProcess,
    DeliveredSaleProcess,
    MemberLedgerProcess,
    {
      provide: PROCESS_MANAGERS,
      useFactory: (...managers: unknown[]) => managers,
      inject: [ShipmentAllocationProcess, OrderDispatchProcess, DeliveredSaleProcess, MemberLedgerProcess],
    },
    ProcessManagerRunner,
    {
      // Settlements wait for the member ledger (libs/settlement member-ledger.port.ts).
      provide: MEMBER_LEDGER,
      useFactory: (runner: ProcessManagerRunner, store: EventStore): MemberLedger => ({
        head: () => store.headPosition(),
        reach: (position, timeoutMs) => runner.reach(MEMBER_LEDGER_PROCESS, position, timeoutMs),
      }),
      inject: [ProcessManagerRunner, EVENT_STORE],
    },
  ],
  exports: [ProcessManagerRunner, MEMBER_LEDGER],
})
export class ProcessesModule {}
