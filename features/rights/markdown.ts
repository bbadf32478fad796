import "server-only";
import { Marked, type Tokens } from "marked";
import { escapeMarkup } from "@/lib/escape-markup";

/**
 * Know-your-rights texts are Markdown that moderators edit. They become HTML
 * here with everything unsafe turned off: raw HTML is shown as text, images
 * are not rendered, and links keep only web, mail and phone addresses (and
 * open without a referrer).
 */
const SAFE_LINK = /^(https?:|mailto:|tel:|\/)/i;

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
      if (!SAFE_LINK.test(token.href.trim())) return text;
      const external = /^https?:/i.test(token.href);
      return `<a href="${escapeMarkup(token.href.trim())}"${external ? ' rel="noreferrer"' : ""}>${text}</a>`;
    },
  },
});

export function renderKyrMarkdown(source: string): string {
  return markdown.parse(source, { async: false });
}
