using System.Runtime.InteropServices;

namespace Matchmaking.Core.Search.Index;

/// <summary>
/// Lowers the calling thread's scheduling priority for an index build, so searches served while a rebuild runs
/// beside the live index take the cores first; with nothing else to run, the build still gets them all. .NET's
/// <see cref="Thread.Priority"/> changes nothing on Linux, where a thread's nice value does (setpriority on a
/// thread id applies to that thread alone). Call it only on a thread the build owns: the value stays with it.
/// </summary>
internal static class BuildThreadPriority
{
    private const int PriorityProcess = 0;
    private const int LowestNice = 19;

    /// <summary>Raises the thread's nice value by <paramref name="increment"/> (Linux; elsewhere, and for 0, nothing changes).</summary>
    public static void Lower(int increment)
    {
        if (increment <= 0 || !OperatingSystem.IsLinux())
        {
            return;
        }

        int thread = GetThreadId();
        int current = GetPriority(PriorityProcess, thread);

        // A failure leaves the build at the service's priority: slower searches during a rebuild, never a failed build.
        _ = SetPriority(PriorityProcess, thread, Math.Min(LowestNice, Math.Max(current, 0) + increment));
    }

    [DllImport("libc", EntryPoint = "gettid")]
    private static extern int GetThreadId();

    [DllImport("libc", EntryPoint = "getpriority")]
    private static extern int GetPriority(int which, int who);

    [DllImport("libc", EntryPoint = "setpriority")]
    private static extern int SetPriority(int which, int who, int priority);
}
