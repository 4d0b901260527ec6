"use client";
import { createContext, useContext } from "react";
import type { DeskPhoto } from "@/lib/story/desk-types";

/** The library photos the story uses, by id: photo node views read their image and default words here. */
export const PhotosContext = createContext<Record<string, DeskPhoto>>({});

export const usePhotos = () => useContext(PhotosContext);
