import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium; .ci/run installs it), never a browser Playwright downloads. */
const CHROMIUM = process.env.KHAI_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Where the browser tests keep their screenshots of each main screen. */
export const SHOTS = join(__dirname, 'screenshots');
export const DESKTOP = { viewport: { width: 1280, height: 800 } };
export const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A headless Chromium for a test file, its screenshots' folder made. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Signs in on the sign-in page shown (in Thai), and waits until the app says who is signed in. */
export async function signIn(page: Page, account: { username: string; password: string }): Promise<void> {
  await page.getByLabel('ชื่อผู้ใช้').fill(account.username);
  await page.getByLabel('รหัสผ่าน').fill(account.password);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page.getByRole('button', { name: 'ออกจากระบบ' }).waitFor();
}

/** The page's serious and critical accessibility violations by axe-core (WCAG 2.1 A and AA): none is the goal. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact?: string | null; nodes: number }[]> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
}
