// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
/**
 * Calls `onChange` when a single-page app moves to another URL without loading a document (pushState,
 * back/forward). The Navigation API sees pushState from the isolated world; where it is missing, a
 * once-a-second URL comparison does (a string compare: nothing measurable).
 */
export const onSpaNavigation = (function onSpaNavigation(win: Window, onChange: () => void): void {
  let last = win.location.href;
  const changed = () => {
    if (win.location.href === last) return;
    last = win.location.href;
    onChange();
  };
  const navigation = (win as unknown as { navigation?: EventTarget }).navigation;
  if (navigation) navigation.addEventListener('currententrychange', changed);
  else {
    win.addEventListener('popstate', changed);
    win.setInterval(changed, 1_000);
  }
});
