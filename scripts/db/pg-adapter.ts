import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { connectionConfig } from "./config.ts";
import { createTemporaryDatabase, dropDatabase } from "./databases.ts";

const CHAR_OID = 18;
const TEXT_OID = 25;

type FieldsResult = { fields?: { dataTypeID: number }[] };

function reportCharAsText<T>(result: T): T {
  for (const r of (Array.isArray(result) ? result : [result]) as FieldsResult[]) {
    for (const field of r?.fields ?? []) if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
  }
  return result;
}

// The engine's introspection selects pg_catalog columns of type "char" (e.g. relkind), which
// adapter-pg refuses to deserialize. The values arrive as strings anyway; relabel them as text.
class CharAsTextClient extends pg.Client {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const last = args.length - 1;
    const callback = args[last];
    if (typeof callback === "function") {
      args[last] = (error: Error | null, result: unknown) => callback(error, error ? result : reportCharAsText(result));
      return super.query(...(args as Parameters<pg.Client["query"]>));
    }
    const result: unknown = super.query(...(args as Parameters<pg.Client["query"]>));
    return result instanceof Promise ? result.then(reportCharAsText) : result;
  }
}

/**
 * adapter-pg's executeScript splits on ";", which breaks $$-quoted bodies and applies a failing
 * migration halfway. With no bind values pg uses the simple query protocol, so the whole script
 * goes to Postgres as one query string and runs in one implicit transaction.
 */
function executeScriptAtomically(adapter: SqlDriverAdapter): SqlDriverAdapter {
  adapter.executeScript = async (script: string) => {
    await adapter.executeRaw({ sql: script, args: [], argTypes: [] });
  };
  return adapter;
}

async function connect(config: pg.ClientConfig): Promise<SqlDriverAdapter> {
  // One connection: the engine's advisory lock and session state must stay on one session.
  const factory = new PrismaPg({ ...config, max: 1, Client: CharAsTextClient });
  return executeScriptAtomically(await factory.connect());
}

export type AdapterSession = {
  factory: SqlMigrationAwareDriverAdapterFactory;
  /** Disposes every adapter handed to the engine and drops the shadow databases it created. */
  close(): Promise<void>;
};

export function createAdapterSession(main: pg.ClientConfig, shadowServerUrl: string): AdapterSession {
  const open = new Set<SqlDriverAdapter>();
  const shadowDatabases = new Set<string>();

  const track = (adapter: SqlDriverAdapter, onDispose?: () => Promise<void>) => {
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      if (!open.delete(adapter)) return;
      await dispose();
      await onDispose?.();
    };
    open.add(adapter);
    return adapter;
  };

  const factory: SqlMigrationAwareDriverAdapterFactory = {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => track(await connect(main)),
    // Never adapter-pg's own shadow factory: with a connection string it lands on the real
    // database (pitfall 2). A uniquely named database on the shadow server, dropped with FORCE.
    connectToShadowDb: async () => {
      const name = await createTemporaryDatabase(shadowServerUrl);
      shadowDatabases.add(name);
      const adapter = await connect(connectionConfig(shadowServerUrl, name));
      return track(adapter, async () => {
        await dropDatabase(shadowServerUrl, name);
        shadowDatabases.delete(name);
      });
    },
  };

  return {
    factory,
    async close() {
      const results = await Promise.allSettled([...open].map((adapter) => adapter.dispose()));
      for (const name of shadowDatabases) await dropDatabase(shadowServerUrl, name);
      const failed = results.find((r) => r.status === "rejected");
      if (failed) throw (failed as PromiseRejectedResult).reason;
    },
  };
}
