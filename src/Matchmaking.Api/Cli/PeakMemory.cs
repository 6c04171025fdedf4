using System.Diagnostics;

namespace Matchmaking.Api.Cli;

/// <summary>
/// The process's peak resident set (VmHWM on Linux), per phase where the OS lets it be reset: writing 5 to
/// /proc/self/clear_refs restarts the high-water mark, so a phase's peak is its own, not an earlier phase's.
/// <see cref="OverallMegabytes"/> keeps the highest seen over the whole run.
/// </summary>
internal sealed class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";

    private long overall;

    public double OverallMegabytes => Megabytes(Math.Max(overall, Read()));

    /// <summary>Starts a phase: a full collection, so the phase does not inherit garbage, then the mark reset. False when it cannot be reset here.</summary>
    public bool StartPhase()
    {
        overall = Math.Max(overall, Read());
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        if (!OperatingSystem.IsLinux() || !File.Exists(ClearRefs))
        {
            return false;
        }

        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"  peak memory: cannot reset the high-water mark ({e.Message}); peaks are since the start");
            return false;
        }
    }

    /// <summary>The peak since the phase started (or since the process started, where it cannot be reset).</summary>
    public double PhaseMegabytes()
    {
        long peak = Read();
        overall = Math.Max(overall, peak);
        return Megabytes(peak);
    }

    private static long Read()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static double Megabytes(long bytes) => Math.Round(bytes / 1048576.0, 1);
}
