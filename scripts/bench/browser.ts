/** The Chromium the benchmark drives: the system one, with the project's flags. */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../chromium';

export const launch = () => chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
