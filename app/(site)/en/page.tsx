import { LanguageFront, languageFrontMetadata } from "@/components/listing/language-front";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = () => languageFrontMetadata("en");

export default function Front({ searchParams }: Props) {
  return <LanguageFront language="en" searchParams={searchParams} />;
}
