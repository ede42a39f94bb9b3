export * from './lib/links.module';
export * from './lib/links.service';
export * from './lib/tracked-link.entity';
export * from './lib/link-click.entity';
export * from './lib/visitor-salt.entity';
export * from './lib/redirect/click-writer.service';
export * from './lib/redirect/link-redirect';
export * from './lib/redirect/utm';
