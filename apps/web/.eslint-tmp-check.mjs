import base from '../../eslint.config.mjs';
import web from './eslint.config.mjs';
const fix = (cfg) => {
  const r = cfg.rules?.['@nx/enforce-module-boundaries'];
  if (Array.isArray(r) && r[1] && 'bannedExternalImports' in r[1]) {
    const { bannedExternalImports, ...rest } = r[1];
    return { ...cfg, rules: { ...cfg.rules, '@nx/enforce-module-boundaries': [r[0], rest] } };
  }
  return cfg;
};
export default web.map(fix);
