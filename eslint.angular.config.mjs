import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** The web projects' lint rules: the workspace's base rules plus Angular's, with the `chorus` prefix. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'chorus', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'chorus', style: 'kebab-case' }],
    },
  },
];
