import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
export const INSTALL_COMMAND = 'apt-get install chromium';

/** What the machine offers; injected so the choice can be tested without touching the machine. */
export interface BrowserHost {
  /** CHROMIUM_PATH, when the developer names a browser. */
  configuredPath?: string;
  isExecutable(path: string): boolean;
  /** Root with apt-get on the PATH: Debian's package can be installed. */
  canInstallWithApt(): boolean;
  /** Runs apt-get (its progress on stderr); throws when it fails. */
  installWithApt(): void;
  /** A Chromium shipped inside an npm package (@sparticuz/chromium), unpacked; undefined when absent. */
  npmPackageBrowser(): Promise<string | undefined>;
  /** One line for the person watching (what is being installed, and why). */
  note(line: string): void;
}

export class BrowserUnavailableError extends Error {}

/**
 * The Chromium the browser tests drive: CHROMIUM_PATH, else Debian's chromium (installed with
 * apt-get when we are root), else the one inside @sparticuz/chromium. Never a silent skip: with
 * none of these it throws one line naming the command that fixes it.
 */
export async function resolveBrowser(host: BrowserHost): Promise<string> {
  if (host.configuredPath !== undefined) {
    if (host.isExecutable(host.configuredPath)) return host.configuredPath;
    throw new BrowserUnavailableError(`CHROMIUM_PATH=${host.configuredPath} is not an executable browser; unset it or run \`${INSTALL_COMMAND}\``);
  }
  if (host.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  if (host.canInstallWithApt()) {
    host.note(`No browser at ${DEBIAN_CHROMIUM}: installing Debian's chromium for the browser tests (apt-get)`);
    try {
      host.installWithApt();
    } catch (error) {
      host.note(`apt-get could not install chromium (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
    }
    if (host.isExecutable(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  }
  const packaged = await host.npmPackageBrowser();
  if (packaged !== undefined && host.isExecutable(packaged)) return packaged;
  throw new BrowserUnavailableError(`No Chromium for the browser tests: run \`${INSTALL_COMMAND}\` as root (or set CHROMIUM_PATH to a Chromium), then npm test again`);
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(':').some((directory) => directory !== '' && isExecutable(`${directory}/${command}`));
}

/** This machine. */
export const systemBrowserHost: BrowserHost = {
  configuredPath: process.env.CHROMIUM_PATH || undefined,
  isExecutable,
  canInstallWithApt: () => process.getuid?.() === 0 && onPath('apt-get'),
  installWithApt: () => {
    const options = { stdio: ['ignore', 2, 2] as ['ignore', number, number], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
    execFileSync('apt-get', ['update'], options);
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], options);
  },
  npmPackageBrowser: async () => {
    try {
      const { default: chromium } = await import('@sparticuz/chromium');
      return await chromium.executablePath();
    } catch {
      return undefined;
    }
  },
  note: (line) => process.stderr.write(`${line}\n`),
};
