export interface ElementBuild {
  outDir: string
  /** The shell entry and its static imports: what a page downloads before the poster. */
  shell: { files: string[]; raw: number; gzip: number; packages: string[] }
  chunks: { fileName: string; gzip: number }[]
}
export function buildElement(root: string, outDir: string): Promise<ElementBuild>
