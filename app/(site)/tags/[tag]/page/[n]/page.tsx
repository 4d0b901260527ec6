import { placeholderParams } from "@/lib/static-params";

// Page 2 on of a tag's stories: proxy.ts rewrites `?page=N` here (and answers this address asked for directly
// with a 404), so that page 1 reads no request data and is cached whole.
export { default, generateMetadata } from "../../page";

export function generateStaticParams() {
  return placeholderParams("tag", "n");
}
