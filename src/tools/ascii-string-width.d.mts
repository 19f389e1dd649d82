/** Types of ascii-string-width.mjs, for the tests that check its fast path. */
export declare const NARROW_TEXT: RegExp;
export declare const asciiStringWidthPlugin: { name: string; setup(build: unknown): void };
