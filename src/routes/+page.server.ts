import { allSummaries } from '$lib/server/build-data';

export const load = () => ({ datasets: allSummaries() });
