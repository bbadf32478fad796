/**
 * Text made safe to place in HTML or XML, in element content and in quoted
 * attributes: the five markup characters become numeric references, which
 * both languages read. For the pages and files we write as strings.
 */
export function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
