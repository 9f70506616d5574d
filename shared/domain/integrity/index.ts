export * from './find-problems';
export * from './paths';
export * from './reference-rules';
export * from './unknown-fields';
