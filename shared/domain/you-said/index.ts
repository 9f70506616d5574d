export * from './filter';
export * from './report';
export * from './targets';
export * from './words';
