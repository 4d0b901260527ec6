import { tempDir } from "./db";

// Files written by tests (media) go to a throwaway folder, never to .data/.
process.env.MEDIA_DIR ??= tempDir("media");
