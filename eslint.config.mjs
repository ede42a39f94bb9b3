import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.chorus', '**/node_modules'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // The dependency rules of docs/architecture: shared is framework-free, server never imports the
      // browser framework and vice versa, the sandbox follows the networks' documentation only.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          // Integration specs beside the code use the testing library, which builds the real app from
          // these same libraries: a cycle through spec files only, by design.
          ignoredCircularDependencies: [
            ['server-testing', 'server-identity'],
            ['server-testing', 'server-platform'],
            ['server-testing', 'server-core'],
            ['server-testing', 'server-demo'],
            ['server-platform', 'server-identity'],
            ['server-platform', 'server-demo'],
            ['server-demo', 'server-identity'],
            ['server-testing', 'server-connections'],
            ['server-platform', 'server-connections'],
            ['server-testing', 'server-content'],
            ['server-platform', 'server-content'],
            ['server-testing', 'server-guidelines'],
            ['server-platform', 'server-guidelines'],
            ['server-testing', 'server-links'],
            ['server-platform', 'server-links'],
            ['server-testing', 'server-publishing'],
            ['server-platform', 'server-publishing'],
            ['server-testing', 'server-analytics'],
            ['server-platform', 'server-analytics'],
            ['server-testing', 'server-enablement'],
            ['server-platform', 'server-enablement'],
            ['server-testing', 'server-outreach'],
            ['server-platform', 'server-outreach'],
          ],
          depConstraints: [
            {
              sourceTag: 'scope:shared',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: ['@nestjs/*', '@angular/*', 'typeorm', 'bull', 'pg', 'fastify'],
            },
            {
              sourceTag: 'scope:server',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared'],
              bannedExternalImports: ['@angular/*'],
            },
            {
              sourceTag: 'scope:web',
              onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'bull', 'pg', 'fastify'],
            },
            {
              sourceTag: 'scope:sandbox',
              onlyDependOnLibsWithTags: ['scope:sandbox', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', '@angular/*', 'typeorm', 'bull'],
            },
            {
              sourceTag: 'scope:tools',
              onlyDependOnLibsWithTags: ['scope:server', 'scope:shared', 'scope:sandbox', 'scope:tools'],
            },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:contracts'] },
            // The network adapters know the port and the official client libraries, nothing else.
            {
              sourceTag: 'type:network-port',
              onlyDependOnLibsWithTags: ['scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'bull', 'pg'],
            },
            {
              sourceTag: 'type:network-adapter',
              onlyDependOnLibsWithTags: ['type:network-port', 'scope:shared'],
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'bull', 'pg'],
            },
          ],
        },
      ],
    },
  },
];
