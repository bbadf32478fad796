import "server-only";
import { Marked, type Tokens } from "marked";
import { escapeMarkup } from "@/lib/escape-markup";

/**
 * Know-your-rights texts are Markdown that moderators edit. They become HTML
 * here with everything unsafe turned off: raw HTML is shown as text, images
 * are not rendered, and links keep only this site's own paths and https
 * addresses (opened without a referrer); anything else stays plain text.
 */
function isSafeLink(href: string): boolean {
  // Browsers drop tabs and line breaks inside addresses and read "\" as "/",
  // so "/\evil.example" or "/<tab>/evil.example" would leave the site.
  if (/[\u0000-\u0020\u007f\\]/.test(href)) return false;
  // A path, but not "//host": a protocol-relative address is another site.
  if (href.startsWith("/")) return !href.startsWith("//");
  try {
    return new URL(href).protocol === "https:";
  } catch {
    return false;
  }
}

const markdown = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html(token: Tokens.HTML | Tokens.Tag) {
      return escapeMarkup(token.text);
    },
    image(token: Tokens.Image) {
      return escapeMarkup(token.text);
    },
    link(this: { parser: { parseInline: (tokens: Tokens.Generic[]) => string } }, token: Tokens.Link) {
      const text = this.parser.parseInline(token.tokens);
      const href = token.href.trim();
      if (!isSafeLink(href)) return text;
      return `<a href="${escapeMarkup(href)}"${href.startsWith("/") ? "" : ' rel="noreferrer"'}>${text}</a>`;
    },
  },
});

export function renderKyrMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}
