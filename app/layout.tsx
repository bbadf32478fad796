import type { ReactNode } from "react";
import "./globals.css";

/**
 * The document (<html lang dir>) is rendered by app/[locale]/layout.tsx,
 * which knows the language; this root only passes through.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
