import type { ParticipationFigures } from '@chorus/shared/contracts';

export function participation(enrolled: number, active: number): ParticipationFigures {
  return { enrolled, active, rate: enrolled > 0 ? active / enrolled : 0 };
}
