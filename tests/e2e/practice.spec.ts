/**
 * Exercises on the bundled map, end to end: each kind answered right and wrong, by mouse and
 * by keyboard; the seed in the address gives everyone the same questions; the score at the end.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, loadDataset } from './fixtures';
import { makeRound, type Question } from '../../src/lib/practice/questions';
import { asserterNames } from '../../src/lib/practice/questions';
import { relationNames } from '../../src/lib/graph/vocabulary';

const dataset = loadDataset();
const seed = 4242;
const round = makeRound(dataset, seed);

async function open(page: Page, query = `?seed=${seed}`) {
	await page.goto(`/camp-david-2023/practice${query}`);
	await page.locator('.practice[data-ready="true"]').waitFor();
}

const choiceName = (q: Question, choice: string) =>
	q.kind === 'predict'
		? relationNames[choice as keyof typeof relationNames]
		: asserterNames[choice as keyof typeof asserterNames];

/** The sentence button that holds the start of the question's first passage. */
async function rightSentence(page: Page, q: Question) {
	const at = q.edge.passages[0]!.start;
	const starts = await page
		.locator('.sentence')
		.evaluateAll((els) => els.map((e) => [Number(e.dataset.start), Number(e.dataset.end)]));
	const i = starts.findIndex(([s, e]) => s! <= at && at < e!);
	return page.locator('.sentence').nth(i);
}

/** A sentence that holds none of the question's passages. */
async function wrongSentence(page: Page, q: Question, nth = 0) {
	const spans = await page
		.locator('.sentence')
		.evaluateAll((els) => els.map((e) => [Number(e.dataset.start), Number(e.dataset.end)]));
	const wrong = spans
		.map(([s, e], i) => ({ i, off: q.edge.passages.every((p) => p.end <= s! || e! <= p.start) }))
		.filter((x) => x.off);
	return page.locator('.sentence').nth(wrong[nth]!.i);
}

test.describe('practice', () => {
	test('the seed in the address gives the same questions; without one, a seed is written', async ({
		page
	}) => {
		await open(page);
		await expect(page.locator('.seed')).toHaveText(`Round ${seed}`);
		await expect(page.locator('h1')).toHaveText('Find the evidence');
		const source = dataset.nodes.find((n) => n.id === round[0]!.edge.source)!;
		await expect(page.locator('.relation')).toContainText(source.label);
		await open(page, '');
		await expect(page).toHaveURL(/\?seed=\d+$/);
	});

	test('find the evidence: a wrong sentence gets a hint, the right one is lit', async ({
		page
	}) => {
		await open(page);
		const q = round[0]!;
		// A sentence without the passage is wrong, and the hint names the passage's paragraph.
		const wrong = await wrongSentence(page, q);
		await wrong.click();
		await expect(page.getByRole('status')).toContainText('Hint: look in');
		await expect(wrong).toHaveClass(/wrong/);
		const right = await rightSentence(page, q);
		await right.click();
		await expect(page.getByRole('status')).toContainText('Right.');
		await expect(right).toHaveClass(/right/);
		await expect(page.getByRole('button', { name: 'Next question →' })).toBeFocused();
	});

	test('two wrong sentences show the answer', async ({ page }) => {
		await open(page);
		await (await wrongSentence(page, round[0]!, 0)).click();
		await (await wrongSentence(page, round[0]!, 1)).click();
		await expect(page.getByRole('status')).toContainText('The answer is marked');
		await expect(page.locator('.sentence.answer').first()).toBeVisible();
	});

	test('a whole round, each kind right and wrong, by keyboard and by mouse, then the score', async ({
		page
	}) => {
		await open(page);
		const results: boolean[] = [];
		const seen = { evidence: 0, predict: 0, asserted: 0 };
		for (const [i, q] of round.entries()) {
			await expect(page.locator('.practice')).toHaveAttribute('data-question', String(i + 1));
			// Each kind's answers in turn: right by keyboard, wrong by keyboard, right by mouse…
			const k = seen[q.kind]++;
			const answerRight = k % 2 === 0;
			const byKeyboard = Math.floor(k / 2) % 2 === 0;
			const press = async (target: Locator) => {
				if (!byKeyboard) return target.click();
				await target.focus();
				await page.keyboard.press('Enter');
			};
			if (q.kind === 'evidence') {
				// Two wrong sentences end the question.
				const picks = answerRight
					? [await rightSentence(page, q)]
					: [await wrongSentence(page, q, 0), await wrongSentence(page, q, 1)];
				for (const pick of picks) await press(pick);
				await expect(page.getByRole('status')).toContainText(
					answerRight ? 'Right.' : 'The answer is marked'
				);
				results.push(answerRight);
			} else {
				const right = q.kind === 'predict' ? q.edge.relation : q.edge.assertedBy.by;
				const choice = answerRight ? right : q.choices.find((c) => c !== right)!;
				// The two nodes are drawn with their relation hidden until the answer.
				const label = (id: string) => dataset.nodes.find((n) => n.id === id)!.label;
				const [from, to] = [label(q.edge.source), label(q.edge.target)];
				if (q.kind === 'predict')
					await expect(
						page.getByRole('img', { name: `${from} and ${to}, the relation between them hidden` })
					).toBeVisible();
				await press(page.getByRole('button', { name: choiceName(q, choice), exact: true }));
				if (q.kind === 'predict')
					await expect(
						page.getByRole('img', { name: `${from} ${q.edge.label} ${to}` })
					).toBeVisible();
				await expect(page.getByRole('status')).toContainText(answerRight ? 'Right.' : 'Not quite.');
				await expect(page.locator('.passage mark')).toHaveText(q.edge.passages[0]!.exact);
				results.push(answerRight);
			}
			await expect(page.locator('.next')).toBeFocused();
			await page.keyboard.press('Enter');
		}
		const score = results.filter(Boolean).length;
		await expect(page.locator('h1')).toHaveText(`You got ${score} of ${round.length}`);
		await expect(page.locator('.results li')).toHaveCount(round.length);
		await expect(page.locator('.results .passage mark').first()).toHaveText(
			round[0]!.edge.passages[0]!.exact
		);
	});
});
