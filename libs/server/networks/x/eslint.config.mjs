import baseConfig from '../../../../eslint.config.mjs';

/**
 * The contract suites start the real sandbox through the testing library, which an adapter's own
 * code may not import: only `*.int-spec.ts` files get that one extra dependency.
 */
const withTestingForContractSpecs = baseConfig
  .filter((config) => config.rules?.['@nx/enforce-module-boundaries'])
  .map((config) => {
    const [level, options] = config.rules['@nx/enforce-module-boundaries'];
    const depConstraints = options.depConstraints.map((constraint) =>
      constraint.sourceTag === 'type:network-adapter'
        ? { ...constraint, onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'] }
        : constraint,
    );
    return {
      files: ['**/*.int-spec.ts'],
      rules: { '@nx/enforce-module-boundaries': [level, { ...options, depConstraints }] },
    };
  });

export default [...baseConfig, ...withTestingForContractSpecs];
