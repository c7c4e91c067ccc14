// `nx run web-e2e:browser`, run before the browser tests: finds or installs the Chromium they drive,
// or stops the run at once with one line naming the command to run.
import { BrowserUnavailableError, resolveBrowser, systemBrowserHost } from './browser-executable.js';

try {
  process.stdout.write(`Browser for the e2e tests: ${await resolveBrowser(systemBrowserHost)}\n`);
} catch (error) {
  if (!(error instanceof BrowserUnavailableError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
}
