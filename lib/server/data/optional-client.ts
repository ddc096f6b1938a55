/**
 * Arguments that may start with a database client of the caller's: a test's own database, or a client a data
 * function composes inside its transaction. Without one, the function runs on the app's database. Callers outside
 * the data layer hold no client, so they leave it out.
 */
export type OptionalClient<Client, Args extends unknown[]> = [client: Client, ...args: Args] | Args;

/** The client the arguments start with (an object that is not a list), else the app's; and the other arguments. */
export function splitClient<Client, Args extends unknown[]>(args: OptionalClient<Client, Args>, appClient: () => Client): [Client, Args] {
  const [first] = args;
  const hasClient = typeof first === "object" && first !== null && !Array.isArray(first);
  return hasClient ? [first as Client, args.slice(1) as Args] : [appClient(), args as Args];
}
