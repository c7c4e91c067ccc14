// Loaded into every AppProcess child (node --import). The parent holds the other end of a pipe on
// fd 3; when the parent dies, even by SIGKILL (a killed Jest run), the pipe closes and the child
// shuts down instead of living on with its port, database connections and queue locks.
import { Socket } from 'node:net';

/** The stdio slot AppProcess opens for the lifeline. */
export const LIFELINE_FD = 3;
/** After SIGTERM, the time the program's own shutdown gets before a hard exit. */
const GRACE_MS = 10_000;

if (process.env.STACKS_LIFELINE_FD === String(LIFELINE_FD)) {
  const lifeline = new Socket({ fd: LIFELINE_FD, readable: true, writable: false });
  // The lifeline must not keep a program alive that has finished on its own.
  lifeline.unref();
  lifeline.on('error', () => undefined);
  lifeline.once('close', () => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), GRACE_MS).unref();
  });
  lifeline.resume();
}
