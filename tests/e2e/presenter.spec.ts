/**
 * The presenter's window and the presentation, two windows of one browser: P opens the
 * presenter, each follows the other's steps, the keys work in either, and closing one leaves
 * the other working.
 */
import type { Page } from '@playwright/test';
import { test, expect, loadDataset } from './fixtures';

const steps = loadDataset().story!.steps;

async function openStep(page: Page, step: number) {
	await page.goto(`/camp-david-2023/present/${step}`);
	await page.locator('.player[data-ready="true"]').waitFor();
}

const shows = (presenter: Page, step: number) =>
	expect(presenter.locator('.presenter')).toHaveAttribute('data-step', String(step));

test.describe('the presenter view', () => {
	test('P opens it at the presentation’s step, and each window drives the other', async ({
		page,
		context
	}) => {
		await openStep(page, 3);
		const opened = context.waitForEvent('page');
		await page.keyboard.press('p');
		const presenter = await opened;
		await presenter.locator('.presenter[data-following="true"]').waitFor();
		await shows(presenter, 3);
		await expect(presenter.locator('#now-title')).toHaveText(steps[2]!.title);
		await expect(presenter.locator('.narration')).toHaveText(steps[2]!.narration);
		await expect(presenter.locator('.next-title')).toHaveText(`4. ${steps[3]!.title}`);
		await expect(presenter.locator('.clock [aria-hidden]')).toHaveText(/^\d\d:\d\d$/);

		// The presenter's keys (a clicker sends PageDown) move the presentation.
		await presenter.keyboard.press('PageDown');
		await expect(page.locator('.player')).toHaveAttribute('data-step', '4');
		await expect(page.locator('#step-title')).toHaveText(steps[3]!.title);

		// The presentation's keys move the presenter.
		await page.keyboard.press('ArrowRight');
		await shows(presenter, 5);
		await expect(presenter.locator('#now-title')).toHaveText(steps[4]!.title);

		// A step picked from the presenter's list.
		await presenter.getByRole('button', { name: steps[0]!.title }).click();
		await expect(page.locator('.player')).toHaveAttribute('data-step', '1');
		await expect(presenter.getByRole('button', { name: steps[0]!.title })).toHaveAttribute(
			'aria-current',
			'step'
		);

		// Closing the presenter leaves the presentation working.
		await presenter.close();
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('.player')).toHaveAttribute('data-step', '2');
	});

	test('without a presentation it says so, offers to open one, and still steps through', async ({
		page
	}) => {
		await page.goto('/camp-david-2023/presenter');
		await expect(page.getByRole('status')).toContainText('No presentation window is following');
		await expect(page.getByRole('link', { name: 'Open the presentation' })).toHaveAttribute(
			'href',
			'/camp-david-2023/present/1'
		);
		await page.keyboard.press('End');
		await expect(page.locator('.presenter')).toHaveAttribute('data-step', String(steps.length));
		await expect(page.locator('.next-title')).toHaveText('The end of the story.');
	});
});
