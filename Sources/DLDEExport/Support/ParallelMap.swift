import Dispatch
import Foundation

/// Runs independent work on every core: the machine has two, and reading and
/// rendering 10,000 papers is the tool's largest job.
enum Parallel {
    /// `transform` applied to contiguous chunks of `items`, one chunk per
    /// core, results in input order. `transform` must touch only its chunk
    /// and what it creates.
    static func mapChunks<T, U>(_ items: [T], minimumChunk: Int = 64, _ transform: (ArraySlice<T>) -> [U]) -> [U] {
        let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunks = min(cores, max(1, items.count / minimumChunk))
        guard chunks > 1 else { return transform(items[...]) }
        let size = (items.count + chunks - 1) / chunks
        let results = ResultSlots<[U]>(count: chunks)
        let input = UncheckedBox(items)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedBox(transform)
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let range = (chunk * size)..<min(input.value.count, (chunk + 1) * size)
                results.set(chunk, work.value(input.value[range]))
            }
        }
        return results.values.flatMap { $0 }
    }
}

extension Parallel {
    /// `transform` applied to every item, items spread over the cores as
    /// they free up (for a few large, uneven jobs such as writers); results
    /// in input order.
    static func map<T, U>(_ items: [T], _ transform: (T) -> U) -> [U] {
        guard items.count > 1, ProcessInfo.processInfo.activeProcessorCount > 1 else { return items.map(transform) }
        let results = ResultSlots<U>(count: items.count)
        let input = UncheckedBox(items)
        withoutActuallyEscaping(transform) { transform in
            let work = UncheckedBox(transform)
            DispatchQueue.concurrentPerform(iterations: items.count) { index in
                results.set(index, work.value(input.value[index]))
            }
        }
        return results.values
    }
}

/// One slot per worker; each worker writes only its own.
private final class ResultSlots<U>: @unchecked Sendable {
    private var slots: [U?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: U) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }
    var values: [U] { slots.map { $0! } }
}

/// A value handed to another thread that only one thread uses at a time
/// (Parallel's input and closure; a template context rendered by the job
/// that made it).
struct UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}

extension Parallel {
    /// `background` on another thread while `foreground` runs on this one
    /// (which may use `mapChunks`: it is not nested in a worker); both
    /// results. `background` must touch nothing `foreground` touches.
    static func overlap<A, B>(_ background: @escaping () -> A, with foreground: () -> B) -> (A, B) {
        let slot = ResultSlots<A>(count: 1)
        let group = DispatchGroup()
        let work = UncheckedBox(background)
        DispatchQueue.global().async(group: group) { slot.set(0, work.value()) }
        let result = foreground()
        group.wait()
        return (slot.values[0], result)
    }
}
