import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPrismaClient } from '@stacks/db';
import { runSeed } from '@stacks/db/seed';

/** Runs `npm run bot:console -- --json` as a user would: questions on stdin, JSON lines out. */
async function askConsole(env: NodeJS.ProcessEnv, questions: string[]): Promise<{ lines: Record<string, unknown>[]; stderr: string; code: number | null }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '', ...env };
  delete childEnv.DISCORD_TOKEN;
  delete childEnv.REDIS_URL;
  const bot = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/bot/src/main.ts', '--json'], {
    env: childEnv,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  bot.stdout.on('data', (chunk) => (stdout += String(chunk)));
  bot.stderr.on('data', (chunk) => (stderr += String(chunk)));
  bot.stdin.end(`${questions.join('\n')}\n`);
  const code = await new Promise<number | null>((resolve) => bot.once('exit', resolve));
  return { lines: stdout.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line)), stderr, code };
}

describe('bot console mode (no Discord token, no Redis)', () => {
  it('answers from the seed catalogue when the database is unreachable, and exits when input ends', async () => {
    const { lines, stderr, code } = await askConsole({ DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nowhere', REDIS_URL: 'redis://127.0.0.1:1' }, [
      'Who funds LTC?',
      'How do I reset my router?',
    ]);
    expect(code).toBe(0);
    expect(stderr).toContain('answering from the seed catalogue');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ question: 'Who funds LTC?', answer: expect.stringContaining('Gates') });
    expect(lines[1].answer).toMatch(/^I don't know/);
  }, 60_000);

  it('has answers rewritten by an OpenAI-compatible model when one is configured, with retrieval as the fallback', async () => {
    const prompts: string[] = [];
    const model = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += String(chunk)));
      request.on('end', () => {
        prompts.push(body);
        const fails = body.includes('Día');
        response.writeHead(fails ? 503 : 200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ choices: [{ message: { content: 'The Gates Foundation paid for it [1].' } }] }));
      });
    });
    await new Promise<void>((resolve) => model.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(model.address() as AddressInfo).port}/v1`;
      const { lines, stderr, code } = await askConsole(
        { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/nowhere', ANSWERING_LLM_URL: url, ANSWERING_LLM_MODEL: 'stand-in' },
        ['Who funds LTC?', 'What is Día?'],
      );
      expect(code).toBe(0);
      expect(stderr).toContain('composed by stand-in');
      expect(lines[0]).toMatchObject({ answer: 'The Gates Foundation paid for it [1].', sources: [expect.objectContaining({ url: expect.stringContaining('libraries-transforming-communities') })] });
      expect(JSON.parse(prompts[0]).model).toBe('stand-in');
      // The model failed for the second question: the retrieval answer stands.
      expect(lines[1].answer).toContain('children');
    } finally {
      await new Promise<void>((resolve) => model.close(() => resolve()));
    }
  }, 60_000);

  it('answers from the database catalogue, including rows the seed does not have', async () => {
    // The run's own migrated database (tools/testing/global-setup.cjs); the extra key date is removed after.
    const url = process.env.DATABASE_URL as string;
    const prisma = createPrismaClient(url, { poolSize: 2 });
    try {
      await runSeed(prisma, { demoAccounts: false, demoPassword: 'unused in this test', hashPassword: async (value) => value });
      const program = await prisma.program.findUniqueOrThrow({ where: { slug: 'dia' } });
      await prisma.keyDate.create({
        data: {
          programId: program.id,
          slug: 'console-test-dia-registry-closes',
          title: 'Día program registry closes',
          kind: 'DEADLINE',
          date: new Date('2099-04-30'),
          description: 'Last day to add a Día program to the registry.',
        },
      });
      const { lines, stderr, code } = await askConsole({ DATABASE_URL: url }, ['When does the Día registry close?']);
      expect(code).toBe(0);
      expect(stderr).toContain('Answering from the database');
      expect(lines[0].answer).toContain('30 April 2099');
      expect(lines[0].answer).toContain('still open');
    } finally {
      await prisma.keyDate.deleteMany({ where: { slug: 'console-test-dia-registry-closes' } });
      await prisma.$disconnect();
    }
  }, 90_000);
});
