import { ProgressMatrix, SkillPath } from '@chorus/shared/contracts';

export const GROUPS = [
  { id: 'g1', name: 'Sales DACH', description: '', memberCount: 3, createdAt: '2026-01-01T00:00:00Z' },
  { id: 'g2', name: 'Engineering', description: '', memberCount: 5, createdAt: '2026-01-01T00:00:00Z' },
];

export function skillPath(): SkillPath {
  return {
    id: 'p1',
    name: 'Advocacy basics',
    description: 'From first read to own posts',
    groupIds: ['g1'],
    active: true,
    updatedAt: '2030-01-01T00:00:00Z',
    levels: [
      {
        id: 'l1',
        name: 'Discoverer',
        hours: 20,
        steps: [
          {
            id: 's1',
            name: 'Watch',
            description: 'Learn the basics',
            unlocks: [],
            assignments: [
              {
                id: 'a1',
                kind: 'learning',
                title: 'Why advocacy',
                learningType: 'video',
                bodyMarkdown: '# Hi',
                url: 'https://videos.example.com/1',
                goal: null,
                target: null,
              },
              { id: 'a2', kind: 'practice', title: 'Read three items', goal: 'read_items', target: 3 },
            ],
          },
          {
            id: 's2',
            name: 'Join',
            description: 'Connect your accounts',
            unlocks: [],
            assignments: [{ id: 'a3', kind: 'practice', title: 'Connect', goal: 'connect_accounts', target: 2 }],
          },
        ],
      },
    ],
  };
}

export function matrix(): ProgressMatrix {
  return {
    pathId: 'p1',
    groupId: 'g1',
    steps: [
      { id: 's1', name: 'Watch', levelName: 'Discoverer' },
      { id: 's2', name: 'Join', levelName: 'Discoverer' },
      { id: 's3', name: 'Create', levelName: 'Explorer' },
    ],
    rows: [
      {
        userId: 'u1',
        name: 'Ada Advocate',
        completed: { s1: '2030-01-02T10:00:00Z', s2: '2030-01-05T10:00:00Z' },
        currentStepId: 's3',
        daysOnCurrentStep: 16,
      },
      {
        userId: 'u2',
        name: 'Bo Beginner',
        completed: {},
        currentStepId: 's1',
        daysOnCurrentStep: 3,
      },
    ],
    stalls: [
      { stepId: 's1', current: 1, stalled: 0 },
      { stepId: 's3', current: 1, stalled: 1 },
    ],
    groups: [
      { id: 'g1', name: 'Sales DACH' },
      { id: 'g2', name: 'Engineering' },
    ],
    paths: [{ id: 'p1', name: 'Advocacy basics' }],
  };
}
