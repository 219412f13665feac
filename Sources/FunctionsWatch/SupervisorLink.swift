#if canImport(Glibc)
import Glibc
#endif

/// The server side of watch mode's parent link: a server build started by a supervisor stops
/// itself (SIGTERM, so it shuts down cleanly) once that supervisor is gone, even if it was killed
/// with no chance to stop its children.
///
/// ```swift
/// SupervisorLink.stopWhenSupervisorExits()
/// ```
public enum SupervisorLink {
    /// Checks every `interval` whether the process that started this one is still its parent; when
    /// it is not (the kernel gave this process to another one), sends SIGTERM to this process.
    public static func stopWhenSupervisorExits(interval: Duration = .milliseconds(500)) {
        let supervisor = getppid()
        Task.detached {
            while true {
                try? await Task.sleep(for: interval)
                if getppid() != supervisor {
                    kill(getpid(), SIGTERM)
                    return
                }
            }
        }
    }
}
