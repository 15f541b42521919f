/** The bundled dataset's text and the SHA-256 of its bytes (made by the plugin in vite.config.ts). */
declare module "virtual:bundled-dataset" {
  export const text: string;
  export const sha256: string;
}
