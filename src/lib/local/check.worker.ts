/** The checker, off the page's thread: a long article's map is checked while the page stays responsive. */
import { answer } from '../browser/worker-call';
import { checkDataset, type DatasetFiles } from '../graph/check';

answer((files: DatasetFiles) => checkDataset(files));
