import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { formatBaht } from '../src/format';
import { launchChromium, PHONE, seriousViolations, SHOTS, signIn } from './browser';
import { bearerClient, type RunningPlatform, startPlatform } from './platform';

const DASHBOARD_DESKTOP = { viewport: { width: 1280, height: 900 } };
const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
const MONTH_START = `${TODAY.slice(0, 8)}01`;

type Api = Awaited<ReturnType<typeof bearerClient>>;

/** The managers' dashboard and the settlement statements, in Chromium against the platform. */
describe("the managers' dashboard in a real browser", () => {
  let platform: RunningPlatform;
  let browser: Browser;
  let admin: Api;
  const staff = { username: 'somsri', password: '' };
  const manager = { username: 'manee', password: '' };
  const member = { username: 'farmer.m001', password: '' };

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await bearerClient(platform.url, 'admin', platform.addAccount('admin', 'admin'));
    staff.password = platform.addAccount(staff.username, 'staff');
    manager.password = platform.addAccount(manager.username, 'manager');
    member.password = platform.addAccount(member.username, 'member', '--member', 'M001');
    await admin.post('/members', {
      memberId: 'M001',
      name: 'สมชาย ใจดี',
      citizenId: '1234567890121',
      joinedOn: '2025-01-15',
      farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
    });
    await admin.post('/flocks', {
      flockId: 'FL1',
      memberId: 'M001',
      farmId: 'F01',
      breed: 'ISA Brown',
      hensPlaced: 5000,
      placedOn: '2025-06-01',
    });
    await admin.post('/partners', {
      partnerId: 'B-MAKRO',
      name: 'Makro',
      kind: 'BUYER',
      channel: 'MODERN_TRADE',
      registeredOn: '2020-01-01',
    });
    // The reference the premium is measured against, and the member's prices the settlement pays.
    await admin.post('/reference-prices', {
      source: 'coop-network',
      effectiveDate: MONTH_START,
      mixedSatangPerEgg: 360,
      sizes: [
        { size: 2, satangPerEgg: 380 },
        { size: 3, satangPerEgg: 340 },
      ],
    });
    await admin.post('/member-price-lists', {
      priceListId: 'PL-1',
      effectiveFrom: MONTH_START,
      prices: [
        { size: 2, satangPerEgg: 350 },
        { size: 3, satangPerEgg: 320 },
      ],
      setOn: MONTH_START,
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await platform?.stop();
  });

  let context: BrowserContext;
  afterEach(() => context?.close());
  async function open(path: string, options: object = DASHBOARD_DESKTOP): Promise<Page> {
    context = await browser.newContext({ ...options, baseURL: platform.url, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(path);
    return page;
  }
  async function eventually<T>(path: string, done: (body: T) => boolean): Promise<T> {
    const until = Date.now() + 20_000;
    for (;;) {
      const { status, body } = await admin.get<T>(path);
      if (status === 200 && done(body)) return body;
      if (Date.now() > until) throw new Error(`${path} did not come true: ${status} ${JSON.stringify(body)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  let lotId = '';

  it('shows the manager the premium of a sale staff recorded (collection and grading in the browser), as chart and table, and a table as CSV', async () => {
    // Staff: the day's collection and its grading, by the screens.
    const page = await open('/collection');
    await signIn(page, staff);
    await page.getByLabel('รหัสสมาชิก').fill('M001');
    await page.getByLabel('รหัสฟาร์ม').fill('F01');
    await page.getByLabel('รหัสฝูง').fill('FL1');
    await page.getByLabel('จำนวนไข่').fill('3000');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/บันทึกล็อต L\d{8}-\w+ แล้ว: 3,000 ฟอง/)
      .waitFor();
    lotId = await page.locator('table tbody tr td').first().innerText();
    await page.goto(`/grading?lot=${lotId}`);
    await page.getByLabel('เบอร์ 2 · ใหญ่').fill('2000');
    await page.getByLabel('เบอร์ 3 · กลาง').fill('1000');
    await page.getByRole('button', { name: 'บันทึกการคัด' }).click();
    await page.getByRole('status').getByText(`บันทึกการคัดล็อต ${lotId} แล้ว`, { exact: false }).waitFor();
    // Staff: the sale of those eggs to Makro (no screen for sales yet: through the API, as staff may).
    const asStaff = await bearerClient(platform.url, staff.username, staff.password);
    await asStaff.post('/sales', {
      saleId: 'SALE-1',
      buyerId: 'B-MAKRO',
      soldOn: TODAY,
      lotIds: [lotId],
      lines: [
        { size: 2, eggs: 1800, satangPerEgg: 400 },
        { size: 3, eggs: 900, satangPerEgg: 360 },
      ],
    });
    await eventually<{ summary: { eggs: number } }>(
      `/analytics/negotiated-prices?from=${MONTH_START}&to=${TODAY}&granularity=month`,
      (body) => body.summary.eggs === 2700,
    );
    await context.close();

    // The manager: the dashboard, the premium chart and table with the sale in them.
    const dashboard = await open('/');
    await signIn(dashboard, manager);
    await dashboard.getByRole('navigation').getByRole('link', { name: 'แดชบอร์ดผู้จัดการ' }).click();
    await dashboard.waitForURL('**/dashboard');
    await dashboard.getByRole('heading', { name: 'แดชบอร์ดผู้จัดการ' }).waitFor();
    // 1,800 × (4.00 − 3.80) + 900 × (3.60 − 3.40) = ฿540 over ฿9,900 at the reference: 5.45 %.
    const chart = dashboard.getByRole('img', { name: /ส่วนเพิ่มตามผู้ซื้อ: Makro 5\.45%/ });
    await chart.waitFor();
    // Drawn by ECharts when the chart's box is first laid out (its ResizeObserver), in the frame after it appears.
    await chart.locator('svg').waitFor();
    expect(await chart.locator('svg').count()).toBe(1);
    const table = dashboard.getByRole('table', { name: 'ส่วนเพิ่มตามผู้ซื้อ' });
    const row = table.getByRole('row', { name: /Makro \(B-MAKRO\)/ });
    await row.waitFor();
    expect(await row.innerText()).toMatch(/ค้าปลีกสมัยใหม่\s+2,700\s+฿10,440\.00\s+฿9,900\.00\s+฿540\.00\s+5\.45%/);
    await dashboard
      .getByRole('table', { name: 'ราคาต่อฟองตามช่วงและเบอร์' })
      .getByRole('row', { name: /เบอร์ 2 · ใหญ่\s+1,800\s+฿4\.00\s+฿3\.80/ })
      .waitFor();
    await dashboard.getByText('รวมทั้งช่วง: ขาย 2,700 ฟอง ได้ ฿10,440.00 ส่วนเพิ่ม ฿540.00 (5.45%)').waitFor();
    await dashboard.getByRole('table', { name: 'การไหลในคลัสเตอร์' }).waitFor();
    await dashboard.screenshot({ path: join(SHOTS, 'dashboard.png'), fullPage: true });

    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'ส่งออก CSV ส่วนเพิ่มตามผู้ซื้อ' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('premium-by-buyer.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')).toEqual([
      '\uFEFFผู้ซื้อ,ช่องทาง,ไข่ที่ขาย (ฟอง),ยอดขาย,มูลค่าตามราคาอ้างอิง,ส่วนเพิ่ม (บาท),ส่วนเพิ่ม (%),ขายตามสัญญา (%)',
      'B-MAKRO,MODERN_TRADE,2700,10440.00,9900.00,540.00,5.45,0',
      '',
    ]);

    // In English, the same figures.
    await dashboard.getByRole('button', { name: 'English' }).click();
    await dashboard.getByRole('heading', { name: 'Managers’ dashboard' }).waitFor();
    await dashboard.getByRole('img', { name: /Premium by buyer: Makro 5\.45%/ }).waitFor();
  });

  it('lets a member open no dashboard and no statement screen, and the API refuses them its figures', async () => {
    const page = await open('/dashboard');
    await signIn(page, member);
    await page.waitForURL('**/dashboard');
    await page.getByRole('heading', { name: 'ไม่พบหน้านี้' }).waitFor();
    expect(await page.getByRole('link', { name: 'แดชบอร์ดผู้จัดการ' }).count()).toBe(0);
    await page.goto('/statements');
    await page.getByRole('heading', { name: 'ไม่พบหน้านี้' }).waitFor();
    const asMember = await bearerClient(platform.url, member.username, member.password);
    const refused = await asMember.get(`/analytics/price-premium?from=${MONTH_START}&to=${TODAY}`);
    expect(refused.status).toBe(403);
  });

  it("prints a member's settlement statement cleanly: the statement alone, its figures as the API has them", async () => {
    // A delivery of its own to settle (with the first test's lot, when that test ran first).
    await admin.post('/lots', {
      lotId: 'L-STMT-1',
      memberId: 'M001',
      farmId: 'F01',
      flockId: 'FL1',
      collectedOn: TODAY,
      eggs: 1200,
    });
    await admin.post('/lots/L-STMT-1/grading', {
      gradedOn: TODAY,
      sizes: [
        { size: 2, eggs: 1000 },
        { size: 3, eggs: 200 },
      ],
      rejects: [],
    });
    const head = (await admin.get<{ headPosition: number }>('/health')).body.headPosition;
    await admin.post('/member-accounts/M001/settlements', {
      settlementId: 'S-M001-1',
      periodFrom: MONTH_START,
      periodTo: TODAY,
      settledOn: TODAY,
      deductions: [{ reason: 'ค่าบำรุงสหกรณ์', amountSatang: 5000 }],
      minPosition: head,
    });
    const statement = (
      await admin.get<{ netSatang: number; lotIds: string[] }>('/member-accounts/M001/settlements/S-M001-1')
    ).body;
    expect(statement.lotIds).toContain('L-STMT-1');

    const page = await open('/statements');
    await signIn(page, manager);
    await page.getByLabel('รหัสสมาชิก').fill('M001');
    await page.getByRole('button', { name: 'ดูการจ่ายเงิน' }).click();
    await page.getByRole('link', { name: 'S-M001-1' }).click();
    await page.getByRole('heading', { name: 'ใบแจ้งยอด S-M001-1' }).waitFor();
    await page.getByRole('row', { name: /เบอร์ 2 · ใหญ่\s+[\d,]+\s+฿3\.50\s+PL-1\s+฿[\d,]+\.00/ }).waitFor();
    await page.getByRole('row', { name: /ค่าบำรุงสหกรณ์\s+฿50\.00/ }).waitFor();
    const net = page.locator('.totals .net dd');
    expect(await net.innerText()).toBe(formatBaht(statement.netSatang, 'th'));
    expect(await page.getByText(String(Number(TODAY.slice(0, 4)) + 543)).count()).toBeGreaterThan(0);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.bar').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'พิมพ์' }).isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /ส่งออก CSV/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.getByRole('heading', { name: 'ใบแจ้งยอด S-M001-1' }).isVisible()).toBe(true);
    expect(await net.isVisible()).toBe(true);
    await page.screenshot({ path: join(SHOTS, 'statement-print.png'), fullPage: true });
  });

  it('fits a phone: the dashboard is no wider than the screen (charts shrink, tables scroll in place)', async () => {
    const page = await open('/dashboard', PHONE);
    await signIn(page, manager);
    await page.getByRole('table', { name: 'ส่วนเพิ่มตามผู้ซื้อ' }).waitFor();
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    expect(await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
      0,
    );
    await page.screenshot({ path: join(SHOTS, 'dashboard-phone.png'), fullPage: true });
  });

  it('has no serious or critical accessibility violations on the dashboard and the statements (axe-core, WCAG 2.1 A and AA)', async () => {
    const page = await open('/dashboard');
    await signIn(page, manager);
    await page.getByRole('table', { name: 'ส่วนเพิ่มตามผู้ซื้อ' }).waitFor();
    await page.getByRole('table', { name: 'การไหลในคลัสเตอร์' }).waitFor();
    // Every panel loaded (a page's CSP allows no eval, so no waitForFunction with a string).
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    const seen: { screen: string; violations: { id: string; impact?: string | null; nodes: number }[] }[] = [];
    const check = async (screen: string) => {
      seen.push({ screen, violations: await seriousViolations(page) });
    };
    await check('/dashboard');
    await page.goto('/statements?member=M001&settlement=S-M001-1');
    await page.getByRole('heading', { name: 'ใบแจ้งยอด S-M001-1' }).waitFor();
    await check('/statements');
    expect(seen).toEqual([
      { screen: '/dashboard', violations: [] },
      { screen: '/statements', violations: [] },
    ]);
  });
});
