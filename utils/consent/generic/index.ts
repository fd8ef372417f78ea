/** The generic answer to consent dialogs no rule knows. The engine calls these; nothing here runs on import. */
export { quickCheck, stopQuickCheck, isAboutConsent, likelyDialogs } from './quick';
export { findConsentDialog, rejectReason } from './detect';
export { planGenericAnswer, wantedStates, type GenericPlan, type PlanOptions } from './plan';
export { runGenericAnswer, type GenericResult, type RunOptions, type ToggleOutcome } from './run';
export { domLayout, type LayoutProbe } from './layout';
export { buttonKind, dialogButtons } from './buttons';
