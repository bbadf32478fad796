import { BrokenLinkPage } from "@/features/site/components/BrokenLinkPage";

/** Requests outside any locale rarely get here: the proxy redirects them to one. */
export default function RootNotFound() {
  return <BrokenLinkPage />;
}
