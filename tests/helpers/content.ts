import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { App } from '../../src/app.js'
import { ContentRulesError, hashContent, loadContent, type ContentDocument } from '../../src/content/load-content.js'
import { exampleContent } from '../../src/editorial/routes.js'

/**
 * A valid new prompt for editorial tests: a light depth-1 opener any key's policy allows. Pass
 * `overrides` for the fields a test is about.
 */
export const newPrompt = (slug: string, text: string, overrides: Record<string, unknown> = {}) => ({ ...exampleContent, slug, text, ...overrides })

/**
 * Publishes release 2 over the bundled content (release 1): one prompt reworded. Rolling back to 1 and
 * 2 in turn then makes as many releases as a test needs, each one cheaply.
 */
export async function publishSecondRelease(app: App, slug = 'something-brave-you-did-today'): Promise<number> {
  const docs = await loadContent()
  const edited = docs.map((doc) => {
    if (doc.id !== `prompt:${slug}`) return doc
    const body = { ...(doc.body as Record<string, unknown>), text: 'What is one brave thing you did today, even a tiny one?' }
    return { ...doc, body, contentHash: hashContent(body) } as ContentDocument
  })
  return (await app.services.publishing.importContent(edited, 'A reworded prompt')).releaseId
}

type Json = Record<string, any>

/** Changes one file of a content folder (a test's copy) in place. */
export async function editContentFile(folder: string, file: string, change: (content: Json) => void): Promise<void> {
  const path = join(folder, file)
  const content = JSON.parse(await readFile(path, 'utf8'))
  change(content)
  await writeFile(path, JSON.stringify(content, null, 2))
}

/** The content rules a folder breaks, as `rule where: message` lines (none when it loads). */
export async function contentProblemsOf(folder: string): Promise<string[]> {
  try {
    await loadContent(folder)
    return []
  } catch (error) {
    if (!(error instanceof ContentRulesError)) throw error
    return error.problems.map((problem) => `${problem.rule} ${problem.where}: ${problem.message}`)
  }
}
