// Prints the Chromium the end-to-end tests will use, or exits 1 when there is none.
import { register } from 'tsx/esm/api';

register();
const { e2eChromium } = await import('./chromium.ts');
const path = e2eChromium();
if (!path) process.exit(1);
console.log(path);
