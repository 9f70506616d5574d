export * from './contract';
export * from './envelope';
export * from './exports';
export * from './inputs';
export * from './menu-commands';
export * from './search';
export * from './views';
export * from './transport';
