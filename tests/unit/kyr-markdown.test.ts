import { describe, expect, it } from "vitest";
import { renderKyrMarkdown } from "@/features/rights/markdown";

describe("the guides' Markdown", () => {
  it("links this site's own paths and https addresses, the latter without a referrer", () => {
    expect(renderKyrMarkdown("[Hotlines](/es/hotlines)")).toBe('<p><a href="/es/hotlines">Hotlines</a></p>\n');
    expect(renderKyrMarkdown("[EOIR](https://www.justice.gov/eoir)")).toBe('<p><a href="https://www.justice.gov/eoir" rel="noreferrer">EOIR</a></p>\n');
  });

  it.each([
    ["a protocol-relative address", "[go](//evil.example/path)"],
    ["a path whose backslash browsers read as a slash", "[go](/\\evil.example)"],
    ["a path with a tab browsers drop", "[go](</\t/evil.example>)"],
    ["plain http", "[go](http://evil.example)"],
    ["javascript:", "[go](javascript:alert(1))"],
    ["data:", "[go](data:text/html,hi)"],
    ["mailto:", "[go](mailto:someone@evil.example)"],
  ])("shows %s as text, not as a link", (_kind, source) => {
    const html = renderKyrMarkdown(source);
    expect(html).not.toContain("<a");
    expect(html).toContain("go");
  });

  it("shows raw HTML as text", () => {
    expect(renderKyrMarkdown('<a href="//evil.example">x</a>')).not.toContain("<a ");
  });
});
