import { LanguageFront, languageFrontMetadata } from "@/components/listing/language-front";

export const generateMetadata = () => languageFrontMetadata("ko");

export default function Front() {
  return <LanguageFront language="ko" page={1} />;
}
