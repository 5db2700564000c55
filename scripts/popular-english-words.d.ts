// popular-english-words ships no types; the build script only reads its ranked list.
declare module 'popular-english-words/words.js' {
  export const words: string[];
}
