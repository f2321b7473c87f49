import { splitScale, type SyntheticCounts } from "./synthetic";

export interface SeedOptions {
  /** Upsert the demo data set (everything except --clear-synthetic). */
  demo: boolean;
  /** null: leave synthetic rows alone; counts: replace them (all zero = remove). */
  synthetic: SyntheticCounts | null;
  randomSeed: number;
  help: boolean;
}

export const USAGE = `Usage: npm run db:seed -- [options]

  (no options)          upsert the demo data set; synthetic rows stay as they are
  --scale N             demo data set, then replace all synthetic rows with N new ones
                        (20 % programmes, 30 % advisors, 50 % providers); --scale 0 removes them
  --programmes N        like --scale, with explicit counts (unspecified kinds: 0)
  --advisors N
  --providers N
  --clear-synthetic     only remove synthetic rows (slug prefix "synth-"), nothing else
  --random-seed N       PRNG seed for synthetic rows (default 1)
  --help`;

export class UsageError extends Error {}

export function parseSeedOptions(argv: string[]): SeedOptions {
  const options: SeedOptions = { demo: true, synthetic: null, randomSeed: 1, help: false };
  let scale: number | null = null;
  const explicit: Partial<SyntheticCounts> = {};
  let clearOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const count = () => {
      const raw = argv[++i];
      const value = Number(raw);
      if (raw === undefined || !Number.isInteger(value) || value < 0) throw new UsageError(`${arg} needs a whole number ≥ 0`);
      return value;
    };
    if (arg === "--help" || arg === "-h") options.help = true;
    else if (arg === "--scale") scale = count();
    else if (arg === "--programmes") explicit.programmes = count();
    else if (arg === "--advisors") explicit.advisors = count();
    else if (arg === "--providers") explicit.providers = count();
    else if (arg === "--random-seed") options.randomSeed = count();
    else if (arg === "--clear-synthetic") clearOnly = true;
    else throw new UsageError(`unknown option ${arg}`);
  }
  const hasExplicit = Object.keys(explicit).length > 0;
  if (scale !== null && hasExplicit) throw new UsageError("use either --scale or --programmes/--advisors/--providers");
  if (clearOnly && (scale !== null || hasExplicit)) throw new UsageError("--clear-synthetic takes no counts");
  if (clearOnly) return { ...options, demo: false, synthetic: { programmes: 0, advisors: 0, providers: 0 } };
  if (scale !== null) options.synthetic = splitScale(scale);
  else if (hasExplicit) options.synthetic = { programmes: 0, advisors: 0, providers: 0, ...explicit };
  return options;
}
