import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';
import { Global, Module } from '@nestjs/common';

import { GRADED_SIZE_CLASSES } from './commands/size-classes';
import { ProductionModule } from './production.module';

/** The cooperative grades only into 0–5 here, as the platform does with KHAI_SIZE_CLASSES=0,1,2,3,4,5. */
@Global()
@Module({ providers: [{ provide: GRADED_SIZE_CLASSES, useValue: [0, 1, 2, 3, 4, 5] }], exports: [GRADED_SIZE_CLASSES] })
class NoSizeSixModule {}

describe('grading into the configured size classes', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([NoSizeSixModule, ProductionModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [{ memberId: 'M1', farmIds: ['F1'] }],
      flocks: [{ flockId: 'FL1', memberId: 'M1', farmId: 'F1', hensPlaced: 5000, placedOn: '2026-01-05' }],
    });
    await t.app.inject({
      method: 'POST',
      url: '/lots',
      payload: { lotId: 'L1', memberId: 'M1', farmId: 'F1', flockId: 'FL1', collectedOn: '2026-11-24', eggs: 100 },
      headers: t.as('staff'),
    });
  });
  afterEach(() => t.close());

  it('refuses a class the cooperative does not grade, and accepts the others', async () => {
    const payload = (size: number) => ({ gradedOn: '2026-11-24', sizes: [{ size, eggs: 100 }], rejects: [] });
    const six = await t.app.inject({
      method: 'POST',
      url: '/lots/L1/grading',
      payload: payload(6),
      headers: t.as('staff'),
    });
    expect(six.statusCode).toBe(422);
    expect(six.json()).toMatchObject({ code: 'size_class_not_enabled' });
    const five = await t.app.inject({
      method: 'POST',
      url: '/lots/L1/grading',
      payload: payload(5),
      headers: t.as('staff'),
    });
    expect(five.statusCode).toBe(201);
  });
});
