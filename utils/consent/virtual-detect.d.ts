declare module 'virtual:consent-detect' {
  const table: import('./detect-table').DetectEntry[];
  export default table;
}
