// Consent Keeper: Global Privacy Control for this page (registered only where advertising is denied).
// Plain file, not a WXT bundle, so it leaves no global name behind: it only defines the property, as an
// accessor on Navigator.prototype like the browser's own (WebIDL attributes are enumerable and configurable).
Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', {
  get: Object.getOwnPropertyDescriptor({ get globalPrivacyControl() { return true; } }, 'globalPrivacyControl').get,
  enumerable: true,
  configurable: true,
});
