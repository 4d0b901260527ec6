import { LanguageFront, languageFrontMetadata } from "@/components/listing/language-front";

export const generateMetadata = () => languageFrontMetadata("en");

export default function Front() {
  return <LanguageFront language="en" page={1} />;
}
