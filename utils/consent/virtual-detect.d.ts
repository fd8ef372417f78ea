declare module 'virtual:consent-detect' {
  const table: import('./detect-table').DetectEntry[];
  export default table;
  /** pageSelectors() of the rules without a frameUrl, computed at build time. */
  export const pageDefaults: import('./watch/page-selectors').PageSelectors;
}
