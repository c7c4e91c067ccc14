import { askCommand } from './ask.command.js';
import { badgesCommand } from './badges.command.js';
import type { SlashCommand } from './command.js';
import { linkCommand } from './link.command.js';
import { programsCommand } from './programs.command.js';
import { progressCommand } from './progress.command.js';
import { remindCommand } from './remind.command.js';
import { upcomingCommand } from './upcoming.command.js';

export * from './command.js';

/** Every slash command the bot answers; the registration script uploads exactly these. */
export const SLASH_COMMANDS: readonly SlashCommand[] = [
  askCommand,
  programsCommand,
  upcomingCommand,
  progressCommand,
  badgesCommand,
  remindCommand,
  linkCommand,
];

export function commandDefinitions() {
  return SLASH_COMMANDS.map((command) => command.definition.toJSON());
}
