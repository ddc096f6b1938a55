// Types of request-limits.js (plain JavaScript, loaded by scripts/serve.mjs before any TypeScript runs).
export declare const MAX_BODY_BYTES: number;
export declare function bodyRefusal(method: string | undefined, headers: Record<string, string | string[] | undefined>): { status: number; message: string } | null;
