import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixedNavigator, urlNavigator } from '../../src/lib/state/navigators.svelte';
import * as app from './app-mocks.svelte';

vi.mock('$app/environment', () => ({ browser: true }));
vi.mock('$app/navigation', async () => {
	const { beforeNavigate, goto } = await import('./app-mocks.svelte');
	return { beforeNavigate, goto };
});
vi.mock('$app/state', async () => ({ page: (await import('./app-mocks.svelte')).page }));
vi.mock('$lib/browser/after-paint', async () => ({
	whenIdle: (await import('./app-mocks.svelte')).whenIdle
}));

describe('urlNavigator', () => {
	beforeEach(() => app.resetApp('/camp-david-2023?node=japan'));

	it("reads the view from the address's query string", () => {
		expect(urlNavigator('/camp-david-2023').read()).toBe('?node=japan');
	});

	it('shows a view at once and writes its address once the browser is idle', async () => {
		const nav = urlNavigator('/camp-david-2023');
		nav.write('?node=china');
		expect(nav.read()).toBe('?node=china');
		expect(app.visited).toEqual([]);
		await app.runIdle();
		expect(app.visited).toEqual(['/camp-david-2023?node=china']);
		expect(app.goto).toHaveBeenCalledWith('/camp-david-2023?node=china', {
			noScroll: true,
			keepFocus: true
		});
		expect(nav.read()).toBe('?node=china');
	});

	it('keeps a view chosen while the address of the one before is still being written', async () => {
		const nav = urlNavigator('/camp-david-2023');
		nav.write('?focus=japan');
		app.startIdle();
		await app.ticks(2);
		nav.write('?focus=japan&depth=2');
		app.startIdle();
		// The first write finishes while the router still waits to start the second.
		for (let tick = 0; tick < 8; tick++) {
			expect(nav.read()).toBe('?focus=japan&depth=2');
			await app.ticks(2);
		}
		expect(app.visited).toEqual([
			'/camp-david-2023?focus=japan',
			'/camp-david-2023?focus=japan&depth=2'
		]);
		expect(app.page.url.search).toBe('?focus=japan&depth=2');
	});

	it('writes the empty view as the bare path', async () => {
		urlNavigator('/camp-david-2023').write('');
		await app.runIdle();
		expect(app.visited).toEqual(['/camp-david-2023']);
	});

	it('writes only the last of several views chosen before the browser was idle', async () => {
		const nav = urlNavigator('/camp-david-2023');
		nav.write('?node=china');
		nav.write('?edge=china-threatens-taiwan');
		await app.runIdle();
		expect(app.visited).toEqual(['/camp-david-2023?edge=china-threatens-taiwan']);
	});

	it('drops a chosen view when the user navigates first, and the address rules', async () => {
		const nav = urlNavigator('/camp-david-2023');
		nav.write('?node=china');
		app.navigate('/camp-david-2023?focus=japan');
		expect(nav.read()).toBe('?focus=japan');
		await app.runIdle();
		expect(app.visited).toEqual([]);
	});

	it('writes a view that replaces in place of the current history entry', async () => {
		const nav = urlNavigator('/camp-david-2023');
		nav.write('?node=japan&hide=event', true);
		await app.runIdle();
		expect(app.goto).toHaveBeenCalledWith('/camp-david-2023?node=japan&hide=event', {
			noScroll: true,
			keepFocus: true,
			replaceState: true
		});
	});

	it('keeps a step chosen just before a replacing view as a step of its own', async () => {
		const nav = urlNavigator('/camp-david-2023');
		nav.write('?node=china');
		nav.write('?node=china&hide=event', true);
		await app.runIdle();
		expect(app.goto).toHaveBeenCalledTimes(1);
		expect(app.goto).toHaveBeenCalledWith('/camp-david-2023?node=china&hide=event', {
			noScroll: true,
			keepFocus: true
		});
	});

	it('keeps the renderer chosen in the address in every address it writes', async () => {
		app.resetApp('/camp-david-2023?renderer=webgl&node=japan');
		urlNavigator('/camp-david-2023').write('?node=china');
		await app.runIdle();
		expect(app.visited).toEqual(['/camp-david-2023?node=china&renderer=webgl']);
	});

	describe('with a base that carries a fixed query', () => {
		const base = '/my/map?id=k3j2';
		beforeEach(() => app.resetApp('/my/map?id=k3j2&node=japan&hide=event,concept'));

		it('reads the view without the fixed parameters', () => {
			expect(urlNavigator(base).read()).toBe('?node=japan&hide=event,concept');
		});

		it('reads the empty view from the base alone', () => {
			app.resetApp(base);
			expect(urlNavigator(base).read()).toBe('');
		});

		it.each([
			{ view: '?node=china', address: '/my/map?id=k3j2&node=china' },
			{
				view: '?focus=japan&depth=2&hide=event,concept',
				address: '/my/map?id=k3j2&focus=japan&depth=2&hide=event,concept'
			},
			{ view: '', address: '/my/map?id=k3j2' }
		])('writes $view at $address, the fixed parameters first', async ({ view, address }) => {
			urlNavigator(base).write(view);
			await app.runIdle();
			expect(app.visited).toEqual([address]);
		});

		it('reads back the view it wrote, and not the fixed parameters', async () => {
			const nav = urlNavigator(base);
			nav.write('?edge=china-threatens-taiwan');
			await app.runIdle();
			expect(app.page.url.search).toBe('?id=k3j2&edge=china-threatens-taiwan');
			expect(nav.read()).toBe('?edge=china-threatens-taiwan');
		});

		it('keeps the renderer after the fixed parameters and the view', async () => {
			app.resetApp('/my/map?id=k3j2&renderer=webgl');
			const nav = urlNavigator(base);
			expect(nav.read()).toBe('?renderer=webgl');
			nav.write('?node=china');
			await app.runIdle();
			expect(app.visited).toEqual(['/my/map?id=k3j2&node=china&renderer=webgl']);
		});
	});
});

describe('fixedNavigator', () => {
	it('reads the empty view, and writes nowhere', async () => {
		app.resetApp('/camp-david-2023/handout?node=japan');
		fixedNavigator.write('?node=china');
		expect(fixedNavigator.read()).toBe('');
		await app.runIdle();
		expect(app.visited).toEqual([]);
	});
});
