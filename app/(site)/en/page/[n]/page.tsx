import { languageFrontMetadata, LaterPage } from "@/components/listing/language-front";
import { placeholderParams } from "@/lib/static-params";

// Page 2 on: proxy.ts renders `?page=N` here (lib/listing-bounds.ts, pagedListingPath).
export const generateMetadata = () => languageFrontMetadata("en");

export function generateStaticParams() {
  return placeholderParams("n");
}

export default function Front({ params }: { params: Promise<{ n: string }> }) {
  return <LaterPage language="en" params={params} />;
}
