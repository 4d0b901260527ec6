"use client";
import { useRouter } from "next/navigation";
import { PhotoUploader } from "@/components/desk/media";

/** Uploads on the library page; each stored photo shows up in the grid at once. */
export function LibraryUploader() {
  const router = useRouter();
  return <PhotoUploader multiple label="Upload photos" onUploaded={() => router.refresh()} />;
}
