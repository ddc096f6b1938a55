/**
 * How often the REST API, and the costly or public endpoints next to it, may be used. Counted in the database by
 * data/rate-limit-counters, so every app server counts the same requests. The keys name what is counted; an
 * organization's id or a client address is never secret, a share token is (hence the link's id, not its token).
 */
import type { RateLimitRule } from "../data/rate-limit-counters";

/** REST API, per organization (all its keys together): two requests a second on average, bursts allowed. */
export const API_PER_ORGANIZATION: RateLimitRule = { windowSeconds: 60, max: 120 };

/**
 * REST API, per client address, counted before the key is checked so that guessing keys is slow. Twice an
 * organization's allowance: one organization's integration meets its own limit first.
 */
export const API_PER_CLIENT: RateLimitRule = { windowSeconds: 60, max: 240 };

/** New API keys, per organization: plenty for people, and a stolen session cannot mint keys by the thousand. */
export const API_KEY_CREATION: RateLimitRule = { windowSeconds: 3600, max: 10 };

/** PDFs, per organization: each one holds a headless browser page for a few seconds. */
export const PDF_PER_ORGANIZATION: RateLimitRule = { windowSeconds: 600, max: 20 };

/**
 * The customer's signed PDF, per client address, counted before the link is looked up (slows token guessing), and
 * per link: each holds a headless browser page, like an installer's PDF, but never spends the organization's share.
 */
export const SIGNED_PDF_PER_CLIENT: RateLimitRule = { windowSeconds: 600, max: 20 };
export const SIGNED_PDF_PER_LINK: RateLimitRule = { windowSeconds: 600, max: 10 };

/** Acceptances through a customer link, per client address, counted before the link is looked up (slows token guessing). */
export const ACCEPTANCE_PER_CLIENT: RateLimitRule = { windowSeconds: 600, max: 20 };

/** Acceptances per link that reach the write (open link, version not yet accepted): retries, not people. */
export const ACCEPTANCE_PER_LINK: RateLimitRule = { windowSeconds: 600, max: 10 };

export const rateLimitKeys = {
  apiClient: (address: string) => `api:client:${address}`,
  apiOrganization: (organizationId: string) => `api:organization:${organizationId}`,
  apiKeyCreation: (organizationId: string) => `api-key-creation:organization:${organizationId}`,
  pdf: (organizationId: string) => `pdf:organization:${organizationId}`,
  acceptanceClient: (address: string) => `acceptance:client:${address}`,
  acceptanceLink: (linkId: string) => `acceptance:link:${linkId}`,
  signedPdfClient: (address: string) => `signed-pdf:client:${address}`,
  signedPdfLink: (linkId: string) => `signed-pdf:link:${linkId}`,
};
