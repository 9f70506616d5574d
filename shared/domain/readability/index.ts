export * from './acronyms';
export * from './assess';
export * from './meeting-check';
export * from './scores';
export * from './sentences';
export * from './syllables';
export * from './word-list';
export * from './words-to-avoid';
