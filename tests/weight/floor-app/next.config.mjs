import path from "node:path";
import { fileURLToPath } from "node:url";

// The framework's floor for the weight budgets (tests/weight/): a page without any client component
// of ours, built by the same Next.js, React and bundler as the portal. Only the portal's root has
// node_modules, so the bundler resolves from there.
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const config = { poweredByHeader: false, turbopack: { root } };

export default config;
