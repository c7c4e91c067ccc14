import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '**/tmp/**', '**/generated/**', '**/*.cjs', '.nx/**'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      // Layers only (type:*). Projects had scope:* tags too, but no rule could use them: most libs
      // serve several apps (answering "scope:bot" backs the API's /ask and libs/db's snapshot), so a
      // scope said who used a lib first, not what it may depend on. Apps cannot import one another
      // in Nx anyway; the arrows that matter are these.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:domain', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:domain', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            // Domain rules build on each other (a nudge needs the recording-availability rule); Nx's
            // own cycle check keeps that a tree.
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
      // DTO properties keep explicit types: Nest's validation and OpenAPI read them from decorator metadata.
      '@typescript-eslint/no-inferrable-types': ['error', { ignoreProperties: true }],
    },
  },
  {
    // Domain libraries stay framework-free so their tests run in milliseconds.
    files: ['libs/learning-domain/**/*.ts', 'libs/notifications/**/*.ts', 'libs/discord-link/**/*.ts', 'libs/calendar/**/*.ts', 'libs/badges/**/*.ts', 'libs/answering/**/*.ts', 'libs/integrations/**/*.ts', 'libs/password-policy/**/*.ts', 'libs/secret-box/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['@nestjs/*', 'fastify', 'bullmq', 'ioredis', 'discord.js', '@prisma/*', 'pg'] },
      ],
    },
  },
);
