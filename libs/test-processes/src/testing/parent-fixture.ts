// A stand-in for a test run, for app-process.spec.ts: starts the health fixture as its own child on
// PORT, prints the child's pid once it is healthy, then waits to be killed.
import { AppProcess } from '../app-process.js';

const port = process.env.PORT ?? '';
const child = new AppProcess('libs/test-processes/src/testing/health-fixture.ts', { PORT: port }).start();
await child.waitForHealth(`http://127.0.0.1:${port}/health`, 30_000);
console.log(`child pid ${child.child?.pid}`);
setInterval(() => undefined, 60_000);
