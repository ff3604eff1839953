/**
 * The schema's complaints in plain English: each valibot issue becomes a
 * message and a fix, at the JSON path it points to.
 */
import type * as v from 'valibot';
import { excerpt } from './loose';
import { jsonPath } from './problems';

/** Where an issue points, in `nodes[3].evidence[0]` form. */
export const issuePath = (issue: v.BaseIssue<unknown>) =>
	jsonPath(issue.path?.map((p) => p.key as string | number) ?? []);

export function describeIssue(issue: v.BaseIssue<unknown>): [message: string, fix: string] {
	const key = issue.path?.at(-1)?.key;
	if (issue.type === 'strict_object' && issue.expected === 'never') {
		return [
			`unknown key "${String(key)}"`,
			'Remove it or correct its spelling (keys are case-sensitive).'
		];
	}
	if (issue.type === 'strict_object' || (issue.received === 'undefined' && key !== undefined)) {
		return [`"${String(key)}" is missing`, `Add "${String(key)}" (see the README's data format).`];
	}
	if (issue.type === 'picklist') {
		return [
			excerpt(issue.message, 400),
			'Use one of the listed values (the vocabularies are in src/lib/graph/vocabulary.ts).'
		];
	}
	if (issue.type === 'min_length' && key === 'evidence') {
		return [
			'this element has no evidence',
			'Add at least one {"exact": "..."} quoting the passage of the article that supports it.'
		];
	}
	if (key === 'url' && issue.type !== 'string') {
		return [
			excerpt(issue.message, 160),
			'Give the address of the article as published, starting with https:// (or http://).'
		];
	}
	// valibot's own messages quote the value found, which may be any length.
	return [excerpt(issue.message, 160), `Correct the value (found ${excerpt(issue.received)}).`];
}
