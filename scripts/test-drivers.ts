import { driversLine, probePostgres } from "../test/postgres-probe";

// For scripts/test.sh: `url` prints the PostgreSQL URL the database tests will use (empty for PGlite only);
// `line` prints the "Drivers: …" summary.
void probePostgres().then(
  (probe) => console.log(process.argv[2] === "url" ? (probe?.url ?? "") : driversLine(probe)),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
