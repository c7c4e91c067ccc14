declare module 'png-chunks-extract' {
  /** Splits a PNG into its chunks (name and data), checking each CRC. */
  export default function extractChunks(data: Uint8Array): { name: string; data: Uint8Array }[];
}
