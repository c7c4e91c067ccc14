import { type BrowserHost, BrowserUnavailableError, DEBIAN_CHROMIUM, resolveBrowser } from './browser-executable.js';

const PACKAGED = '/tmp/chromium';

/** A machine with the given executables; apt-get, when allowed, "installs" Debian's chromium unless told to fail. */
function machine(options: { executables?: string[]; root?: boolean; aptFails?: boolean; packaged?: boolean; configuredPath?: string }) {
  const executables = new Set(options.executables ?? []);
  const calls: string[] = [];
  const host: BrowserHost = {
    configuredPath: options.configuredPath,
    isExecutable: (path) => executables.has(path),
    canInstallWithApt: () => options.root ?? false,
    installWithApt: () => {
      calls.push('apt-get install chromium');
      if (options.aptFails) throw new Error('E: Unable to fetch some archives\nmore detail');
      executables.add(DEBIAN_CHROMIUM);
    },
    npmPackageBrowser: async () => {
      calls.push('unpack @sparticuz/chromium');
      if (!options.packaged) return undefined;
      executables.add(PACKAGED);
      return PACKAGED;
    },
    note: (line) => calls.push(`note: ${line}`),
  };
  return { host, calls };
}

describe('choosing the browser for the e2e tests', () => {
  it("uses Debian's chromium when it is installed, installing nothing", async () => {
    const { host, calls } = machine({ executables: [DEBIAN_CHROMIUM], root: true, packaged: true });
    expect(await resolveBrowser(host)).toBe(DEBIAN_CHROMIUM);
    expect(calls).toEqual([]);
  });

  it('installs it with apt-get when missing and running as root', async () => {
    const { host, calls } = machine({ root: true, packaged: true });
    expect(await resolveBrowser(host)).toBe(DEBIAN_CHROMIUM);
    expect(calls).toEqual([expect.stringMatching(/^note: No browser at \/usr\/bin\/chromium: installing/), 'apt-get install chromium']);
  });

  it('falls back to the npm-packaged Chromium when apt-get fails, saying why in one line', async () => {
    const { host, calls } = machine({ root: true, aptFails: true, packaged: true });
    expect(await resolveBrowser(host)).toBe(PACKAGED);
    expect(calls).toContain('note: apt-get could not install chromium (E: Unable to fetch some archives)');
    expect(calls.at(-1)).toBe('unpack @sparticuz/chromium');
  });

  it('uses the npm-packaged Chromium without root, never calling apt-get', async () => {
    const { host, calls } = machine({ root: false, packaged: true });
    expect(await resolveBrowser(host)).toBe(PACKAGED);
    expect(calls).toEqual(['unpack @sparticuz/chromium']);
  });

  it('stops with one line naming the command when there is no way to get a browser', async () => {
    const { host } = machine({ root: false, packaged: false });
    const failure = resolveBrowser(host);
    await expect(failure).rejects.toBeInstanceOf(BrowserUnavailableError);
    await expect(failure).rejects.toThrow(/^No Chromium for the browser tests: run `apt-get install chromium` as root \(or set CHROMIUM_PATH to a Chromium\), then npm test again$/);
  });

  it('honours CHROMIUM_PATH, and refuses one that is not an executable instead of looking elsewhere', async () => {
    expect(await resolveBrowser(machine({ executables: ['/opt/chrome'], configuredPath: '/opt/chrome' }).host)).toBe('/opt/chrome');
    const { host, calls } = machine({ executables: [DEBIAN_CHROMIUM], configuredPath: '/nowhere/chrome', root: true, packaged: true });
    await expect(resolveBrowser(host)).rejects.toThrow('CHROMIUM_PATH=/nowhere/chrome is not an executable browser');
    expect(calls).toEqual([]);
  });
});
