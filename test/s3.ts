import fs from "node:fs";
import S3rver from "s3rver";
import { tempDir } from "./db";

/** A local S3-compatible server (s3rver) on a free port, with one bucket; the settings a client needs. */
export async function startS3(bucket = "masthead-media") {
  const directory = tempDir("s3rver");
  const server = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  return {
    env: {
      MEDIA_S3_BUCKET: bucket,
      MEDIA_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      MEDIA_S3_REGION: "us-east-1",
      // s3rver's fixed development credentials.
      MEDIA_S3_ACCESS_KEY_ID: "S3RVER",
      MEDIA_S3_SECRET_ACCESS_KEY: "S3RVER",
    },
    directory,
    async stop() {
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
