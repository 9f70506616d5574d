export * from './contract';
export * from './envelope';
export * from './inputs';
export * from './views';
export * from './transport';
