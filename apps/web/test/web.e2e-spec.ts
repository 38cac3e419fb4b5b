import { join } from 'node:path';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { DESKTOP, launchChromium, PHONE, seriousViolations, SHOTS, signIn } from './browser';
import { bearerClient, type RunningPlatform, startPlatform } from './platform';

const THAI = /[\u0E00-\u0E7F]/;

type Api = Awaited<ReturnType<typeof bearerClient>>;

describe('the web app in a real browser (Chromium), against the platform', () => {
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
    await admin.post('/members', {
      memberId: 'M001',
      name: 'สมชาย ใจดี',
      citizenId: '1234567890121',
      joinedOn: '2025-01-15',
      farm: { farmId: 'F01', name: 'ฟาร์มสมชาย', district: 'หางดง', province: 'เชียงใหม่' },
    });
    for (const flockId of ['FL1', 'FL2'])
      await admin.post('/flocks', {
        flockId,
        memberId: 'M001',
        farmId: 'F01',
        breed: 'ISA Brown',
        hensPlaced: 5000,
        placedOn: '2025-06-01',
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

  it('opens in Thai on the sign-in page, refuses a wrong password in Thai, then goes where it was asked', async () => {
    const page = await open('/collection');
    await page.waitForURL('**/sign-in?next=%2Fcollection');
    expect(await page.getAttribute('html', 'lang')).toBe('th');
    await page.getByRole('heading', { name: 'เข้าสู่ระบบ' }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'sign-in.png') });

    await page.getByLabel('ชื่อผู้ใช้').fill(staff.username);
    await page.getByLabel('รหัสผ่าน').fill('not the password at all');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByRole('alert').getByText('ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง').waitFor();

    await signIn(page, staff);
    await page.waitForURL('**/collection');
    await page.getByRole('heading', { name: 'รับไข่ประจำวัน' }).waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'khai_session', httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate('document.cookie')).toBe(''); // HttpOnly: no script of the page reads it
  });

  it('shows staff the screens of their role; staff enters a collection by keyboard and sees it accepted', async () => {
    const page = await open('/');
    await signIn(page, staff);
    await page.getByText('เข้าสู่ระบบเป็น somsri (เจ้าหน้าที่)').waitFor();
    await page.screenshot({ path: join(SHOTS, 'home-staff.png') });
    await page.getByRole('navigation').getByRole('link', { name: 'รับไข่ประจำวัน' }).click();
    await page.waitForURL('**/collection');

    const yearBE = new Date().getFullYear() + 543;
    await page.getByText(String(yearBE)).first().waitFor(); // the day, in the Buddhist Era
    await page.getByLabel('รหัสสมาชิก').focus();
    await page.keyboard.type('M001');
    await page.keyboard.press('Tab');
    await page.getByText('สมาชิก: สมชาย ใจดี').waitFor(); // looked up when the field is left
    expect(await page.getByLabel('รหัสฟาร์ม').inputValue()).toBe('F01'); // the member's only farm
    await page.keyboard.press('Tab');
    await page.keyboard.type('FL1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('4215');
    await page.getByText('= 140 แผง 15 ฟอง').waitFor();
    await page.keyboard.press('Enter');

    await page
      .getByRole('status')
      .getByText(/บันทึกล็อต L\d{8}-\w+ แล้ว: 4,215 ฟอง จากฝูง FL1/)
      .waitFor();
    const lotId = await page.locator('table tbody tr td').first().innerText();
    const lot = await admin.get<Record<string, unknown>>(`/lots/${lotId}`);
    expect(lot).toMatchObject({
      status: 200,
      body: { memberId: 'M001', farmId: 'F01', flockId: 'FL1', collectedEggs: 4215 },
    });
    // Ready for the next flock of the same farm.
    expect(await page.evaluate('document.activeElement.id')).toBe('flockId');
    await page.screenshot({ path: join(SHOTS, 'collection-desktop.png'), fullPage: true });
  });

  it('shows the API’s Thai field errors and refusals next to their fields, and writes nothing', async () => {
    const page = await open('/collection');
    await signIn(page, staff);
    const before = await head();
    await page.getByLabel('รหัสสมาชิก').fill('M001');
    await page.getByLabel('รหัสฟาร์ม').focus();
    // The member's lookup, as its field was left, fills the member's only farm: then the farm is typed over it.
    await page.getByText('สมาชิก: สมชาย ใจดี').waitFor();
    await page.getByLabel('รหัสฟาร์ม').fill('F01');
    await page.getByLabel('รหัสฝูง').fill('FL1');
    await page.getByLabel('จำนวนไข่ (ฟอง)').fill('0');
    await page.getByText('ฝูงของสมาชิก M001 ฟาร์ม F01', { exact: false }).waitFor(); // the lookups have answered
    await page.getByRole('button', { name: 'บันทึก' }).click();

    const eggsErrors = page.locator('#eggs-errors');
    await eggsErrors.waitFor();
    const expected = await fetch(`${platform.url}/lots`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'th', cookie: await sessionCookie() },
      body: JSON.stringify({
        lotId: 'L-x',
        memberId: 'M001',
        farmId: 'F01',
        flockId: 'FL1',
        collectedOn: '2025-07-01',
        eggs: 0,
      }),
    }).then((r) => r.json() as Promise<{ errors: { field: string; messages: string[] }[] }>);
    const thai = expected.errors.find((e) => e.field === 'eggs')?.messages[0] ?? '';
    expect(thai).toMatch(THAI);
    expect(await eggsErrors.innerText()).toBe(thai);
    expect(await page.getByLabel('จำนวนไข่ (ฟอง)').getAttribute('aria-invalid')).toBe('true');
    await page.screenshot({ path: join(SHOTS, 'collection-field-error.png'), fullPage: true });

    // Saved with Enter in the eggs field, as staff do; the button is clicked above.
    await page.getByLabel('รหัสฝูง').fill('FL-NONE');
    await page.getByLabel('จำนวนไข่ (ฟอง)').fill('100');
    await page.getByLabel('จำนวนไข่ (ฟอง)').press('Enter');
    await page.locator('#flockId-errors').getByText('ไม่มีฝูง FL-NONE ในฟาร์ม F01 ของสมาชิก M001').waitFor();

    await page.getByLabel('รหัสฝูง').fill('FL2');
    await page.getByLabel('จำนวนไข่ (ฟอง)').fill('5001');
    await page.getByLabel('จำนวนไข่ (ฟอง)').press('Enter');
    await page.locator('#eggs-errors').getByText('ไข่มากกว่าจำนวนไก่ที่ยังอยู่ (5000 ตัว)', { exact: false }).waitFor();
    expect(await head()).toBe(before);

    async function sessionCookie(): Promise<string> {
      const [cookie] = await context.cookies();
      return `${cookie?.name}=${cookie?.value}`;
    }
  });

  it('switches to English and back, and remembers the choice; the API then answers in English', async () => {
    const page = await open('/collection');
    await signIn(page, staff);
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Daily collection' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByLabel('Eggs').fill('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('#eggs-errors').getByText(/eggs/).waitFor();
    expect(await page.locator('#eggs-errors').innerText()).not.toMatch(THAI);

    await page.reload();
    await page.getByRole('heading', { name: 'Daily collection' }).waitFor();
    await page.getByText(String(new Date().getFullYear())).first().waitFor(); // the Gregorian year in English
    await page.getByRole('button', { name: 'ไทย' }).click();
    await page.getByRole('heading', { name: 'รับไข่ประจำวัน' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('th');
  });

  it('grades a lot with graded + rejected = collected checked as it is typed; the API refuses what does not add up', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    const lot = { lotId: 'L-GRADE-1', memberId: 'M001', farmId: 'F01', flockId: 'FL2', collectedOn: today, eggs: 3600 };
    await admin.post('/lots', lot);
    const page = await open('/grading?lot=L-GRADE-1');
    await signIn(page, staff);
    await page.waitForURL('**/grading?lot=L-GRADE-1');
    await page.getByText(/ฝูง FL2: 3,600 ฟอง/).waitFor();

    await page.getByLabel('เบอร์ 2 · ใหญ่').fill('2000');
    await page.getByLabel('เบอร์ 3 · กลาง').fill('1500');
    const balance = page.getByTestId('balance');
    await balance.getByText('ยังขาดอีก 100 ฟอง', { exact: false }).waitFor();
    await page.getByLabel('ไข่ร้าว').fill('120');
    await balance.getByText('เกินที่เก็บ 20 ฟอง', { exact: false }).waitFor();
    const before = await head();
    await page.getByRole('button', { name: 'บันทึกการคัด' }).click();
    await page.getByRole('alert').getByText('ยอดไม่ตรง: คัดขนาด 3500 + คัดออก 120', { exact: false }).waitFor();
    expect(await head()).toBe(before);

    await page.getByLabel('ไข่ร้าว').fill('100');
    await balance.getByText('คัดขนาด 3,500 + คัดออก 100 = 3,600 จากที่เก็บ 3,600 ฟอง — ยอดตรงกับที่เก็บ').waitFor();
    await page.screenshot({ path: join(SHOTS, 'grading.png'), fullPage: true });
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('บันทึกการคัดล็อต L-GRADE-1 แล้ว', { exact: false }).waitFor();
    const graded = await admin.get<Record<string, unknown>>('/lots/L-GRADE-1');
    expect(graded.body).toMatchObject({ status: 'graded', gradedEggs: 3500, rejectedEggs: 100, grade: 'A' });
  });

  it('packs graded eggs into trays of 30 against the lot’s stock, shown per size', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    const lot = { lotId: 'L-PACK-1', memberId: 'M001', farmId: 'F01', flockId: 'FL1', collectedOn: today, eggs: 3000 };
    await admin.post('/lots', lot);
    await admin.post('/lots/L-PACK-1/grading', {
      gradedOn: today,
      sizes: [
        { size: 2, eggs: 2000 },
        { size: 3, eggs: 1000 },
      ],
      rejects: [],
    });
    const page = await open('/packing?lot=L-PACK-1');
    await signIn(page, staff);
    const stock = page.getByRole('table', { name: 'สต็อกของล็อต' });
    const size2 = stock.getByRole('row', { name: /เบอร์ 2 · ใหญ่/ });
    await size2.waitFor(); // the lot is opened once the page is
    expect(await size2.locator('td').allInnerTexts()).toEqual(['2,000', '2,000', '66', '0', '0']);

    await page.getByLabel('เบอร์', { exact: true }).selectOption({ label: 'เบอร์ 2 · ใหญ่' });
    await page.getByLabel('จำนวนแผง').fill('70');
    await page.locator('#trays-errors').getByText('แพ็กได้ไม่เกิน 66 แผง', { exact: false }).waitFor();
    const before = await head();
    await page.getByRole('button', { name: 'บันทึกการแพ็ก' }).click();
    await page.locator('#trays-errors').getByText('ไข่เบอร์ 2 ที่ยังไม่แพ็กมี 2000 ฟอง ไม่พอ 2100 ฟอง').waitFor();
    expect(await head()).toBe(before);

    await page.getByLabel('จำนวนแผง').fill('60');
    await page.getByText('ใช้ไข่ 1,800 ฟอง จาก 2,000 ฟองที่ยังไม่แพ็ก').waitFor();
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .getByText(/แพ็ก PK\d{8}-\w+ แล้ว: เบอร์ 2 60 แผง จากล็อต L-PACK-1/)
      .waitFor();
    await size2.getByRole('cell', { name: '200', exact: true }).waitFor();
    expect(await size2.locator('td').allInnerTexts()).toEqual(['2,000', '200', '6', '60', '0']);
    await page.screenshot({ path: join(SHOTS, 'packing.png'), fullPage: true });
    const packed = await admin.get<{ stock: { size: number; packedTrays: number }[] }>('/lots/L-PACK-1');
    expect(packed.body.stock.find((s) => s.size === 2)).toMatchObject({ packedTrays: 60 });
  });

  it('processes a lot’s rejected eggs into a product, against what is left unprocessed', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(new Date());
    const lot = { lotId: 'L-REJ-1', memberId: 'M001', farmId: 'F01', flockId: 'FL1', collectedOn: today, eggs: 1000 };
    await admin.post('/lots', lot);
    await admin.post('/lots/L-REJ-1/grading', {
      gradedOn: today,
      sizes: [{ size: 3, eggs: 900 }],
      rejects: [{ reason: 'CRACKED', eggs: 100 }],
    });
    const page = await open('/reject-processing?lot=L-REJ-1');
    await signIn(page, staff);
    const stock = page.getByTestId('rejects-stock');
    await stock.getByText('ไข่คัดออก 100 ฟอง: แปรรูปแล้ว 0 ฟอง เหลือ 100 ฟอง').waitFor();

    await page.getByLabel('ผลิตภัณฑ์').selectOption({ label: 'ไข่เหลว' });
    await page.getByLabel('ไข่คัดออกที่ใช้ (ฟอง)').fill('120');
    await page.getByLabel('น้ำหนักผลผลิต (กรัม)').fill('6600');
    await page.getByText('= 6.6 กก.').waitFor();
    await page.locator('#eggs-errors').getByText('เหลือไข่คัดออกที่ยังไม่แปรรูปเพียง 100 ฟอง').waitFor();
    const before = await head();
    await page.getByLabel('น้ำหนักผลผลิต (กรัม)').press('Enter');
    await page.locator('#eggs-errors').getByText('เหลือไข่คัดออกที่ยังไม่แปรรูปเพียง 100 ฟอง ไม่พอ 120 ฟอง').waitFor();
    expect(await head()).toBe(before);

    await page.getByLabel('ไข่คัดออกที่ใช้ (ฟอง)').fill('100');
    await page.getByLabel('น้ำหนักผลผลิต (กรัม)').fill('5500');
    await page.getByLabel('น้ำหนักผลผลิต (กรัม)').press('Enter');
    await page
      .getByRole('status')
      .getByText(/แล้ว: ไข่ 100 ฟอง เป็นไข่เหลว 5\.5 กก\./)
      .waitFor();
    await stock.getByText('แปรรูปแล้ว 100 ฟอง เหลือ 0 ฟอง', { exact: false }).waitFor();
    await page.screenshot({ path: join(SHOTS, 'reject-processing.png'), fullPage: true });
    const processed = await admin.get<Record<string, unknown>>('/lots/L-REJ-1');
    expect(processed.body).toMatchObject({ rejectsProcessed: 100, rejectsUnprocessed: 0 });
  });

  it('loses no entry whose answer is lost: it says it is not saved, and saving again records it once', async () => {
    const page = await open('/collection');
    await signIn(page, staff);
    const sent: { key: string | undefined; lotId: string }[] = [];
    await page.route('**/lots', async (route) => {
      const request = route.request();
      sent.push({
        key: request.headers()['idempotency-key'],
        lotId: (JSON.parse(request.postData() ?? '{}') as { lotId: string }).lotId,
      });
      if (sent.length > 1) return route.continue();
      await route.fetch(); // the platform records it, and its answer never comes back
      await route.abort('connectionreset');
    });
    const before = await head();
    await page.getByLabel('รหัสฝูง').fill('FL2');
    await page.getByLabel('รหัสสมาชิก').focus(); // leaving the flock fills its member and farm
    await page.getByText('ฝูงของสมาชิก M001 ฟาร์ม F01', { exact: false }).waitFor();
    await page.getByLabel('จำนวนไข่ (ฟอง)').fill('1200');
    await page.getByLabel('จำนวนไข่ (ฟอง)').press('Enter');
    await page.getByRole('alert').getByText('ติดต่อเซิร์ฟเวอร์ไม่ได้ รายการนี้ยังไม่ได้บันทึก', { exact: false }).waitFor();

    await page.getByLabel('จำนวนไข่ (ฟอง)').press('Enter');
    await page
      .getByRole('status')
      .getByText(/1,200 ฟอง จากฝูง FL2/)
      .waitFor();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toEqual(sent[0]);
    expect(sent[0]?.key).toMatch(/^\w{24}$/);
    expect(await head()).toBe(before + 1); // one lot collected, once
    const lot = await admin.get<Record<string, unknown>>(`/lots/${sent[0]?.lotId}`);
    expect(lot.body).toMatchObject({ flockId: 'FL2', collectedEggs: 1200 });
  });

  it('works on a phone-sized screen: enter a collection by touch, nothing wider than the screen', async () => {
    const page = await open('/', PHONE);
    await signIn(page, staff);
    await page
      .getByRole('link', { name: /รับไข่ประจำวัน/ })
      .first()
      .tap();
    await page.getByLabel('รหัสฝูง').tap();
    await page.getByLabel('รหัสฝูง').fill('FL2');
    await page.getByLabel('รหัสสมาชิก').tap(); // leaving the flock looks it up and fills its member and farm
    await page.getByText(/ฝูงของสมาชิก M001 ฟาร์ม F01: ไก่ยังอยู่ 5,000 ตัว/).waitFor();
    await page.getByLabel('จำนวนไข่ (ฟอง)').fill('3900');
    await page.getByText('สมาชิก: สมชาย ใจดี').waitFor(); // the member's lookup, as the field was left, has answered
    await page.getByRole('button', { name: 'บันทึก' }).tap();
    await page
      .getByRole('status')
      .getByText(/3,900 ฟอง จากฝูง FL2/)
      .waitFor();
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'collection-phone.png'), fullPage: true });
  });

  it('has no serious or critical accessibility violations on its screens (axe-core, WCAG 2.1 A and AA)', async () => {
    const page = await open('/');
    const seen: { screen: string; violations: { id: string; impact?: string | null; nodes: number }[] }[] = [];
    const check = async (screen: string) => {
      seen.push({ screen, violations: await seriousViolations(page) });
    };
    await page.getByRole('heading', { name: 'เข้าสู่ระบบ' }).waitFor();
    await check('sign-in');
    await signIn(page, staff);
    await check('home');
    for (const [path, heading] of [
      ['/collection', 'รับไข่ประจำวัน'],
      ['/grading?lot=L-GRADE-1', 'คัดขนาดไข่'],
      ['/packing?lot=L-PACK-1', 'แพ็กไข่ลงแผง'],
      ['/reject-processing?lot=L-REJ-1', 'แปรรูปไข่คัดออก'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.getByRole('button', { name: 'ออกจากระบบ' }).waitFor();
      await check(path);
    }
    // A form showing its errors, too.
    await page.goto('/collection');
    await page.getByLabel('จำนวนไข่ (ฟอง)').fill('0');
    await page.getByLabel('จำนวนไข่ (ฟอง)').press('Enter');
    await page.locator('#eggs-errors').waitFor();
    await check('collection with errors');
    expect(seen).toEqual(seen.map(({ screen }) => ({ screen, violations: [] })));
  });

  it('shows a member no staff screen, only their passbook, and signing out ends the session', async () => {
    const page = await open('/');
    await signIn(page, member);
    await page.getByText('สิ่งที่คุณใช้ได้ในบทบาทสมาชิก', { exact: false }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link').allInnerTexts()).toEqual(['หน้าแรก', 'สมุดบัญชีสมาชิก']);
    const [cookie] = await context.cookies();
    await page.getByRole('button', { name: 'ออกจากระบบ' }).click();
    await page.getByRole('heading', { name: 'เข้าสู่ระบบ' }).waitFor();
    const me = await fetch(`${platform.url}/auth/me`, { headers: { cookie: `${cookie?.name}=${cookie?.value}` } });
    expect(me.status).toBe(401);
  });
});
