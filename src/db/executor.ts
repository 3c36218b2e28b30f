import type { AppDatabase } from './database.js'

/** What a repository function needs to read and write: the database or a transaction. */
export type Executor = Pick<AppDatabase, 'select' | 'insert' | 'execute'>

/** The transaction `AppDatabase.transaction` hands its callback. */
export type Tx = Parameters<Parameters<AppDatabase['transaction']>[0]>[0]
