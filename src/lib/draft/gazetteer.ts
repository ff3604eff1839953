/** Lookups over the lexicon, built once per worker. */
import { countries, metonyms, type Country, type PlaceRole } from './lexicon/countries';
import { knownOrganizations, regionAdjectives, regions } from './lexicon/organizations';

export interface PlaceHit {
	country: Country;
	role: PlaceRole;
}

interface Lookups {
	places: Map<string, PlaceHit>;
	organizations: Map<string, string>;
	metonyms: Map<string, string>;
}

let built: Lookups | undefined;

/** Typographic variants that should find the same entry ("People’s" and "People's"). */
export const fold = (s: string) => s.replace(/[’‘]/g, "'").replace(/[–—]/g, '-');

function build(): Lookups {
	const places = new Map<string, PlaceHit>();
	const put = (form: string, country: Country, role: PlaceRole) => {
		if (!places.has(fold(form))) places.set(fold(form), { country, role });
	};
	for (const country of countries) {
		put(country.name, country, 'name');
		for (const a of country.aliases) put(a, country, 'name');
		for (const c of country.capitals) put(c, country, 'capital');
		for (const a of country.adjectives) put(a, country, 'adjective');
		for (const p of country.people) put(p, country, 'people');
	}
	const organizations = new Map<string, string>();
	for (const [name, ...aliases] of knownOrganizations) {
		for (const form of [name!, ...aliases]) organizations.set(fold(form), name!);
	}
	return { places, organizations, metonyms: new Map(Object.entries(metonyms)) };
}

const lookups = () => (built ??= build());

export const findPlace = (form: string) => lookups().places.get(fold(form));
export const findOrganization = (form: string) => lookups().organizations.get(fold(form));
export const findMetonym = (form: string) => lookups().metonyms.get(fold(form));
export const isRegion = (form: string) => regions.has(form) || regionAdjectives.has(form);
export const countryNamed = (name: string) => countries.find((c) => c.name === name);
