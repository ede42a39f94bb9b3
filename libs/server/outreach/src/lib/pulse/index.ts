export * from './pulse.providers';
export * from './pulse-answers.service';
export * from './pulse-mailer.service';
export * from './pulse-results.service';
export * from './pulse-surveys.service';
