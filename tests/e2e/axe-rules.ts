/**
 * axe-core as every end-to-end test runs it: every rule that is not experimental (WCAG 2.2 A
 * to AAA, best practices, colour contrast included, and not only those axe turns on by
 * default), plus Label in Name (WCAG 2.5.3, level A), which axe still counts as experimental.
 */
import AxeBuilder from '@axe-core/playwright';
// The axe that @axe-core/playwright runs in the page (it pins this version): its list of rules.
import axe from 'axe-core';
import type { Page } from '@playwright/test';

const rules = [
	...axe
		.getRules()
		.filter((rule) => !rule.tags.includes('experimental'))
		.map((rule) => rule.ruleId),
	'label-content-name-mismatch'
];

/**
 * Every violation, each with every element it was found on. Only violations are asked for in
 * full, so axe builds no selector for each of the thousands of elements that pass; and axe
 * runs in the page itself (legacy mode) rather than finishing in a second page, which only
 * cross-origin frames need, and no page of the app has any frame.
 */
export async function violations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page })
		.withRules(rules)
		.options({ resultTypes: ['violations'] })
		.setLegacyMode(true)
		.analyze();
	return results.violations.map(
		(v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}
