"use client";

import { lazy, Suspense } from "react";
import type { LanguageSwitchProps } from "./language-switch-links";

// The switch is rendered into the HTML on the server (links and hreflang alternates work without
// JavaScript); in the browser its code loads after the page has hydrated, like the header search's
// combobox: nothing on the page waits for it (docs/architecture.md, "Page weight").
const Links = lazy(() => import("./language-switch-links").then((module) => ({ default: module.LanguageSwitchLinks })));

export function LanguageSwitch(props: LanguageSwitchProps) {
  return (
    <Suspense>
      <Links {...props} />
    </Suspense>
  );
}
