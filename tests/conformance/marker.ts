// The line prefix before the results that entry.ts prints (Deno, Bun), for runners.ts to find them.
export const RESULTS_MARKER = 'WXPAY_CONFORMANCE_RESULTS '
