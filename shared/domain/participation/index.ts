export * from './compose';
export * from './diversity-questions';
export * from './diversity-report';
export * from './measures';
export * from './period';
export * from './sheets';
export * from './words';
