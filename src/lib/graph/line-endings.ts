/** Windows (\r\n) and old Mac (\r) line endings as \n; nothing else about the text changes. */
export const normaliseLineEndings = (text: string): string => text.replace(/\r\n?/g, '\n');
