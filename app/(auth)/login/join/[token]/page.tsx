import type { Metadata } from "next";
import { LinkPage } from "../../link-page";

export const metadata: Metadata = {
  title: "Join the desk · Masthead",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

// Never cached, never prerendered: the link's state is read per request.
export const instant = false;

export default function JoinPage({ params }: { params: Promise<{ token: string }> }) {
  return <LinkPage purpose="invite" params={params} />;
}
