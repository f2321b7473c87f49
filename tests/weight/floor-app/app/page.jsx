import Link from "next/link";

// A server component with a link, as every page of the portal has: next/link is the framework's
// client component, so its code belongs to the floor.
export default function Page() {
  return (
    <main>
      <h1>Floor</h1>
      <Link href="/x">x</Link>
    </main>
  );
}
