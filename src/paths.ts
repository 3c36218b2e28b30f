import { fileURLToPath } from 'node:url'

// Resolves the same way from src/ (tsx) and dist/ (compiled): both sit one level below the root.
export const projectRoot = fileURLToPath(new URL('..', import.meta.url))
export const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url))
export const contentFolder = fileURLToPath(new URL('../content', import.meta.url))
export const schemaFolder = fileURLToPath(new URL('../schema', import.meta.url))
