// Entry of the browser bundle used by the parity spec and the benchmark: the engine on globalThis.
import { check, compileRuleSet } from './index';

(globalThis as unknown as { ChorusGuidelines: unknown }).ChorusGuidelines = { check, compileRuleSet };
