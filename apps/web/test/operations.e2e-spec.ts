import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DESKTOP, launchChromium, PHONE, seriousViolations, SHOTS, signIn } from './browser';
import { bearerClient, type RunningPlatform, startPlatform } from './platform';

const THAI = /[\u0E00-\u0E7F]/;
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
const shifted = (days: number) =>
  new Date(Date.parse(`${TODAY}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Api = Awaited<ReturnType<typeof bearerClient>>;

/** Shipments and feed deliveries by staff, and the members' passbook, in Chromium against the platform. */
describe('shipments, feed deliveries and the passbook in a real browser', () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let admin: Api;
  const staff = { username: 'somsri', password: '' };
  const member = { username: 'farmer.m001', password: '' };

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await bearerClient(platform.url, 'admin', platform.addAccount('admin', 'admin'));
    staff.password = platform.addAccount(staff.username, 'staff');
    member.password = platform.addAccount(member.username, 'member', '--member', 'M001');
    for (const [memberId, citizenId, farmId, flockId] of [
      ['M001', '1234567890121', 'F01', 'FL1'],
      ['M002', '1101700207030', 'F02', 'FL9'],
    ] as const) {
      await admin.post('/members', {
        memberId,
        name: `สมาชิก ${memberId}`,
        citizenId,
        joinedOn: '2025-01-15',
        farm: { farmId, name: `ฟาร์ม ${memberId}`, district: 'หางดง', province: 'เชียงใหม่' },
      });
      await admin.post('/flocks', {
        flockId,
        memberId,
        farmId,
        breed: 'ISA Brown',
        hensPlaced: 5000,
        placedOn: '2025-06-01',
      });
    }
    // Packed stock to ship: lot L-SHIP-1, 40 trays of size 2 and 20 of size 3.
    await admin.post('/lots', {
      lotId: 'L-SHIP-1',
      memberId: 'M001',
      farmId: 'F01',
      flockId: 'FL1',
      collectedOn: TODAY,
      eggs: 2400,
    });
    await admin.post('/lots/L-SHIP-1/grading', {
      gradedOn: TODAY,
      sizes: [
        { size: 2, eggs: 1500 },
        { size: 3, eggs: 900 },
      ],
      rejects: [],
    });
    await admin.post('/lots/L-SHIP-1/packs', { packId: 'P-1', size: 2, trays: 40, packedOn: TODAY });
    await admin.post('/lots/L-SHIP-1/packs', { packId: 'P-2', size: 3, trays: 20, packedOn: TODAY });
    await admin.post('/partners', {
      partnerId: 'B-MAKRO',
      name: 'Makro',
      kind: 'BUYER',
      channel: 'MODERN_TRADE',
      registeredOn: '2020-01-01',
    });
    await admin.post('/sales-orders', {
      orderId: 'SO-1',
      buyerId: 'B-MAKRO',
      orderedOn: TODAY,
      deliveryOn: TODAY,
      lines: [
        { size: 2, trays: 30, satangPerEgg: 380 },
        { size: 3, trays: 10, satangPerEgg: 340 },
      ],
    });
    await admin.post('/partners', {
      partnerId: 'SUP-CP',
      name: 'CP Feed',
      kind: 'FEED_SUPPLIER',
      registeredOn: '2020-01-01',
    });
    await admin.post('/feed-contracts', {
      contractId: 'FC-1',
      supplierId: 'SUP-CP',
      feedType: 'LAYER_COMPLETE',
      pricePerKgSatang: 1450,
      volumeKg: 100_000,
      validFrom: shifted(-30),
      validTo: shifted(60),
      marketPricePerKgSatang: 1520,
      agreedOn: shifted(-40),
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  let context: BrowserContext;
  afterEach(() => context?.close());
  async function open(path: string, options: object = DESKTOP): Promise<Page> {
    context = await browser.newContext({ ...options, baseURL: platform.url });
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }
  const head = async () => (await admin.get<{ headPosition: number }>('/health')).body.headPosition;
  async function eventually<T>(path: string, done: (body: T) => boolean): Promise<T> {
    const until = Date.now() + 15_000;
    for (;;) {
      const { status, body } = await admin.get<T>(path);
      if (status === 200 && done(body)) return body;
      if (Date.now() > until) throw new Error(`${path} never became ready: ${JSON.stringify(body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  it('records a shipment from packed stock, shown per size; the API’s field error under its field; a lost answer saved once', async () => {
    const page = await open('/shipping');
    await signIn(page, staff);
    await page.getByRole('heading', { name: 'จัดส่งไข่' }).waitFor();
    await page.getByLabel('เลขที่คำสั่งซื้อ').fill('SO-1');
    await page.getByLabel('เลขที่คำสั่งซื้อ').press('Tab');
    await page.getByText('คำสั่งซื้อของ B-MAKRO', { exact: false }).waitFor();
    expect(await page.getByLabel('รหัสผู้ซื้อ').inputValue()).toBe('B-MAKRO'); // the order's buyer
    await page.getByText('สั่ง 30 แผง ราคา ฿3.80/ฟอง').waitFor();

    const line = page.getByRole('group', { name: 'รายการที่ 1' });
    await line.getByLabel('รหัสล็อต').fill('L-SHIP-1');
    await line.getByLabel('รหัสล็อต').press('Tab');
    const stock = page.getByRole('table', { name: 'สต็อกไข่แพ็กแล้วของล็อต L-SHIP-1' });
    const size2 = stock.getByRole('row', { name: /เบอร์ 2 · ใหญ่/ });
    await size2.waitFor();
    expect(await size2.locator('td').allInnerTexts()).toEqual(['40', '0', '40']);
    await line.getByLabel('เบอร์').selectOption({ label: 'เบอร์ 2 · ใหญ่ (ส่งได้ 40 แผง)' });
    await line.getByLabel('จำนวนแผง').fill('45');
    await page.locator('#items-0-trays-errors').getByText('ล็อตนี้มีเบอร์นี้ให้ส่งได้เพียง 40 แผง').waitFor();

    // A failed entry: 0 trays is the API's 400, its Thai message under the line's trays; nothing written.
    const before = await head();
    await line.getByLabel('จำนวนแผง').fill('0');
    await page.getByRole('button', { name: 'บันทึกการจัดส่ง' }).click();
    const traysErrors = page.locator('#items-0-trays-errors');
    await traysErrors.waitFor();
    expect(await traysErrors.innerText()).toMatch(THAI);
    expect(await line.getByLabel('จำนวนแผง').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'shipment-field-error.png'), fullPage: true });
    expect(await head()).toBe(before);

    // The answer to the first save is lost after the platform recorded it: saving again sends the same key and id.
    const sent: { key: string | undefined; shipmentId: string }[] = [];
    await page.route('**/shipments', async (route) => {
      const request = route.request();
      sent.push({
        key: request.headers()['idempotency-key'],
        shipmentId: (JSON.parse(request.postData() ?? '{}') as { shipmentId: string }).shipmentId,
      });
      if (sent.length > 1) return route.continue();
      await route.fetch();
      await route.abort('connectionreset');
    });
    await line.getByLabel('จำนวนแผง').fill('30');
    await line.getByLabel('จำนวนแผง').press('Enter');
    await page.getByRole('alert').getByText('ติดต่อเซิร์ฟเวอร์ไม่ได้ รายการนี้ยังไม่ได้บันทึก', { exact: false }).waitFor();
    await line.getByLabel('จำนวนแผง').press('Enter');
    await page
      .getByRole('status')
      .getByText(/จัดส่ง SH\d{8}-\w+ จองสต็อกแล้ว 30 แผง พร้อมส่ง/)
      .waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    const shipment = await admin.get<Record<string, unknown>>(`/shipments/${sent[0]?.shipmentId}`);
    expect(shipment.body).toMatchObject({ orderId: 'SO-1', buyerId: 'B-MAKRO', status: 'allocated', totalTrays: 30 });

    // The stock shown again: 30 of the 40 trays set aside.
    await page.getByLabel('รหัสล็อต').fill('L-SHIP-1');
    await page.getByLabel('รหัสล็อต').press('Tab');
    await size2.getByRole('cell', { name: '10', exact: true }).waitFor();
    expect(await size2.locator('td').allInnerTexts()).toEqual(['40', '30', '10']);
    await page.screenshot({ path: join(SHOTS, 'shipments.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('records feed delivered to a member’s farm against the feed contract; a refusal under its field', async () => {
    const page = await open('/feed-deliveries');
    await signIn(page, staff);
    await page.getByLabel('เลขที่สัญญาซื้ออาหาร').fill('FC-1');
    await page.getByLabel('เลขที่สัญญาซื้ออาหาร').press('Tab');
    await page.getByText(/สัญญากับ SUP-CP: LAYER_COMPLETE ราคา ฿14\.50\/กก\./).waitFor();
    expect(await page.getByLabel('ชนิดอาหาร').inputValue()).toBe('LAYER_COMPLETE');
    await page.getByLabel('เลขที่ใบส่งของ').fill('DN-001');
    await page.getByLabel('รหัสสมาชิก').fill('M001');
    await page.getByLabel('รหัสฟาร์ม').fill('F99');
    await page.getByLabel('น้ำหนัก (กก.)').fill('500');
    await page.getByText('= ฿7,250.00 ตามราคาสัญญา').waitFor();

    const before = await head();
    await page.getByRole('button', { name: 'บันทึกการรับอาหาร' }).click();
    await page.locator('#farmId-errors').getByText('สมาชิก M001 ไม่มีฟาร์มรหัส F99').waitFor();
    expect(await head()).toBe(before);

    await page.getByLabel('รหัสฟาร์ม').fill('F01');
    await page.getByLabel('น้ำหนัก (กก.)').press('Enter');
    await page.getByRole('status').getByText('บันทึกใบส่งของ DN-001 แล้ว: 500 กก. ถึงฟาร์ม F01 ของสมาชิก M001').waitFor();
    const row = page.getByRole('table', { name: 'อาหารที่ส่งแล้วตามสัญญานี้' }).getByRole('row', { name: /DN-001/ });
    await row.waitFor();
    expect(await row.locator('td').allInnerTexts()).toEqual([
      'DN-001',
      expect.stringMatching(/25\d\d$/), // the day in the Buddhist Era
      'M001',
      'F01',
      '500',
      '฿7,250.00',
    ]);
    const contract = await admin.get<{ deliveries: unknown[] }>('/feed-contracts/FC-1');
    expect(contract.body.deliveries).toEqual([
      expect.objectContaining({
        deliveryId: 'DN-001',
        memberId: 'M001',
        farmId: 'F01',
        kg: 500,
        amountSatang: 725_000,
      }),
    ]);
    await page.screenshot({ path: join(SHOTS, 'feed-deliveries.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a member their own passbook, and refuses another member’s', async () => {
    // M001's lot L-PB-1 paid at the member list's 3.50 against the reference 3.40; M002's lot never shown to M001.
    await admin.post('/reference-prices', {
      source: 'coop-network',
      effectiveDate: '2025-01-01',
      mixedSatangPerEgg: 330,
      sizes: [
        { size: 2, satangPerEgg: 340 },
        { size: 3, satangPerEgg: 310 },
      ],
    });
    await admin.post('/member-price-lists', {
      priceListId: 'PL-1',
      effectiveFrom: '2025-01-01',
      prices: [
        { size: 2, satangPerEgg: 350 },
        { size: 3, satangPerEgg: 320 },
      ],
      setOn: '2024-12-31',
    });
    // L-PB-1: 620 eggs collected, 600 graded into size 2, 20 cracked.
    for (const [lotId, memberId, farmId, flockId, eggs, cracked] of [
      ['L-PB-1', 'M001', 'F01', 'FL1', 600, 20],
      ['L-M2-1', 'M002', 'F02', 'FL9', 700, 0],
    ] as const) {
      await admin.post('/lots', { lotId, memberId, farmId, flockId, collectedOn: TODAY, eggs: eggs + cracked });
      await admin.post(`/lots/${lotId}/grading`, {
        gradedOn: TODAY,
        sizes: [{ size: 2, eggs }],
        rejects: cracked === 0 ? [] : [{ reason: 'CRACKED', eggs: cracked }],
      });
    }
    // L-PB-2: collected today, not graded yet.
    await admin.post('/lots', {
      lotId: 'L-PB-2',
      memberId: 'M001',
      farmId: 'F01',
      flockId: 'FL1',
      collectedOn: TODAY,
      eggs: 480,
    });
    await eventually<unknown>('/member-accounts/M001', (a) => JSON.stringify(a).includes('L-PB-1'));
    await admin.post('/member-accounts/M001/settlements', {
      settlementId: 'ST-1',
      periodFrom: '2025-01-01',
      periodTo: TODAY,
      settledOn: TODAY,
      deductions: [{ reason: 'ค่าบำรุงสหกรณ์', amountSatang: 10_000 }],
    });

    const page = await open('/');
    await signIn(page, member);
    expect(await page.getByRole('navigation').getByRole('link').allInnerTexts()).toEqual(['หน้าแรก', 'สมุดบัญชีสมาชิก']);
    await page.getByRole('navigation').getByRole('link', { name: 'สมุดบัญชีสมาชิก' }).click();
    await page.getByRole('heading', { name: /สมุดบัญชีสมาชิก/ }).waitFor();
    const deliveries = page.getByRole('table', { name: 'ไข่ที่ส่งและการคัดขนาด' });
    const lot = deliveries.getByRole('row', { name: /L-PB-1/ }).filter({ hasText: 'เบอร์ 2' });
    await lot.waitFor();
    const cells = await lot.locator('td').allInnerTexts();
    expect(cells.slice(1)).toEqual(['L-PB-1', 'เบอร์ 2 · ใหญ่', '600', '฿3.50', '฿3.40', '+฿0.10', 'จ่ายแล้วใน ST-1']);
    const rejected = deliveries.getByRole('row', { name: /L-PB-1/ }).filter({ hasText: 'ไข่คัดออก' });
    expect((await rejected.locator('td').allInnerTexts()).slice(1, 4)).toEqual(['L-PB-1', 'ไข่คัดออก', '20']);
    expect(await page.locator('main').innerText()).not.toContain('L-M2-1');
    const awaiting = page.getByRole('table', { name: 'ไข่ที่เก็บแล้ว รอคัดขนาด' }).getByRole('row', { name: /L-PB-2/ });
    await awaiting.waitFor();
    expect((await awaiting.locator('td').allInnerTexts()).slice(1)).toEqual(['L-PB-2', 'FL1', '480']);
    await page
      .getByRole('table', { name: 'ค่าอาหารสัตว์' })
      .getByRole('row', { name: /DN-001/ })
      .waitFor();
    await page.getByRole('table', { name: 'การจ่ายเงินและใบแจ้งยอด' }).getByRole('row', { name: /ST-1/ }).waitFor();
    await page.getByRole('button', { name: 'ดูใบแจ้งยอด' }).click();
    const statement = page.getByRole('article', { name: 'ใบแจ้งยอด ST-1' });
    await statement.getByText('ค่าบำรุงสหกรณ์').waitFor();
    await page.screenshot({ path: join(SHOTS, 'passbook.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Another member's passbook by its address: the API refuses it (403) and the page shows nothing of it.
    await page.goto('/passbook?member=M002');
    await page.getByRole('alert').getByText('คุณดูได้เฉพาะสมุดบัญชีของตนเอง').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('L-M2-1');
    expect(await page.getByRole('table').count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'passbook-refused.png'), fullPage: true });

    // In English too.
    await page.goto('/passbook');
    await page.getByRole('button', { name: 'English' }).click();
    await page
      .getByRole('table', { name: 'Eggs delivered and their grading' })
      .getByRole('row', { name: /L-PB-1/ })
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'ไทย' }).click();
  });
  it('fits a phone: the passbook and the shipment form are no wider than the screen (tables scroll in place)', async () => {
    const overflow = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    const page = await open('/passbook', PHONE);
    await signIn(page, member);
    await page
      .getByRole('table', { name: 'ไข่ที่ส่งและการคัดขนาด' })
      .getByRole('row', { name: /L-PB-1/ })
      .first()
      .waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'passbook-phone.png'), fullPage: true });
    await page.getByRole('button', { name: 'ออกจากระบบ' }).tap();
    await page.goto('/shipping');
    await signIn(page, staff);
    await page.getByLabel('รหัสล็อต').fill('L-SHIP-1');
    await page.getByLabel('รหัสล็อต').press('Tab');
    await page.getByRole('table', { name: 'สต็อกไข่แพ็กแล้วของล็อต L-SHIP-1' }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'shipments-phone.png'), fullPage: true });
  });
});
