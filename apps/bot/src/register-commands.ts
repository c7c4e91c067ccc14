import { loadConfigOrExit } from '@stacks/config';
import { registerCommands } from './app/register-commands.js';

// `npm run bot:register-commands`: uploads the slash commands, then exits.
try {
  const { scope, count } = await registerCommands(loadConfigOrExit());
  process.stdout.write(`Registered ${count} slash commands (${scope}).\n`);
} catch (error) {
  process.stderr.write(`Could not register commands: ${(error as Error).message}\n`);
  process.exit(1);
}
