import { notFound } from "next/navigation";

/** Any unknown path under a locale gets that locale's "not found" page. */
export default function UnknownPage() {
  notFound();
}
