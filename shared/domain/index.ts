export * from './actions';
export * from './agenda-numbering';
export * from './london-time';
export * from './meeting-transitions';
export * from './minute-numbering';
export * from './municipal-year';
export * from './votes';
export * from './british-format';
