import http from "node:http";

// A local stand-in for Open-Meteo's forecast API. Tests switch its behaviour with POST /mode?m=ok|fail|slow&t=…
// and read GET /count, the number of forecast requests it has had, to see whether the server asked it.
const port = Number(process.argv[2] ?? 3199);
let mode = "ok";
let temperature = 60.4;
let asked = 0;

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://127.0.0.1:${port}`);
    if (url.pathname === "/health") return res.end("ok");
    if (url.pathname === "/mode" && req.method === "POST") {
      mode = url.searchParams.get("m") ?? "ok";
      temperature = Number(url.searchParams.get("t") ?? temperature);
      return res.end(mode);
    }
    if (url.pathname === "/count") return res.end(String(asked));
    if (url.pathname === "/v1/forecast") {
      asked++;
      if (mode === "fail") {
        res.statusCode = 503;
        return res.end("unavailable");
      }
      const reply = () => {
        res.setHeader("Content-Type", "application/json");
        res.end(
          JSON.stringify({
            latitude: Number(url.searchParams.get("latitude")),
            longitude: Number(url.searchParams.get("longitude")),
            current: { time: new Date().toISOString().slice(0, 16), temperature_2m: temperature },
            current_units: { temperature_2m: url.searchParams.get("temperature_unit") === "fahrenheit" ? "°F" : "°C" },
          }),
        );
      };
      return mode === "slow" ? setTimeout(reply, 5_000) : reply();
    }
    res.statusCode = 404;
    res.end();
  })
  .listen(port, "127.0.0.1");
