import { Module } from '@nestjs/common';

import { MemberLedgerProcess } from './member-ledger/member-ledger.process';
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
  ],
  exports: [ProcessManagerRunner],
})
export class ProcessesModule {}
