import { placeholderParams } from "@/lib/static-params";

// Page 2 on: proxy.ts renders `?page=N` here (lib/listing-bounds.ts, pagedListingPath).
export { default, generateMetadata } from "../../page";

export function generateStaticParams() {
  return placeholderParams("section", "n");
}
