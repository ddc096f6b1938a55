/**
 * NPV and IRR live in lib/core/returns, below both the engine and the financing figures (lib/core/financing), so
 * neither folder depends on the other through them; re-exported here for the engine's own modules and tests.
 */
export { internalRateOfReturn, netPresentValue } from "../returns/returns";
