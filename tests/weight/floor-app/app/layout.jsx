// Plain JavaScript on purpose: with a tsconfig.json of its own, Turbopack (root: the portal, for its
// node_modules) picked up the portal's proxy.ts on a second build.
export default function RootLayout({ children }) {
  return (
    <html lang="de">
      <body>{children}</body>
    </html>
  );
}
