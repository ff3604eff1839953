/**
 * Every kind of page the app serves, with the signal that says it is ready.
 * The accessibility and security tests run over this table: add a row for
 * each new route (presentation, handout, themes…).
 */
export interface Route {
	name: string;
	path: string;
	/** A selector that appears once the page has hydrated and drawn. */
	ready: string;
	/** Also checked in the dark and projector themes. */
	themed?: boolean;
	/** Has the Theme select: its themes are checked in one visit, switched in the page. */
	themeSwitcher?: boolean;
}

const explorer = '.canvas[data-ready="true"]';
/** The plain explorer before the graph is used: the static picture, answering taps. */
const explorerPicture = '.canvas[data-interactive="true"]';
const table = '.table-view[data-ready="true"]';
const presentation = '.player[data-ready="true"]';
const handout = 'main.handout[data-ready="true"]';

export const routes: Route[] = [
	{
		name: 'index',
		path: '/',
		ready: '[data-testid="my-maps"][data-ready="true"]',
		themed: true
	},
	{ name: 'explorer', path: '/camp-david-2023', ready: explorerPicture },
	{
		name: 'explorer with a node',
		path: '/camp-david-2023?node=north-korea',
		ready: explorer,
		themed: true,
		themeSwitcher: true
	},
	{
		name: 'explorer with a relation',
		path: '/camp-david-2023?edge=north-korea-threatens-south-korea',
		ready: explorer
	},
	{
		name: 'explorer with a path',
		path: '/camp-david-2023?path=north-korea,us-election-2024',
		ready: explorer,
		themed: true,
		themeSwitcher: true
	},
	{
		name: 'explorer focused and filtered',
		path: '/camp-david-2023?node=japan&focus=japan&depth=2&hide=concept&hideStance=neutral',
		ready: explorer
	},
	{
		name: 'explorer with a bad address',
		path: '/camp-david-2023?node=atlantis',
		ready: explorerPicture
	},
	{ name: 'table', path: '/camp-david-2023/table', ready: table },
	{
		name: 'table with a node',
		path: '/camp-david-2023/table?node=north-korea',
		ready: table,
		themed: true
	},
	{
		name: 'table filtered',
		path: '/camp-david-2023/table?hide=event&hideStance=neutral',
		ready: table
	},
	{
		name: 'presentation, first step',
		path: '/camp-david-2023/present',
		ready: presentation,
		themed: true,
		themeSwitcher: true
	},
	{ name: 'presentation, step 8', path: '/camp-david-2023/present/8', ready: presentation },
	{
		name: 'practice',
		path: '/camp-david-2023/practice?seed=4242',
		ready: '.practice[data-ready="true"]',
		themed: true,
		themeSwitcher: true
	},
	{
		name: 'presenter view, no presentation open',
		path: '/camp-david-2023/presenter',
		ready: '.presenter .alone',
		themed: true,
		themeSwitcher: true
	},
	{ name: 'handout', path: '/camp-david-2023/handout', ready: handout, themed: true }
];
