import type { SkillPathDefinition } from '@chorus/shared/contracts';

/**
 * The path most programmes start from (Bayer's skill matrix): two levels, five steps each, every step with
 * something to learn and something to do. Practice goals are measured from real activity.
 */
export function defaultPathDefinition(name = 'Social selling basics'): SkillPathDefinition {
  return {
    name,
    description:
      'From first steps to confident advocate: learn how social selling works, set up your profiles, share curated content, give feedback and create your own posts.',
    groupIds: [],
    active: true,
    levels: [
      {
        name: 'Discoverer',
        hours: 20,
        steps: [
          {
            name: 'Watch',
            description: 'See what good posts look like and read what your company shares.',
            unlocks: [],
            assignments: [
              {
                kind: 'learning',
                title: 'Why we share: the programme in five minutes',
                learningType: 'tutorial',
                bodyMarkdown: [
                  '# Why we share',
                  '',
                  'People trust people more than brands. When you share what your company does, your network',
                  'sees it from someone they know.',
                  '',
                  '- Share what you find genuinely useful.',
                  '- Add one sentence in your own words.',
                  '- Say that you work here (the guidelines check it for you).',
                ].join('\n'),
              },
              { kind: 'practice', title: 'Read 3 curated items', goal: 'read_items', target: 3 },
            ],
          },
          {
            name: 'Join',
            description: 'Connect your profiles and make them ready to be seen.',
            unlocks: [],
            assignments: [
              {
                kind: 'learning',
                title: 'The perfect profile',
                learningType: 'video',
                url: 'https://www.youtube.com/watch?v=perfect-profile',
                bodyMarkdown: 'A clear photo, a headline that says what you do for whom, and an about section.',
              },
              { kind: 'practice', title: 'Connect LinkedIn and X', goal: 'connect_accounts', target: 2 },
              { kind: 'practice', title: 'Complete your profile checklist', goal: 'complete_profile', target: 5 },
            ],
          },
          {
            name: 'Collect & Share',
            description: 'Share curated content with your network.',
            unlocks: [],
            assignments: [{ kind: 'practice', title: 'Share 2 curated items', goal: 'share_items', target: 2 }],
          },
          {
            name: 'Critique',
            description: 'Rate and comment on content, suggest better texts.',
            unlocks: ['suggest_content'],
            assignments: [
              { kind: 'practice', title: 'Rate or comment on 3 items', goal: 'critique_items', target: 3 },
            ],
          },
          {
            name: 'Create',
            description: 'Suggest your own content for the feed.',
            unlocks: [],
            assignments: [
              {
                kind: 'learning',
                title: 'Writing a post people read',
                learningType: 'webinar',
                url: 'https://example.com/webinars/writing-posts',
                bodyMarkdown: 'Open with the point, keep it short, end with a question.',
              },
              { kind: 'practice', title: 'Get 1 suggested post approved', goal: 'create_posts', target: 1 },
            ],
          },
        ],
      },
      {
        name: 'Explorer',
        hours: 50,
        steps: [
          {
            name: 'Watch',
            description: 'Follow the conversations in your field.',
            unlocks: [],
            assignments: [
              {
                kind: 'learning',
                title: 'Recording: social selling masterclass',
                learningType: 'recording',
                url: 'https://example.com/recordings/masterclass',
              },
              { kind: 'practice', title: 'Read 15 curated items', goal: 'read_items', target: 15 },
            ],
          },
          {
            name: 'Join',
            description: 'Keep your profiles healthy.',
            unlocks: [],
            assignments: [{ kind: 'practice', title: 'Keep LinkedIn and X connected', goal: 'connect_accounts', target: 2 }],
          },
          {
            name: 'Collect & Share',
            description: 'Share regularly.',
            unlocks: [],
            assignments: [{ kind: 'practice', title: 'Share 10 curated items', goal: 'share_items', target: 10 }],
          },
          {
            name: 'Critique',
            description: 'Help curators improve the feed.',
            unlocks: [],
            assignments: [
              { kind: 'practice', title: 'Rate, comment or suggest texts 10 times', goal: 'critique_items', target: 10 },
            ],
          },
          {
            name: 'Create',
            description: 'Become a voice others follow.',
            unlocks: ['ambassador'],
            assignments: [{ kind: 'practice', title: 'Get 3 suggested posts approved', goal: 'create_posts', target: 3 }],
          },
        ],
      },
    ],
  };
}
