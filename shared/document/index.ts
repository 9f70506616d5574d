export * from './fonts';
export * from './house-style';
export * from './model';
export * from './text';
export * from './typography';
