/** The seeded layout, off the page's thread: the same positions the build computes. */
import { answer } from '../browser/worker-call';
import { layoutDataset, type LayoutInput } from './layout';

answer((input: LayoutInput) => layoutDataset(input));
