import type { Metadata } from "next";
import { LinkPage } from "../../link-page";

export const metadata: Metadata = {
  title: "Choose a new password · Masthead desk",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

// Never cached, never prerendered: the link's state is read per request.
export const instant = false;

export default function ResetPage({ params }: { params: Promise<{ token: string }> }) {
  return <LinkPage purpose="reset" params={params} />;
}
