import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BodyEditor } from "./body-editor";

const render = (error?: string) =>
  renderToStaticMarkup(<BodyEditor editor={null} readOnly={false} onPhotoPicked={() => {}} error={error} />);

describe("BodyEditor", () => {
  it("shows the server's refusal of the body next to it, as an alert the textbox names", () => {
    const message = "The body is longer than 400,000 characters (it has 410,818); split it into two or more stories.";
    const html = render(message);
    expect(html).toMatch(new RegExp(`<p id="body-error" role="alert" [^>]*>${message.replace(/[().]/g, "\\$&")}</p>`));
    expect(html.indexOf("body-error")).toBeGreaterThan(html.indexOf("body-label"));
    expect(render()).not.toContain("body-error");
  });
});
