export * from './paths';
export * from './ports';
export * from './postgres';
export * from './redis';
export * from './app-process';
export * from './stack';
