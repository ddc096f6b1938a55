/**
 * @prisma/adapter-pg for a real PostgreSQL, with one fix so the schema engine can use it too.
 *
 * The schema engine reads PostgreSQL's catalogs to compare a database with schema.prisma, and some catalog
 * columns (pg_class.relkind, pg_constraint.contype...) have the internal one-byte type `"char"` (OID 18).
 * @prisma/adapter-pg 7.10.0 does not map that type and fails with "Column type 'char' could not be deserialized
 * from the database". pg already returns those values as strings; we report them as `text` (OID 25), which the
 * adapter maps. The app's own tables never use `"char"` (Prisma's `@db.Char(n)` is `bpchar`), so its queries
 * are unaffected.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

const INTERNAL_CHAR_OID = 18;
const TEXT_OID = 25;

function reportCharAsText<T>(result: T): T {
  const fields = (result as { fields?: { dataTypeID: number }[] } | undefined)?.fields;
  if (Array.isArray(fields)) {
    for (const field of fields) if (field.dataTypeID === INTERNAL_CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CharAsTextClient extends pg.Client {
  // pg.Client#query has many overloads; we only post-process results, whichever form was used.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    const query = super.query as (...a: unknown[]) => unknown;
    if (typeof last === "function") {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown) => callback(error, error ? result : reportCharAsText(result));
      return query.apply(this, args) as never;
    }
    const result = query.apply(this, args);
    if (result && typeof (result as Promise<unknown>).then === "function") {
      return (result as Promise<unknown>).then(reportCharAsText) as never;
    }
    return result as never;
  }
}

export interface PostgresAdapterOptions {
  /** Most connections the pool opens (pg's default is 10). */
  max?: number;
  /** How long to wait for a connection before failing (ms). */
  connectionTimeoutMillis?: number;
}

/** A driver adapter factory for PostgreSQL at `url`, for the PrismaClient and the schema engine alike. */
export function createPostgresAdapterFactory(url: string, options: PostgresAdapterOptions = {}): PrismaPg {
  return new PrismaPg({
    connectionString: url,
    connectionTimeoutMillis: options.connectionTimeoutMillis ?? 10_000,
    ...(options.max === undefined ? {} : { max: options.max }),
    Client: CharAsTextClient,
  });
}
