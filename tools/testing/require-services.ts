// First step of `npm test`: with PostgreSQL or Redis down, say which and how to start it, and stop
// at once instead of running the suite into connection errors.
import { loadConfigOrExit, requireServicesOrExit } from '@stacks/config';

await requireServicesOrExit(loadConfigOrExit(), ['postgres', 'redis']);
