import { DestinationRefused, isPublicAddress, parseDestinationUrl, resolveDestination } from './webhook-destination.js';

const production = { allowHttp: false, allowPrivateAddresses: false };

function refusal(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof DestinationRefused) return error.rule;
    throw error;
  }
  return 'accepted';
}

describe('webhook destinations (SSRF rules)', () => {
  it('accepts a public https URL', () => {
    expect(parseDestinationUrl('https://hooks.example.org/stacks', production).hostname).toBe('hooks.example.org');
  });

  it('refuses http in production and accepts it for local development', () => {
    expect(refusal(() => parseDestinationUrl('http://hooks.example.org/', production))).toBe('scheme');
    expect(refusal(() => parseDestinationUrl('http://hooks.example.org/', { allowHttp: true, allowPrivateAddresses: false }))).toBe('accepted');
    expect(refusal(() => parseDestinationUrl('ftp://hooks.example.org/', { allowHttp: true, allowPrivateAddresses: false }))).toBe('scheme');
  });

  it.each(['https://127.0.0.1/', 'https://10.1.2.3/', 'https://[::1]/', 'https://169.254.169.254/latest', 'https://192.168.0.10/', 'https://[fd00::1]/', 'https://[::ffff:127.0.0.1]/', 'https://224.0.0.1/', 'https://0.0.0.0/', 'https://localhost/'])(
    'refuses the non-public address in %s',
    (url) => {
      expect(refusal(() => parseDestinationUrl(url, production))).toBe('public-address');
    },
  );

  it('refuses user names and passwords in the URL and what is not a URL', () => {
    expect(refusal(() => parseDestinationUrl('https://user:pw@hooks.example.org/', production))).toBe('credentials');
    expect(refusal(() => parseDestinationUrl('not a url', production))).toBe('url');
    expect(refusal(() => parseDestinationUrl(`https://hooks.example.org/${'a'.repeat(3000)}`, production))).toBe('url');
  });

  it('judges addresses by range: only plain unicast is public', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:2800:220:1:248:1893:25c8:1946')).toBe(true);
    expect(isPublicAddress('100.64.0.1')).toBe(false); // carrier-grade NAT
    expect(isPublicAddress('fe80::1')).toBe(false);
    expect(isPublicAddress('not-an-address')).toBe(false);
  });

  it('refuses a name that resolves to loopback, even when another of its addresses is public', async () => {
    const url = parseDestinationUrl('https://rebind.example.org/hook', production);
    const resolver = async () => [
      { address: '93.184.216.34', family: 4 as const },
      { address: '127.0.0.1', family: 4 as const },
    ];
    await expect(resolveDestination(url, production, resolver)).rejects.toMatchObject({ rule: 'public-address' });
  });

  it('pins the first approved address of a public name, and refuses a name that does not resolve', async () => {
    const url = parseDestinationUrl('https://hooks.example.org/hook', production);
    await expect(resolveDestination(url, production, async () => [{ address: '93.184.216.34', family: 4 }])).resolves.toEqual({ address: '93.184.216.34', family: 4 });
    await expect(resolveDestination(url, production, async () => Promise.reject(new Error('ENOTFOUND')))).rejects.toMatchObject({ rule: 'resolvable' });
  });
});
