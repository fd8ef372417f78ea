/** The TC string of any IAB TCF v2 consent manager, through its standard `__tcfapi` (null when there is none). */
export function tcfTcString(): Promise<string | null> {
  return new Promise((resolve) => {
    const api = (window as unknown as { __tcfapi?: (cmd: string, v: number, cb: (d: { tcString?: string } | null, ok: boolean) => void) => void }).__tcfapi;
    if (typeof api !== 'function') return resolve(null);
    setTimeout(() => resolve(null), 1000);
    api('getTCData', 2, (data, ok) => resolve(ok && data?.tcString ? data.tcString : null));
  });
}
