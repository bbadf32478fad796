import type { MetadataRoute } from "next";

/** Installable: the web app manifest (the service worker is public/sw.js). */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Know-Your-Rights Directory",
    short_name: "Know Your Rights",
    description: "Vetted immigration legal help, hotlines and know-your-rights guides, in your language.",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#0b5862",
    icons: [
      { src: "/icons/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/icon-512-maskable.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
