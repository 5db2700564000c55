import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import OpenAI from 'openai';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAdminHarness, type AdminHarness } from '../support/admin-fixture.ts';
import { chromiumAvailable, launchChromium, mustRunBrowser } from './chromium.ts';

const run = chromiumAvailable || mustRunBrowser;
const SCREENSHOT = path.join(import.meta.dirname, '..', '..', 'test-results', 'admin-review.png');

describe.skipIf(!run)('admin UI in real Chromium', () => {
  let h: AdminHarness;
  let browser: { context: BrowserContext; close(): Promise<void> };

  beforeAll(async () => {
    h = await startAdminHarness();
    browser = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it('a reviewer signs in, sees the item a real SDK call created, approves it, and finds the approval in the audit log', async () => {
    const client = new OpenAI({ apiKey: 'acme-app-key', baseURL: `${h.pledge.url}/openai/v1`, maxRetries: 0 });
    const tools = [{ type: 'function' as const, function: { name: 'route_lead', description: 'Assign a lead to a sales rep', parameters: { type: 'object', properties: {} } } }];
    const { response } = await client.chat.completions
      .create({ model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Route the lead from priya.nair@example.in to the EMEA team' }], tools })
      .withResponse();
    const reviewId = response.headers.get('x-pledge-review-id');
    expect(reviewId).toBeTruthy();

    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${h.pledge.url}/admin`);
    await page.getByLabel('Staff token').fill(await h.token('reviewer', ['acme']));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/admin/reviews');

    const row = page.locator('tr.row', { hasText: 'route_lead' });
    await expect.poll(() => row.count()).toBe(1);
    await row.getByRole('link', { name: /Review/ }).click();
    await page.waitForURL(`**/admin/reviews/${reviewId}`);
    expect(await page.locator('pre').innerText()).toContain('[EMAIL_ADDRESS_1]');
    await page.getByLabel(/Note/).fill('Checked the territory <b>EMEA</b> — fine.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(`**/admin/reviews/${reviewId}?done=approve`);
    expect(await page.getByRole('status').innerText()).toContain('Approved');
    expect(await page.getByTestId('note').innerText()).toBe('Checked the territory <b>EMEA</b> — fine.');

    await h.writer.drain();
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.getByLabel('Kind').selectOption('staff');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForURL('**/admin/audit?**');
    const approval = page.locator('tr.row', { hasText: 'review.approve' });
    await expect.poll(() => approval.count()).toBe(1);
    expect(await approval.innerText()).toContain(reviewId!);
    await page.getByLabel('Kind').selectOption('');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.waitForLoadState('load');
    await mkdir(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(errors, errors.join("\n")).toEqual([]);
  }, 60_000);
});
