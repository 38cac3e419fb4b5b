import { UseCaseRunner } from '@khai/event-sourcing';
import { ProductionModule } from '@khai/production';
import { recordEggDelivery, SettlementModule } from '@khai/settlement';
import { CLUSTER_REGISTRY, createHttpTestApp, type HttpTestApp, registerCluster } from '@khai/testing';

const TH = { 'accept-language': 'th-TH,th;q=0.9,en;q=0.8' };

type Problem = { title: string; detail: string; code: string; status: number } & Record<string, unknown>;

// A few refusals of each kind (404, 409, 422), as the web app gets them: in Thai with their facts when asked.
describe('refusals over HTTP in Thai', () => {
  let t: HttpTestApp;
  beforeEach(async () => {
    t = await createHttpTestApp([ProductionModule, SettlementModule, CLUSTER_REGISTRY]);
    await registerCluster(t.app, {
      members: [{ memberId: 'M017', farmIds: ['F01'] }],
      flocks: [{ flockId: 'FL3', memberId: 'M017', farmId: 'F01', hensPlaced: 5000, placedOn: '2026-01-05' }],
    });
  });
  afterEach(() => t.close());

  const lot = { lotId: 'L1', memberId: 'M017', farmId: 'F01', flockId: 'FL3', collectedOn: '2026-11-24', eggs: 3600 };
  const grading = {
    gradedOn: '2026-11-25',
    grade: 'B',
    sizes: [
      { size: 2, eggs: 1980 },
      { size: 3, eggs: 1500 },
    ],
    rejects: [{ reason: 'CRACKED', eggs: 120 }],
  };
  const send = async (method: 'GET' | 'POST', url: string, payload?: object, headers: Record<string, string> = {}) => {
    const res = await t.app.inject({ method, url, payload, headers: { ...t.as('manager'), ...headers } });
    return { status: res.statusCode, language: res.headers['content-language'], body: res.json<Problem>() };
  };

  it('answers a 422 with its facts in Thai, and in English without Accept-Language', async () => {
    const ghost = { ...lot, memberId: 'GHOST' };
    expect(await send('POST', '/lots', ghost, TH)).toMatchObject({
      status: 422,
      language: 'th',
      body: {
        code: 'member_not_registered',
        title: 'สมาชิกยังไม่ได้ลงทะเบียน',
        detail: 'ไม่มีสมาชิกรหัส GHOST ลงทะเบียนไว้',
        memberId: 'GHOST',
      },
    });
    expect(await send('POST', '/lots', ghost)).toMatchObject({
      status: 422,
      language: 'en',
      body: { code: 'member_not_registered', detail: 'no member GHOST is registered', memberId: 'GHOST' },
    });

    await send('POST', '/lots', lot);
    await send('POST', '/lots/L1/grading', grading);
    await send('POST', '/lots/L1/packs', { packId: 'P1', size: 2, trays: 3, packedOn: '2026-11-25', caseId: 'C-1' });
    const allocation = { shipmentId: 'S1', size: 2, trays: 4, allocatedOn: '2026-11-26' };
    expect(await send('POST', '/lots/L1/allocations', allocation, TH)).toMatchObject({
      status: 422,
      body: {
        code: 'insufficient_packed_stock',
        title: 'ไข่แพ็กแล้วไม่พอ',
        detail: 'ไข่เบอร์ 2 ที่แพ็กแล้วและยังไม่จัดสรรเหลือ 3 ถาด แต่ขอ 4 ถาด',
        size: 2,
        available: 3,
        requested: 4,
      },
    });
  });

  it('answers a 404 and a 409 in Thai', async () => {
    expect(await send('GET', '/lots/L9', undefined, TH)).toMatchObject({
      status: 404,
      body: { code: 'lot_not_found', title: 'ไม่พบล็อต', detail: 'ล็อต L9 ยังไม่ได้บันทึกการเก็บไข่' },
    });
    await send('POST', '/lots', lot);
    expect(await send('POST', '/lots', { ...lot, eggs: 3601 }, TH)).toMatchObject({
      status: 409,
      body: {
        code: 'lot_already_collected',
        title: 'ล็อตบันทึกไว้แล้ว',
        detail: 'ล็อต L1 บันทึกการเก็บไข่ไว้แล้วด้วยข้อมูลอื่น',
      },
    });
  });

  it('answers a settlement of an unpriced size in Thai', async () => {
    const priceList = {
      priceListId: 'PL-size-0',
      effectiveFrom: '2026-11-01',
      prices: [{ size: 0, satangPerEgg: 420 }],
      setOn: '2026-10-28',
    };
    await send('POST', '/member-price-lists', priceList);
    await t.app.get(UseCaseRunner).run(
      recordEggDelivery,
      {
        memberId: 'M017',
        lotId: 'L1',
        gradedOn: '2026-11-03',
        collectedOn: '2026-11-02',
        sizes: [
          { size: 0, eggs: 1_200 },
          { size: 2, eggs: 3_000 },
          { size: 3, eggs: 1_800 },
        ],
      },
      { actor: 'process-manager' },
    );
    const settlement = {
      settlementId: 'S-2026-11',
      periodFrom: '2026-11-01',
      periodTo: '2026-11-30',
      settledOn: '2026-12-01',
      deductions: [],
    };
    expect(await send('POST', '/member-accounts/M017/settlements', settlement, TH)).toMatchObject({
      status: 422,
      body: {
        code: 'size_not_priced',
        title: 'บัญชีราคาไม่มีราคาเบอร์นี้',
        detail: 'บัญชีราคารับซื้อจากสมาชิก PL-size-0 ไม่มีราคาไข่เบอร์ 2, 3 ที่สมาชิกส่งมา',
        priceListId: 'PL-size-0',
        sizes: [2, 3],
      },
    });
  });
});
