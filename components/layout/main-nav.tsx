"use client";

import { Link } from "@/components/navigation/link";
import { usePathname } from "next/navigation";

interface Props {
  label: string;
  items: { href: string; label: string }[];
}

// A client component only to mark the current section with aria-current; links work without JS.
export function MainNav({ label, items }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul>
        {items.map((item) => {
          const current = pathname === item.href || pathname.startsWith(`${item.href}/`);
          return (
            <li key={item.href}>
              <Link href={item.href} aria-current={current ? "page" : undefined}>
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
