import { constants, PerformanceObserver } from 'node:perf_hooks'
import v8 from 'node:v8'

export interface HeapWatch {
  /** Heap in use right after the last full (mark-compact) collection: what is live. */
  readonly liveBytes: number
  /** The most heap in use seen right after any collection since start (old garbage may remain after a minor one). */
  readonly peakBytes: number
  /** The most heap in use right after a full collection since start: the peak of what was live. */
  readonly peakLiveBytes: number
  stop(): void
}

/** Reads the heap after each garbage collection (Node reports them as performance entries). */
export function watchHeap(): HeapWatch {
  const watch = { liveBytes: 0, peakBytes: 0, peakLiveBytes: 0 }
  const observer = new PerformanceObserver((list) => {
    const used = v8.getHeapStatistics().used_heap_size
    watch.peakBytes = Math.max(watch.peakBytes, used)
    const major = list.getEntries().some((entry) => (entry as { detail?: { kind?: number } }).detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR)
    if (major) {
      watch.liveBytes = used
      watch.peakLiveBytes = Math.max(watch.peakLiveBytes, used)
    }
  })
  observer.observe({ entryTypes: ['gc'] })
  return {
    get liveBytes() {
      return watch.liveBytes
    },
    get peakBytes() {
      return watch.peakBytes
    },
    get peakLiveBytes() {
      return watch.peakLiveBytes
    },
    stop: () => observer.disconnect(),
  }
}
