export * from './lib/guidelines.module';
export * from './lib/entities';
export * from './lib/default-rule-pack';
export * from './lib/rule-set-problems';
export * from './lib/rule-sets.service';
export * from './lib/comparison-texts';
export * from './lib/guidelines-checker.service';
export * from './lib/guidelines-enforcer';
