export * from './lib/links.module';
export * from './lib/links.service';
export * from './lib/tracked-link.entity';
